import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ShareLinks1795887643644 implements MigrationInterface {
  name = 'ShareLinks1795887643644';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "share_link" ("id" character varying(36) NOT NULL, "product_id" character varying(36) NOT NULL, "token_hash" character varying(64) NOT NULL, "created_by" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c20801720fbd00896c634d4aa94" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_share_link_product" ON "share_link"  ("product_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_share_link_token" ON "share_link"  ("token_hash") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_share_link_token"`);
    await queryRunner.query(`DROP INDEX "public"."ix_share_link_product"`);
    await queryRunner.query(`DROP TABLE "share_link"`);
  }
}
