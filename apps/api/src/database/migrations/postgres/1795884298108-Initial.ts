import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795884298108 implements MigrationInterface {
  name = 'Initial1795884298108';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "product" ("id" character varying(36) NOT NULL, "name" character varying(120) NOT NULL, "description" text NOT NULL DEFAULT '', "vision" text NOT NULL DEFAULT '', "target_group" text NOT NULL DEFAULT '', "needs" text NOT NULL DEFAULT '', "product_summary" text NOT NULL DEFAULT '', "business_goals" text NOT NULL DEFAULT '', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "product_goal" ("id" character varying(36) NOT NULL, "product_id" character varying(36) NOT NULL, "statement" text NOT NULL, "measure" text NOT NULL DEFAULT '', "target_date" date, "status" character varying(16) NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_product_goal_status" CHECK ("status" IN ('ACTIVE', 'FULFILLED', 'ABANDONED')), CONSTRAINT "PK_916c13f32bacd6e3aa409c0a9cf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_product_goal_product" ON "product_goal"  ("product_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_product_goal_active" ON "product_goal"  ("product_id") WHERE "status" = 'ACTIVE'`);
    await queryRunner.query(`CREATE TABLE "backlog_item" ("id" character varying(36) NOT NULL, "product_id" character varying(36) NOT NULL, "rank" character varying(128) COLLATE "C" NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "kind" character varying(16) NOT NULL DEFAULT 'FEATURE', "status" character varying(16) NOT NULL DEFAULT 'IDEA', "outcome_statement" text, "outcome_metric" character varying(300), "outcome_baseline" double precision, "outcome_target" double precision, "outcome_check_by" date, "output" text, "value_customer" integer, "value_business" integer, "value_team" integer, "cod_user_business_value" integer, "cod_time_criticality" integer, "cod_risk_reduction" integer, "size" double precision, "risk" character varying(16), "confidence" integer, "moscow" character varying(16), "kano" character varying(16), "acceptance_criteria" text NOT NULL, "goal_id" character varying(36), "parent_id" character varying(36), "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_backlog_item_version" CHECK ("version" >= 1), CONSTRAINT "ck_backlog_item_size" CHECK ("size" IS NULL OR "size" >= 0), CONSTRAINT "ck_backlog_item_status" CHECK ("status" IN ('IDEA', 'REFINED', 'READY', 'IN_SPRINT', 'DONE')), CONSTRAINT "ck_backlog_item_kind" CHECK ("kind" IN ('FEATURE', 'BUG', 'EXPERIMENT', 'ENABLER', 'SPIKE')), CONSTRAINT "PK_4da836fa604d3eae1fc738701b4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_backlog_item_goal" ON "backlog_item"  ("goal_id") `);
    await queryRunner.query(`CREATE INDEX "ix_backlog_item_parent" ON "backlog_item"  ("parent_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_backlog_item_rank" ON "backlog_item"  ("product_id", "rank") `);
    await queryRunner.query(`CREATE TABLE "item_dependency" ("item_id" character varying(36) NOT NULL, "depends_on_id" character varying(36) NOT NULL, "product_id" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_item_dependency_not_self" CHECK ("item_id" <> "depends_on_id"), CONSTRAINT "PK_4924696e2737d6f32a005fd66ba" PRIMARY KEY ("item_id", "depends_on_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_item_dependency_depends_on" ON "item_dependency"  ("depends_on_id") `);
    await queryRunner.query(`CREATE INDEX "ix_item_dependency_product" ON "item_dependency"  ("product_id") `);
    await queryRunner.query(`CREATE TABLE "change_log" ("id" SERIAL NOT NULL, "product_id" character varying(36) NOT NULL, "entity_type" character varying(16) NOT NULL, "entity_id" character varying(36) NOT NULL, "version" integer NOT NULL, "field" character varying(64) NOT NULL, "old_value" text, "new_value" text, "actor_user_id" character varying(36), "actor_label" character varying(200) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d00462cfb97b72c95357d559136" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_change_log_product" ON "change_log"  ("product_id") `);
    await queryRunner.query(`CREATE INDEX "ix_change_log_entity" ON "change_log"  ("entity_id", "id") `);
    await queryRunner.query(`ALTER TABLE "product_goal" ADD CONSTRAINT "fk_product_goal_product" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "backlog_item" ADD CONSTRAINT "fk_backlog_item_product" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "backlog_item" ADD CONSTRAINT "fk_backlog_item_goal" FOREIGN KEY ("goal_id") REFERENCES "product_goal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "backlog_item" ADD CONSTRAINT "fk_backlog_item_parent" FOREIGN KEY ("parent_id") REFERENCES "backlog_item"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "item_dependency" ADD CONSTRAINT "fk_item_dependency_item" FOREIGN KEY ("item_id") REFERENCES "backlog_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "item_dependency" ADD CONSTRAINT "fk_item_dependency_depends_on" FOREIGN KEY ("depends_on_id") REFERENCES "backlog_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "item_dependency" DROP CONSTRAINT "fk_item_dependency_depends_on"`);
    await queryRunner.query(`ALTER TABLE "item_dependency" DROP CONSTRAINT "fk_item_dependency_item"`);
    await queryRunner.query(`ALTER TABLE "backlog_item" DROP CONSTRAINT "fk_backlog_item_parent"`);
    await queryRunner.query(`ALTER TABLE "backlog_item" DROP CONSTRAINT "fk_backlog_item_goal"`);
    await queryRunner.query(`ALTER TABLE "backlog_item" DROP CONSTRAINT "fk_backlog_item_product"`);
    await queryRunner.query(`ALTER TABLE "product_goal" DROP CONSTRAINT "fk_product_goal_product"`);
    await queryRunner.query(`DROP INDEX "public"."ix_change_log_entity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_change_log_product"`);
    await queryRunner.query(`DROP TABLE "change_log"`);
    await queryRunner.query(`DROP INDEX "public"."ix_item_dependency_product"`);
    await queryRunner.query(`DROP INDEX "public"."ix_item_dependency_depends_on"`);
    await queryRunner.query(`DROP TABLE "item_dependency"`);
    await queryRunner.query(`DROP INDEX "public"."uq_backlog_item_rank"`);
    await queryRunner.query(`DROP INDEX "public"."ix_backlog_item_parent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_backlog_item_goal"`);
    await queryRunner.query(`DROP TABLE "backlog_item"`);
    await queryRunner.query(`DROP INDEX "public"."uq_product_goal_active"`);
    await queryRunner.query(`DROP INDEX "public"."ix_product_goal_product"`);
    await queryRunner.query(`DROP TABLE "product_goal"`);
    await queryRunner.query(`DROP TABLE "product"`);
  }
}
