import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795885747212 implements MigrationInterface {
  name = 'Identity1795885747212';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "app_user" ("id" varchar(36) PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "display_name" varchar(120) NOT NULL DEFAULT (''), "password_hash" varchar(200) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user" ("email") `);
    await queryRunner.query(`CREATE TABLE "membership" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "user_id" varchar(36), "email" varchar(254) NOT NULL, "role" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "invited_by" varchar(36), "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "ck_membership_status" CHECK ("status" IN ('ACTIVE', 'PENDING')), CONSTRAINT "ck_membership_role" CHECK ("role" IN ('PRODUCT_OWNER', 'DEVELOPER', 'STAKEHOLDER', 'COACH')))`);
    await queryRunner.query(`CREATE INDEX "ix_membership_user" ON "membership" ("user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_membership_invited_email" ON "membership" ("email") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_membership_one_owner" ON "membership" ("product_id") WHERE "role" = 'PRODUCT_OWNER'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_membership_email" ON "membership" ("product_id", "email") `);
    await queryRunner.query(`CREATE TABLE "auth_session" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "expires_at" datetime NOT NULL, "revoked_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "ix_auth_session_user" ON "auth_session" ("user_id") `);
    await queryRunner.query(`DROP INDEX "ix_membership_user"`);
    await queryRunner.query(`DROP INDEX "ix_membership_invited_email"`);
    await queryRunner.query(`DROP INDEX "uq_membership_one_owner"`);
    await queryRunner.query(`DROP INDEX "uq_membership_email"`);
    await queryRunner.query(`CREATE TABLE "temporary_membership" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "user_id" varchar(36), "email" varchar(254) NOT NULL, "role" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "invited_by" varchar(36), "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "ck_membership_status" CHECK ("status" IN ('ACTIVE', 'PENDING')), CONSTRAINT "ck_membership_role" CHECK ("role" IN ('PRODUCT_OWNER', 'DEVELOPER', 'STAKEHOLDER', 'COACH')), CONSTRAINT "fk_membership_product" FOREIGN KEY ("product_id") REFERENCES "product" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "fk_membership_user" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_membership"("id", "product_id", "user_id", "email", "role", "status", "invited_by", "created_at") SELECT "id", "product_id", "user_id", "email", "role", "status", "invited_by", "created_at" FROM "membership"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`ALTER TABLE "temporary_membership" RENAME TO "membership"`);
    await queryRunner.query(`CREATE INDEX "ix_membership_user" ON "membership" ("user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_membership_invited_email" ON "membership" ("email") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_membership_one_owner" ON "membership" ("product_id") WHERE "role" = 'PRODUCT_OWNER'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_membership_email" ON "membership" ("product_id", "email") `);
    await queryRunner.query(`DROP INDEX "ix_auth_session_user"`);
    await queryRunner.query(`CREATE TABLE "temporary_auth_session" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "expires_at" datetime NOT NULL, "revoked_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "fk_auth_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`INSERT INTO "temporary_auth_session"("id", "user_id", "token_hash", "expires_at", "revoked_at", "created_at") SELECT "id", "user_id", "token_hash", "expires_at", "revoked_at", "created_at" FROM "auth_session"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
    await queryRunner.query(`ALTER TABLE "temporary_auth_session" RENAME TO "auth_session"`);
    await queryRunner.query(`CREATE INDEX "ix_auth_session_user" ON "auth_session" ("user_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_auth_session_user"`);
    await queryRunner.query(`ALTER TABLE "auth_session" RENAME TO "temporary_auth_session"`);
    await queryRunner.query(`CREATE TABLE "auth_session" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "token_hash" varchar(64) NOT NULL, "expires_at" datetime NOT NULL, "revoked_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`INSERT INTO "auth_session"("id", "user_id", "token_hash", "expires_at", "revoked_at", "created_at") SELECT "id", "user_id", "token_hash", "expires_at", "revoked_at", "created_at" FROM "temporary_auth_session"`);
    await queryRunner.query(`DROP TABLE "temporary_auth_session"`);
    await queryRunner.query(`CREATE INDEX "ix_auth_session_user" ON "auth_session" ("user_id") `);
    await queryRunner.query(`DROP INDEX "uq_membership_email"`);
    await queryRunner.query(`DROP INDEX "uq_membership_one_owner"`);
    await queryRunner.query(`DROP INDEX "ix_membership_invited_email"`);
    await queryRunner.query(`DROP INDEX "ix_membership_user"`);
    await queryRunner.query(`ALTER TABLE "membership" RENAME TO "temporary_membership"`);
    await queryRunner.query(`CREATE TABLE "membership" ("id" varchar(36) PRIMARY KEY NOT NULL, "product_id" varchar(36) NOT NULL, "user_id" varchar(36), "email" varchar(254) NOT NULL, "role" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "invited_by" varchar(36), "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "ck_membership_status" CHECK ("status" IN ('ACTIVE', 'PENDING')), CONSTRAINT "ck_membership_role" CHECK ("role" IN ('PRODUCT_OWNER', 'DEVELOPER', 'STAKEHOLDER', 'COACH')))`);
    await queryRunner.query(`INSERT INTO "membership"("id", "product_id", "user_id", "email", "role", "status", "invited_by", "created_at") SELECT "id", "product_id", "user_id", "email", "role", "status", "invited_by", "created_at" FROM "temporary_membership"`);
    await queryRunner.query(`DROP TABLE "temporary_membership"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_membership_email" ON "membership" ("product_id", "email") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_membership_one_owner" ON "membership" ("product_id") WHERE "role" = 'PRODUCT_OWNER'`);
    await queryRunner.query(`CREATE INDEX "ix_membership_invited_email" ON "membership" ("email") `);
    await queryRunner.query(`CREATE INDEX "ix_membership_user" ON "membership" ("user_id") `);
    await queryRunner.query(`DROP INDEX "ix_auth_session_user"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
    await queryRunner.query(`DROP INDEX "uq_membership_email"`);
    await queryRunner.query(`DROP INDEX "uq_membership_one_owner"`);
    await queryRunner.query(`DROP INDEX "ix_membership_invited_email"`);
    await queryRunner.query(`DROP INDEX "ix_membership_user"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "uq_app_user_email"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
  }
}
