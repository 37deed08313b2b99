import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Stakeholders1795887005572 implements MigrationInterface {
  name = 'Stakeholders1795887005572';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "comment" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "target_type" varchar(16) NOT NULL, "target_id" varchar(36) NOT NULL, "author_user_id" varchar(36) NOT NULL, "author_label" varchar(200) NOT NULL, "body" text NOT NULL, "mentions" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "edited_at" datetime)`);
    await queryRunner.query(`CREATE INDEX "ix_comment_target" ON "comment" ("target_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "engagement" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "date" date NOT NULL, "technique" varchar(24) NOT NULL, "developers_present" boolean NOT NULL DEFAULT (0), "notes" text NOT NULL DEFAULT (''), "item_ids" text NOT NULL, "logged_by" varchar(200) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "ix_engagement_product" ON "engagement" ("product_id", "date") `);
    await queryRunner.query(`CREATE TABLE "engagement_participant" ("engagement_id" varchar(36) NOT NULL, "stakeholder_id" varchar(36) NOT NULL, "date" date NOT NULL, PRIMARY KEY ("engagement_id", "stakeholder_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_engagement_participant_stakeholder" ON "engagement_participant" ("stakeholder_id") `);
    await queryRunner.query(`CREATE TABLE "stakeholder" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "name" varchar(120) NOT NULL, "stakeholder_group" varchar(16) NOT NULL, "contact" varchar(300) NOT NULL DEFAULT (''), "power" double precision NOT NULL, "interest" double precision NOT NULL, "techniques" text NOT NULL, "notes" text NOT NULL DEFAULT (''), "user_id" varchar(36), "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "ck_stakeholder_interest" CHECK ("interest" >= 0 AND "interest" <= 10), CONSTRAINT "ck_stakeholder_power" CHECK ("power" >= 0 AND "power" <= 10))`);
    await queryRunner.query(`CREATE INDEX "ix_stakeholder_product" ON "stakeholder" ("product_id") `);
    await queryRunner.query(`CREATE TABLE "value_rating" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "item_id" varchar(36) NOT NULL, "stakeholder_id" varchar(36) NOT NULL, "rater_group" varchar(16) NOT NULL, "perspective" varchar(16) NOT NULL, "value" integer NOT NULL, "rationale" varchar(200) NOT NULL DEFAULT (''), "rated_by" varchar(200) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "ck_value_rating_value" CHECK ("value" >= 0 AND "value" <= 20))`);
    await queryRunner.query(`CREATE INDEX "ix_value_rating_product" ON "value_rating" ("product_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_value_rating" ON "value_rating" ("item_id", "stakeholder_id") `);
    await queryRunner.query(`DROP INDEX "ix_stakeholder_product"`);
    await queryRunner.query(`CREATE TABLE "temporary_stakeholder" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "name" varchar(120) NOT NULL, "stakeholder_group" varchar(16) NOT NULL, "contact" varchar(300) NOT NULL DEFAULT (''), "power" double precision NOT NULL, "interest" double precision NOT NULL, "techniques" text NOT NULL, "notes" text NOT NULL DEFAULT (''), "user_id" varchar(36), "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "ck_stakeholder_interest" CHECK ("interest" >= 0 AND "interest" <= 10), CONSTRAINT "ck_stakeholder_power" CHECK ("power" >= 0 AND "power" <= 10), CONSTRAINT "fk_stakeholder_product" FOREIGN KEY ("product_id") REFERENCES "product" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_stakeholder"("id", "product_id", "name", "stakeholder_group", "contact", "power", "interest", "techniques", "notes", "user_id", "version", "created_at", "updated_at") SELECT "id", "product_id", "name", "stakeholder_group", "contact", "power", "interest", "techniques", "notes", "user_id", "version", "created_at", "updated_at" FROM "stakeholder"`);
    await queryRunner.query(`DROP TABLE "stakeholder"`);
    await queryRunner.query(`ALTER TABLE "temporary_stakeholder" RENAME TO "stakeholder"`);
    await queryRunner.query(`CREATE INDEX "ix_stakeholder_product" ON "stakeholder" ("product_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_stakeholder_product"`);
    await queryRunner.query(`ALTER TABLE "stakeholder" RENAME TO "temporary_stakeholder"`);
    await queryRunner.query(`CREATE TABLE "stakeholder" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "name" varchar(120) NOT NULL, "stakeholder_group" varchar(16) NOT NULL, "contact" varchar(300) NOT NULL DEFAULT (''), "power" double precision NOT NULL, "interest" double precision NOT NULL, "techniques" text NOT NULL, "notes" text NOT NULL DEFAULT (''), "user_id" varchar(36), "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "ck_stakeholder_interest" CHECK ("interest" >= 0 AND "interest" <= 10), CONSTRAINT "ck_stakeholder_power" CHECK ("power" >= 0 AND "power" <= 10))`);
    await queryRunner.query(`INSERT INTO "stakeholder"("id", "product_id", "name", "stakeholder_group", "contact", "power", "interest", "techniques", "notes", "user_id", "version", "created_at", "updated_at") SELECT "id", "product_id", "name", "stakeholder_group", "contact", "power", "interest", "techniques", "notes", "user_id", "version", "created_at", "updated_at" FROM "temporary_stakeholder"`);
    await queryRunner.query(`DROP TABLE "temporary_stakeholder"`);
    await queryRunner.query(`CREATE INDEX "ix_stakeholder_product" ON "stakeholder" ("product_id") `);
    await queryRunner.query(`DROP INDEX "uq_value_rating"`);
    await queryRunner.query(`DROP INDEX "ix_value_rating_product"`);
    await queryRunner.query(`DROP TABLE "value_rating"`);
    await queryRunner.query(`DROP INDEX "ix_stakeholder_product"`);
    await queryRunner.query(`DROP TABLE "stakeholder"`);
    await queryRunner.query(`DROP INDEX "ix_engagement_participant_stakeholder"`);
    await queryRunner.query(`DROP TABLE "engagement_participant"`);
    await queryRunner.query(`DROP INDEX "ix_engagement_product"`);
    await queryRunner.query(`DROP TABLE "engagement"`);
    await queryRunner.query(`DROP INDEX "ix_comment_target"`);
    await queryRunner.query(`DROP TABLE "comment"`);
  }
}
