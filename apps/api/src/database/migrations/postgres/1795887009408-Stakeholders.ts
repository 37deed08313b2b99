import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Stakeholders1795887009408 implements MigrationInterface {
  name = 'Stakeholders1795887009408';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "comment" ("id" character varying(36) NOT NULL, "product_id" character varying(36) NOT NULL, "target_type" character varying(16) NOT NULL, "target_id" character varying(36) NOT NULL, "author_user_id" character varying(36) NOT NULL, "author_label" character varying(200) NOT NULL, "body" text NOT NULL, "mentions" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_comment_target" ON "comment"  ("target_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "engagement" ("id" character varying(36) NOT NULL, "product_id" character varying(36) NOT NULL, "date" date NOT NULL, "technique" character varying(24) NOT NULL, "developers_present" boolean NOT NULL DEFAULT false, "notes" text NOT NULL DEFAULT '', "item_ids" text NOT NULL, "logged_by" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08aef5bffed6ae054d4022b0b00" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_engagement_product" ON "engagement"  ("product_id", "date") `);
    await queryRunner.query(`CREATE TABLE "engagement_participant" ("engagement_id" character varying(36) NOT NULL, "stakeholder_id" character varying(36) NOT NULL, "date" date NOT NULL, CONSTRAINT "PK_74d4aa432de5d226d9ddc97dea8" PRIMARY KEY ("engagement_id", "stakeholder_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_engagement_participant_stakeholder" ON "engagement_participant"  ("stakeholder_id") `);
    await queryRunner.query(`CREATE TABLE "stakeholder" ("id" character varying(36) NOT NULL, "product_id" character varying(36) NOT NULL, "name" character varying(120) NOT NULL, "stakeholder_group" character varying(16) NOT NULL, "contact" character varying(300) NOT NULL DEFAULT '', "power" double precision NOT NULL, "interest" double precision NOT NULL, "techniques" text NOT NULL, "notes" text NOT NULL DEFAULT '', "user_id" character varying(36), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_stakeholder_interest" CHECK ("interest" >= 0 AND "interest" <= 10), CONSTRAINT "ck_stakeholder_power" CHECK ("power" >= 0 AND "power" <= 10), CONSTRAINT "PK_789fe9f27e810783e0adbc0bf71" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_stakeholder_product" ON "stakeholder"  ("product_id") `);
    await queryRunner.query(`CREATE TABLE "value_rating" ("id" character varying(36) NOT NULL, "product_id" character varying(36) NOT NULL, "item_id" character varying(36) NOT NULL, "stakeholder_id" character varying(36) NOT NULL, "rater_group" character varying(16) NOT NULL, "perspective" character varying(16) NOT NULL, "value" integer NOT NULL, "rationale" character varying(200) NOT NULL DEFAULT '', "rated_by" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_value_rating_value" CHECK ("value" >= 0 AND "value" <= 20), CONSTRAINT "PK_a2b195cb410d767b36dbee9704d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_value_rating_product" ON "value_rating"  ("product_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_value_rating" ON "value_rating"  ("item_id", "stakeholder_id") `);
    await queryRunner.query(`ALTER TABLE "stakeholder" ADD CONSTRAINT "fk_stakeholder_product" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stakeholder" DROP CONSTRAINT "fk_stakeholder_product"`);
    await queryRunner.query(`DROP INDEX "public"."uq_value_rating"`);
    await queryRunner.query(`DROP INDEX "public"."ix_value_rating_product"`);
    await queryRunner.query(`DROP TABLE "value_rating"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stakeholder_product"`);
    await queryRunner.query(`DROP TABLE "stakeholder"`);
    await queryRunner.query(`DROP INDEX "public"."ix_engagement_participant_stakeholder"`);
    await queryRunner.query(`DROP TABLE "engagement_participant"`);
    await queryRunner.query(`DROP INDEX "public"."ix_engagement_product"`);
    await queryRunner.query(`DROP TABLE "engagement"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comment_target"`);
    await queryRunner.query(`DROP TABLE "comment"`);
  }
}
