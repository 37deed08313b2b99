import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Practice1795888315561 implements MigrationInterface {
  name = 'Practice1795888315561';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "practice_attempt" ("id" character varying(36) NOT NULL, "user_id" character varying(36) NOT NULL, "exercise_id" character varying(80) NOT NULL, "objective" character varying(8) NOT NULL, "answer" text NOT NULL, "score" double precision NOT NULL, "correct" boolean NOT NULL, "duration_ms" integer, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8be37f9f0c59ffe44defb1e6ace" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_practice_attempt_user" ON "practice_attempt"  ("user_id", "at") `);
    await queryRunner.query(`CREATE TABLE "simulation_run" ("id" character varying(36) NOT NULL, "user_id" character varying(36) NOT NULL, "name" character varying(120) NOT NULL, "params" text NOT NULL, "strategy" text NOT NULL, "totals" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2f730461a8eb5f44364d7f7e606" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_simulation_run_user" ON "simulation_run"  ("user_id", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_simulation_run_user"`);
    await queryRunner.query(`DROP TABLE "simulation_run"`);
    await queryRunner.query(`DROP INDEX "public"."ix_practice_attempt_user"`);
    await queryRunner.query(`DROP TABLE "practice_attempt"`);
  }
}
