import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Practice1795888314551 implements MigrationInterface {
  name = 'Practice1795888314551';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "practice_attempt" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "exercise_id" varchar(80) NOT NULL, "objective" varchar(8) NOT NULL, "answer" text NOT NULL, "score" double precision NOT NULL, "correct" boolean NOT NULL, "duration_ms" integer, "at" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "ix_practice_attempt_user" ON "practice_attempt" ("user_id", "at") `);
    await queryRunner.query(`CREATE TABLE "simulation_run" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "name" varchar(120) NOT NULL, "params" text NOT NULL, "strategy" text NOT NULL, "totals" text NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "ix_simulation_run_user" ON "simulation_run" ("user_id", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_simulation_run_user"`);
    await queryRunner.query(`DROP TABLE "simulation_run"`);
    await queryRunner.query(`DROP INDEX "ix_practice_attempt_user"`);
    await queryRunner.query(`DROP TABLE "practice_attempt"`);
  }
}
