import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderChanges1795885068758 implements MigrationInterface {
  name = 'OrderChanges1795885068758';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "order_change" ("id" SERIAL NOT NULL, "product_id" character varying(36) NOT NULL, "kind" character varying(16) NOT NULL, "item_id" character varying(36), "from_after_id" character varying(36), "from_before_id" character varying(36), "to_after_id" character varying(36), "to_before_id" character varying(36), "reason" character varying(500) NOT NULL DEFAULT '', "criterion" character varying(32), "moved_count" integer, "actor_user_id" character varying(36), "actor_label" character varying(200) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_228daac4dc69364c91f0ccd15f1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_order_change_item" ON "order_change"  ("item_id", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_order_change_product" ON "order_change"  ("product_id", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_order_change_product"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_change_item"`);
    await queryRunner.query(`DROP TABLE "order_change"`);
  }
}
