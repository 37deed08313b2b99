import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Voting1795887785687 implements MigrationInterface {
  name = 'Voting1795887785687';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "voting_round" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "title" varchar(200) NOT NULL, "status" varchar(8) NOT NULL, "items" text NOT NULL, "budgets" text NOT NULL, "result" text, "opened_by" varchar(200) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "closed_at" datetime)`);
    await queryRunner.query(`CREATE INDEX "ix_voting_round_product" ON "voting_round" ("product_id") `);
    await queryRunner.query(`CREATE TABLE "voting_allocation" ("round_id" varchar(36) NOT NULL, "participant_id" varchar(36) NOT NULL, "item_id" varchar(36) NOT NULL, "amount" integer NOT NULL, PRIMARY KEY ("round_id", "participant_id", "item_id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "voting_allocation"`);
    await queryRunner.query(`DROP INDEX "ix_voting_round_product"`);
    await queryRunner.query(`DROP TABLE "voting_round"`);
  }
}
