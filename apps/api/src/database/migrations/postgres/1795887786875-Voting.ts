import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Voting1795887786875 implements MigrationInterface {
  name = 'Voting1795887786875';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "voting_round" ("id" character varying(36) NOT NULL, "product_id" character varying(36) NOT NULL, "title" character varying(200) NOT NULL, "status" character varying(8) NOT NULL, "items" text NOT NULL, "budgets" text NOT NULL, "result" text, "opened_by" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ca8aaa4399ae8fa00cae95ddac5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_voting_round_product" ON "voting_round"  ("product_id") `);
    await queryRunner.query(`CREATE TABLE "voting_allocation" ("round_id" character varying(36) NOT NULL, "participant_id" character varying(36) NOT NULL, "item_id" character varying(36) NOT NULL, "amount" integer NOT NULL, CONSTRAINT "PK_479307fcf7767503002b549dc8d" PRIMARY KEY ("round_id", "participant_id", "item_id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "voting_allocation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_voting_round_product"`);
    await queryRunner.query(`DROP TABLE "voting_round"`);
  }
}
