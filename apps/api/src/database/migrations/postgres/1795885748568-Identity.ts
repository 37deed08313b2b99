import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795885748568 implements MigrationInterface {
  name = 'Identity1795885748568';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "app_user" ("id" character varying(36) NOT NULL, "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL DEFAULT '', "password_hash" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user"  ("email") `);
    await queryRunner.query(`CREATE TABLE "membership" ("id" character varying(36) NOT NULL, "product_id" character varying(36) NOT NULL, "user_id" character varying(36), "email" character varying(254) NOT NULL, "role" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "invited_by" character varying(36), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_membership_status" CHECK ("status" IN ('ACTIVE', 'PENDING')), CONSTRAINT "ck_membership_role" CHECK ("role" IN ('PRODUCT_OWNER', 'DEVELOPER', 'STAKEHOLDER', 'COACH')), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_membership_user" ON "membership"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_membership_invited_email" ON "membership"  ("email") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_membership_one_owner" ON "membership"  ("product_id") WHERE "role" = 'PRODUCT_OWNER'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_membership_email" ON "membership"  ("product_id", "email") `);
    await queryRunner.query(`CREATE TABLE "auth_session" ("id" character varying(36) NOT NULL, "user_id" character varying(36) NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_auth_session_user" ON "auth_session"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "fk_membership_product" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "fk_membership_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "auth_session" ADD CONSTRAINT "fk_auth_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_session" DROP CONSTRAINT "fk_auth_session_user"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_user"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_product"`);
    await queryRunner.query(`DROP INDEX "public"."ix_auth_session_user"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
    await queryRunner.query(`DROP INDEX "public"."uq_membership_email"`);
    await queryRunner.query(`DROP INDEX "public"."uq_membership_one_owner"`);
    await queryRunner.query(`DROP INDEX "public"."ix_membership_invited_email"`);
    await queryRunner.query(`DROP INDEX "public"."ix_membership_user"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "public"."uq_app_user_email"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
  }
}
