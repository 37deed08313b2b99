import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Refinement1795894617492 implements MigrationInterface {
  name = 'Refinement1795894617492';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "refinement_settings" ("product_id" character varying(36) NOT NULL, "scale" character varying(24) NOT NULL, "custom_cards" text NOT NULL, "definition_of_ready" text NOT NULL, "sprint_size_limit" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_refinement_settings_scale" CHECK ("scale" IN ('FIBONACCI', 'MODIFIED_FIBONACCI', 'T_SHIRT', 'POWERS_OF_TWO', 'CUSTOM')), CONSTRAINT "PK_2493f38ad1c0bc494ec8e89d2b1" PRIMARY KEY ("product_id"))`);
    await queryRunner.query(`CREATE TABLE "refinement_session" ("id" character varying(36) NOT NULL, "product_id" character varying(36) NOT NULL, "title" character varying(200) NOT NULL, "status" character varying(8) NOT NULL, "facilitator_id" character varying(36) NOT NULL, "focus_item_id" character varying(36), "scheduled_for" TIMESTAMP WITH TIME ZONE, "started_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_refinement_session_status" CHECK ("status" IN ('PLANNED', 'LIVE', 'CLOSED')), CONSTRAINT "PK_5e4488bd812c4ec8e844bd145fb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_refinement_session_product" ON "refinement_session"  ("product_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_refinement_session_live" ON "refinement_session"  ("product_id") WHERE "status" = 'LIVE'`);
    await queryRunner.query(`CREATE TABLE "refinement_agenda_item" ("id" character varying(36) NOT NULL, "session_id" character varying(36) NOT NULL, "item_id" character varying(36) NOT NULL, "position" integer NOT NULL, "timebox_minutes" integer, "seconds_spent" integer NOT NULL DEFAULT '0', "focus_since" TIMESTAMP WITH TIME ZONE, "made_ready_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_66217d98d9726ccfa2827a884e8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_refinement_agenda_item_item" ON "refinement_agenda_item"  ("session_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_refinement_agenda_item" ON "refinement_agenda_item"  ("session_id", "item_id") `);
    await queryRunner.query(`CREATE TABLE "refinement_participant" ("session_id" character varying(36) NOT NULL, "user_id" character varying(36) NOT NULL, "label" character varying(200) NOT NULL, "connections" integer NOT NULL DEFAULT '0', "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL, "left_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_886afb462b461f2fd05bf77085f" PRIMARY KEY ("session_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "estimation_round" ("id" character varying(36) NOT NULL, "session_id" character varying(36) NOT NULL, "item_id" character varying(36) NOT NULL, "number" integer NOT NULL, "status" character varying(12) NOT NULL, "cards" text NOT NULL, "accepted_card" character varying(16), "opened_by" character varying(36) NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revealed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_estimation_round_status" CHECK ("status" IN ('VOTING', 'REVEALED', 'ACCEPTED', 'SUPERSEDED')), CONSTRAINT "PK_5c1256dec8c1ee435a9bc5f88c3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_estimation_round_session" ON "estimation_round"  ("session_id") `);
    await queryRunner.query(`CREATE INDEX "ix_estimation_round_item" ON "estimation_round"  ("item_id") `);
    await queryRunner.query(`CREATE TABLE "estimation_vote" ("round_id" character varying(36) NOT NULL, "user_id" character varying(36) NOT NULL, "card" character varying(16) NOT NULL, "voted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b5555d723cf63ad682cba17838f" PRIMARY KEY ("round_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "refinement_question" ("id" character varying(36) NOT NULL, "item_id" character varying(36) NOT NULL, "session_id" character varying(36), "text" text NOT NULL, "asked_by" character varying(200) NOT NULL, "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answer" text, "answered_by" character varying(200), "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5944f0c39204d6963a226ffc0e9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_refinement_question_item" ON "refinement_question"  ("item_id") `);
    await queryRunner.query(`CREATE TABLE "item_split" ("child_id" character varying(36) NOT NULL, "parent_id" character varying(36) NOT NULL, "pattern" character varying(12) NOT NULL, "session_id" character varying(36), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_item_split_pattern" CHECK ("pattern" IN ('SPIKE', 'PATHS', 'INTERFACES', 'DATA', 'RULES')), CONSTRAINT "PK_e72fa4c1b5e7c2a3f031041710b" PRIMARY KEY ("child_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_item_split_parent" ON "item_split"  ("parent_id") `);
    await queryRunner.query(`ALTER TABLE "refinement_settings" ADD CONSTRAINT "fk_refinement_settings_product" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refinement_session" ADD CONSTRAINT "fk_refinement_session_product" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refinement_agenda_item" ADD CONSTRAINT "fk_refinement_agenda_item_session" FOREIGN KEY ("session_id") REFERENCES "refinement_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refinement_agenda_item" ADD CONSTRAINT "fk_refinement_agenda_item_item" FOREIGN KEY ("item_id") REFERENCES "backlog_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refinement_participant" ADD CONSTRAINT "fk_refinement_participant_session" FOREIGN KEY ("session_id") REFERENCES "refinement_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "estimation_round" ADD CONSTRAINT "fk_estimation_round_session" FOREIGN KEY ("session_id") REFERENCES "refinement_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "estimation_round" ADD CONSTRAINT "fk_estimation_round_item" FOREIGN KEY ("item_id") REFERENCES "backlog_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "estimation_vote" ADD CONSTRAINT "fk_estimation_vote_round" FOREIGN KEY ("round_id") REFERENCES "estimation_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refinement_question" ADD CONSTRAINT "fk_refinement_question_item" FOREIGN KEY ("item_id") REFERENCES "backlog_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "item_split" ADD CONSTRAINT "fk_item_split_child" FOREIGN KEY ("child_id") REFERENCES "backlog_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "item_split" ADD CONSTRAINT "fk_item_split_parent" FOREIGN KEY ("parent_id") REFERENCES "backlog_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "item_split" DROP CONSTRAINT "fk_item_split_parent"`);
    await queryRunner.query(`ALTER TABLE "item_split" DROP CONSTRAINT "fk_item_split_child"`);
    await queryRunner.query(`ALTER TABLE "refinement_question" DROP CONSTRAINT "fk_refinement_question_item"`);
    await queryRunner.query(`ALTER TABLE "estimation_vote" DROP CONSTRAINT "fk_estimation_vote_round"`);
    await queryRunner.query(`ALTER TABLE "estimation_round" DROP CONSTRAINT "fk_estimation_round_item"`);
    await queryRunner.query(`ALTER TABLE "estimation_round" DROP CONSTRAINT "fk_estimation_round_session"`);
    await queryRunner.query(`ALTER TABLE "refinement_participant" DROP CONSTRAINT "fk_refinement_participant_session"`);
    await queryRunner.query(`ALTER TABLE "refinement_agenda_item" DROP CONSTRAINT "fk_refinement_agenda_item_item"`);
    await queryRunner.query(`ALTER TABLE "refinement_agenda_item" DROP CONSTRAINT "fk_refinement_agenda_item_session"`);
    await queryRunner.query(`ALTER TABLE "refinement_session" DROP CONSTRAINT "fk_refinement_session_product"`);
    await queryRunner.query(`ALTER TABLE "refinement_settings" DROP CONSTRAINT "fk_refinement_settings_product"`);
    await queryRunner.query(`DROP INDEX "public"."ix_item_split_parent"`);
    await queryRunner.query(`DROP TABLE "item_split"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refinement_question_item"`);
    await queryRunner.query(`DROP TABLE "refinement_question"`);
    await queryRunner.query(`DROP TABLE "estimation_vote"`);
    await queryRunner.query(`DROP INDEX "public"."ix_estimation_round_item"`);
    await queryRunner.query(`DROP INDEX "public"."ix_estimation_round_session"`);
    await queryRunner.query(`DROP TABLE "estimation_round"`);
    await queryRunner.query(`DROP TABLE "refinement_participant"`);
    await queryRunner.query(`DROP INDEX "public"."uq_refinement_agenda_item"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refinement_agenda_item_item"`);
    await queryRunner.query(`DROP TABLE "refinement_agenda_item"`);
    await queryRunner.query(`DROP INDEX "public"."uq_refinement_session_live"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refinement_session_product"`);
    await queryRunner.query(`DROP TABLE "refinement_session"`);
    await queryRunner.query(`DROP TABLE "refinement_settings"`);
  }
}
