import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ShareLinks1795887642630 implements MigrationInterface {
  name = 'ShareLinks1795887642630';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "share_link" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "created_by" varchar(200) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "revoked_at" datetime)`);
    await queryRunner.query(`CREATE INDEX "ix_share_link_product" ON "share_link" ("product_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_share_link_token" ON "share_link" ("token_hash") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_share_link_token"`);
    await queryRunner.query(`DROP INDEX "ix_share_link_product"`);
    await queryRunner.query(`DROP TABLE "share_link"`);
  }
}
