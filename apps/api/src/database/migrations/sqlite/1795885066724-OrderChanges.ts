import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderChanges1795885066724 implements MigrationInterface {
  name = 'OrderChanges1795885066724';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "order_change" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "product_id" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "item_id" varchar(36), "from_after_id" varchar(36), "from_before_id" varchar(36), "to_after_id" varchar(36), "to_before_id" varchar(36), "reason" varchar(500) NOT NULL DEFAULT (''), "criterion" varchar(32), "moved_count" integer, "actor_user_id" varchar(36), "actor_label" varchar(200) NOT NULL, "at" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "ix_order_change_item" ON "order_change" ("item_id", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_order_change_product" ON "order_change" ("product_id", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_order_change_product"`);
    await queryRunner.query(`DROP INDEX "ix_order_change_item"`);
    await queryRunner.query(`DROP TABLE "order_change"`);
  }
}
