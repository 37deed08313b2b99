import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795884297306 implements MigrationInterface {
  name = 'Initial1795884297306';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "product" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(120) NOT NULL, "description" text NOT NULL DEFAULT (''), "vision" text NOT NULL DEFAULT (''), "target_group" text NOT NULL DEFAULT (''), "needs" text NOT NULL DEFAULT (''), "product_summary" text NOT NULL DEFAULT (''), "business_goals" text NOT NULL DEFAULT (''), "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE TABLE "product_goal" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "statement" text NOT NULL, "measure" text NOT NULL DEFAULT (''), "target_date" date, "status" varchar(16) NOT NULL, "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "ck_product_goal_status" CHECK ("status" IN ('ACTIVE', 'FULFILLED', 'ABANDONED')))`);
    await queryRunner.query(`CREATE INDEX "ix_product_goal_product" ON "product_goal" ("product_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_product_goal_active" ON "product_goal" ("product_id") WHERE "status" = 'ACTIVE'`);
    await queryRunner.query(`CREATE TABLE "backlog_item" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "rank" varchar(128) NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL DEFAULT (''), "kind" varchar(16) NOT NULL DEFAULT ('FEATURE'), "status" varchar(16) NOT NULL DEFAULT ('IDEA'), "outcome_statement" text, "outcome_metric" varchar(300), "outcome_baseline" double precision, "outcome_target" double precision, "outcome_check_by" date, "output" text, "value_customer" integer, "value_business" integer, "value_team" integer, "cod_user_business_value" integer, "cod_time_criticality" integer, "cod_risk_reduction" integer, "size" double precision, "risk" varchar(16), "confidence" integer, "moscow" varchar(16), "kano" varchar(16), "acceptance_criteria" text NOT NULL, "goal_id" varchar(36), "parent_id" varchar(36), "archived_at" datetime, "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "ck_backlog_item_version" CHECK ("version" >= 1), CONSTRAINT "ck_backlog_item_size" CHECK ("size" IS NULL OR "size" >= 0), CONSTRAINT "ck_backlog_item_status" CHECK ("status" IN ('IDEA', 'REFINED', 'READY', 'IN_SPRINT', 'DONE')), CONSTRAINT "ck_backlog_item_kind" CHECK ("kind" IN ('FEATURE', 'BUG', 'EXPERIMENT', 'ENABLER', 'SPIKE')))`);
    await queryRunner.query(`CREATE INDEX "ix_backlog_item_goal" ON "backlog_item" ("goal_id") `);
    await queryRunner.query(`CREATE INDEX "ix_backlog_item_parent" ON "backlog_item" ("parent_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_backlog_item_rank" ON "backlog_item" ("product_id", "rank") `);
    await queryRunner.query(`CREATE TABLE "item_dependency" ("item_id" varchar(36) NOT NULL, "depends_on_id" varchar(36) NOT NULL, "product_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "ck_item_dependency_not_self" CHECK ("item_id" <> "depends_on_id"), PRIMARY KEY ("item_id", "depends_on_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_item_dependency_depends_on" ON "item_dependency" ("depends_on_id") `);
    await queryRunner.query(`CREATE INDEX "ix_item_dependency_product" ON "item_dependency" ("product_id") `);
    await queryRunner.query(`CREATE TABLE "change_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "product_id" varchar(36) NOT NULL, "entity_type" varchar(16) NOT NULL, "entity_id" varchar(36) NOT NULL, "version" integer NOT NULL, "field" varchar(64) NOT NULL, "old_value" text, "new_value" text, "actor_user_id" varchar(36), "actor_label" varchar(200) NOT NULL, "at" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "ix_change_log_product" ON "change_log" ("product_id") `);
    await queryRunner.query(`CREATE INDEX "ix_change_log_entity" ON "change_log" ("entity_id", "id") `);
    await queryRunner.query(`DROP INDEX "ix_product_goal_product"`);
    await queryRunner.query(`DROP INDEX "uq_product_goal_active"`);
    await queryRunner.query(`CREATE TABLE "temporary_product_goal" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "statement" text NOT NULL, "measure" text NOT NULL DEFAULT (''), "target_date" date, "status" varchar(16) NOT NULL, "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "ck_product_goal_status" CHECK ("status" IN ('ACTIVE', 'FULFILLED', 'ABANDONED')), CONSTRAINT "fk_product_goal_product" FOREIGN KEY ("product_id") REFERENCES "product" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_product_goal"("id", "product_id", "statement", "measure", "target_date", "status", "version", "created_at", "updated_at") SELECT "id", "product_id", "statement", "measure", "target_date", "status", "version", "created_at", "updated_at" FROM "product_goal"`);
    await queryRunner.query(`DROP TABLE "product_goal"`);
    await queryRunner.query(`ALTER TABLE "temporary_product_goal" RENAME TO "product_goal"`);
    await queryRunner.query(`CREATE INDEX "ix_product_goal_product" ON "product_goal" ("product_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_product_goal_active" ON "product_goal" ("product_id") WHERE "status" = 'ACTIVE'`);
    await queryRunner.query(`DROP INDEX "ix_backlog_item_goal"`);
    await queryRunner.query(`DROP INDEX "ix_backlog_item_parent"`);
    await queryRunner.query(`DROP INDEX "uq_backlog_item_rank"`);
    await queryRunner.query(`CREATE TABLE "temporary_backlog_item" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "rank" varchar(128) NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL DEFAULT (''), "kind" varchar(16) NOT NULL DEFAULT ('FEATURE'), "status" varchar(16) NOT NULL DEFAULT ('IDEA'), "outcome_statement" text, "outcome_metric" varchar(300), "outcome_baseline" double precision, "outcome_target" double precision, "outcome_check_by" date, "output" text, "value_customer" integer, "value_business" integer, "value_team" integer, "cod_user_business_value" integer, "cod_time_criticality" integer, "cod_risk_reduction" integer, "size" double precision, "risk" varchar(16), "confidence" integer, "moscow" varchar(16), "kano" varchar(16), "acceptance_criteria" text NOT NULL, "goal_id" varchar(36), "parent_id" varchar(36), "archived_at" datetime, "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "ck_backlog_item_version" CHECK ("version" >= 1), CONSTRAINT "ck_backlog_item_size" CHECK ("size" IS NULL OR "size" >= 0), CONSTRAINT "ck_backlog_item_status" CHECK ("status" IN ('IDEA', 'REFINED', 'READY', 'IN_SPRINT', 'DONE')), CONSTRAINT "ck_backlog_item_kind" CHECK ("kind" IN ('FEATURE', 'BUG', 'EXPERIMENT', 'ENABLER', 'SPIKE')), CONSTRAINT "fk_backlog_item_product" FOREIGN KEY ("product_id") REFERENCES "product" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_backlog_item_goal" FOREIGN KEY ("goal_id") REFERENCES "product_goal" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "fk_backlog_item_parent" FOREIGN KEY ("parent_id") REFERENCES "backlog_item" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_backlog_item"("id", "product_id", "rank", "title", "description", "kind", "status", "outcome_statement", "outcome_metric", "outcome_baseline", "outcome_target", "outcome_check_by", "output", "value_customer", "value_business", "value_team", "cod_user_business_value", "cod_time_criticality", "cod_risk_reduction", "size", "risk", "confidence", "moscow", "kano", "acceptance_criteria", "goal_id", "parent_id", "archived_at", "version", "created_at", "updated_at") SELECT "id", "product_id", "rank", "title", "description", "kind", "status", "outcome_statement", "outcome_metric", "outcome_baseline", "outcome_target", "outcome_check_by", "output", "value_customer", "value_business", "value_team", "cod_user_business_value", "cod_time_criticality", "cod_risk_reduction", "size", "risk", "confidence", "moscow", "kano", "acceptance_criteria", "goal_id", "parent_id", "archived_at", "version", "created_at", "updated_at" FROM "backlog_item"`);
    await queryRunner.query(`DROP TABLE "backlog_item"`);
    await queryRunner.query(`ALTER TABLE "temporary_backlog_item" RENAME TO "backlog_item"`);
    await queryRunner.query(`CREATE INDEX "ix_backlog_item_goal" ON "backlog_item" ("goal_id") `);
    await queryRunner.query(`CREATE INDEX "ix_backlog_item_parent" ON "backlog_item" ("parent_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_backlog_item_rank" ON "backlog_item" ("product_id", "rank") `);
    await queryRunner.query(`DROP INDEX "ix_item_dependency_depends_on"`);
    await queryRunner.query(`DROP INDEX "ix_item_dependency_product"`);
    await queryRunner.query(`CREATE TABLE "temporary_item_dependency" ("item_id" varchar(36) NOT NULL, "depends_on_id" varchar(36) NOT NULL, "product_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "ck_item_dependency_not_self" CHECK ("item_id" <> "depends_on_id"), CONSTRAINT "fk_item_dependency_item" FOREIGN KEY ("item_id") REFERENCES "backlog_item" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_item_dependency_depends_on" FOREIGN KEY ("depends_on_id") REFERENCES "backlog_item" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("item_id", "depends_on_id"))`);
    await queryRunner.query(`INSERT INTO "temporary_item_dependency"("item_id", "depends_on_id", "product_id", "created_at") SELECT "item_id", "depends_on_id", "product_id", "created_at" FROM "item_dependency"`);
    await queryRunner.query(`DROP TABLE "item_dependency"`);
    await queryRunner.query(`ALTER TABLE "temporary_item_dependency" RENAME TO "item_dependency"`);
    await queryRunner.query(`CREATE INDEX "ix_item_dependency_depends_on" ON "item_dependency" ("depends_on_id") `);
    await queryRunner.query(`CREATE INDEX "ix_item_dependency_product" ON "item_dependency" ("product_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_item_dependency_product"`);
    await queryRunner.query(`DROP INDEX "ix_item_dependency_depends_on"`);
    await queryRunner.query(`ALTER TABLE "item_dependency" RENAME TO "temporary_item_dependency"`);
    await queryRunner.query(`CREATE TABLE "item_dependency" ("item_id" varchar(36) NOT NULL, "depends_on_id" varchar(36) NOT NULL, "product_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "ck_item_dependency_not_self" CHECK ("item_id" <> "depends_on_id"), PRIMARY KEY ("item_id", "depends_on_id"))`);
    await queryRunner.query(`INSERT INTO "item_dependency"("item_id", "depends_on_id", "product_id", "created_at") SELECT "item_id", "depends_on_id", "product_id", "created_at" FROM "temporary_item_dependency"`);
    await queryRunner.query(`DROP TABLE "temporary_item_dependency"`);
    await queryRunner.query(`CREATE INDEX "ix_item_dependency_product" ON "item_dependency" ("product_id") `);
    await queryRunner.query(`CREATE INDEX "ix_item_dependency_depends_on" ON "item_dependency" ("depends_on_id") `);
    await queryRunner.query(`DROP INDEX "uq_backlog_item_rank"`);
    await queryRunner.query(`DROP INDEX "ix_backlog_item_parent"`);
    await queryRunner.query(`DROP INDEX "ix_backlog_item_goal"`);
    await queryRunner.query(`ALTER TABLE "backlog_item" RENAME TO "temporary_backlog_item"`);
    await queryRunner.query(`CREATE TABLE "backlog_item" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "rank" varchar(128) NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL DEFAULT (''), "kind" varchar(16) NOT NULL DEFAULT ('FEATURE'), "status" varchar(16) NOT NULL DEFAULT ('IDEA'), "outcome_statement" text, "outcome_metric" varchar(300), "outcome_baseline" double precision, "outcome_target" double precision, "outcome_check_by" date, "output" text, "value_customer" integer, "value_business" integer, "value_team" integer, "cod_user_business_value" integer, "cod_time_criticality" integer, "cod_risk_reduction" integer, "size" double precision, "risk" varchar(16), "confidence" integer, "moscow" varchar(16), "kano" varchar(16), "acceptance_criteria" text NOT NULL, "goal_id" varchar(36), "parent_id" varchar(36), "archived_at" datetime, "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "ck_backlog_item_version" CHECK ("version" >= 1), CONSTRAINT "ck_backlog_item_size" CHECK ("size" IS NULL OR "size" >= 0), CONSTRAINT "ck_backlog_item_status" CHECK ("status" IN ('IDEA', 'REFINED', 'READY', 'IN_SPRINT', 'DONE')), CONSTRAINT "ck_backlog_item_kind" CHECK ("kind" IN ('FEATURE', 'BUG', 'EXPERIMENT', 'ENABLER', 'SPIKE')))`);
    await queryRunner.query(`INSERT INTO "backlog_item"("id", "product_id", "rank", "title", "description", "kind", "status", "outcome_statement", "outcome_metric", "outcome_baseline", "outcome_target", "outcome_check_by", "output", "value_customer", "value_business", "value_team", "cod_user_business_value", "cod_time_criticality", "cod_risk_reduction", "size", "risk", "confidence", "moscow", "kano", "acceptance_criteria", "goal_id", "parent_id", "archived_at", "version", "created_at", "updated_at") SELECT "id", "product_id", "rank", "title", "description", "kind", "status", "outcome_statement", "outcome_metric", "outcome_baseline", "outcome_target", "outcome_check_by", "output", "value_customer", "value_business", "value_team", "cod_user_business_value", "cod_time_criticality", "cod_risk_reduction", "size", "risk", "confidence", "moscow", "kano", "acceptance_criteria", "goal_id", "parent_id", "archived_at", "version", "created_at", "updated_at" FROM "temporary_backlog_item"`);
    await queryRunner.query(`DROP TABLE "temporary_backlog_item"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_backlog_item_rank" ON "backlog_item" ("product_id", "rank") `);
    await queryRunner.query(`CREATE INDEX "ix_backlog_item_parent" ON "backlog_item" ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "ix_backlog_item_goal" ON "backlog_item" ("goal_id") `);
    await queryRunner.query(`DROP INDEX "uq_product_goal_active"`);
    await queryRunner.query(`DROP INDEX "ix_product_goal_product"`);
    await queryRunner.query(`ALTER TABLE "product_goal" RENAME TO "temporary_product_goal"`);
    await queryRunner.query(`CREATE TABLE "product_goal" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "statement" text NOT NULL, "measure" text NOT NULL DEFAULT (''), "target_date" date, "status" varchar(16) NOT NULL, "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "ck_product_goal_status" CHECK ("status" IN ('ACTIVE', 'FULFILLED', 'ABANDONED')))`);
    await queryRunner.query(`INSERT INTO "product_goal"("id", "product_id", "statement", "measure", "target_date", "status", "version", "created_at", "updated_at") SELECT "id", "product_id", "statement", "measure", "target_date", "status", "version", "created_at", "updated_at" FROM "temporary_product_goal"`);
    await queryRunner.query(`DROP TABLE "temporary_product_goal"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_product_goal_active" ON "product_goal" ("product_id") WHERE "status" = 'ACTIVE'`);
    await queryRunner.query(`CREATE INDEX "ix_product_goal_product" ON "product_goal" ("product_id") `);
    await queryRunner.query(`DROP INDEX "ix_change_log_entity"`);
    await queryRunner.query(`DROP INDEX "ix_change_log_product"`);
    await queryRunner.query(`DROP TABLE "change_log"`);
    await queryRunner.query(`DROP INDEX "ix_item_dependency_product"`);
    await queryRunner.query(`DROP INDEX "ix_item_dependency_depends_on"`);
    await queryRunner.query(`DROP TABLE "item_dependency"`);
    await queryRunner.query(`DROP INDEX "uq_backlog_item_rank"`);
    await queryRunner.query(`DROP INDEX "ix_backlog_item_parent"`);
    await queryRunner.query(`DROP INDEX "ix_backlog_item_goal"`);
    await queryRunner.query(`DROP TABLE "backlog_item"`);
    await queryRunner.query(`DROP INDEX "uq_product_goal_active"`);
    await queryRunner.query(`DROP INDEX "ix_product_goal_product"`);
    await queryRunner.query(`DROP TABLE "product_goal"`);
    await queryRunner.query(`DROP TABLE "product"`);
  }
}
