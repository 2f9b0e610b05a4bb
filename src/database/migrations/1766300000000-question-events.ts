import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A question's history (issue 13: the register's page): what changed, by whom, with an optional comment, as
 * action_events keep an action's. Random ids (no sequence shared by every municipality); `seq` orders the
 * entries written in one transaction and is never shown.
 */
export class QuestionEvents1766300000000 implements MigrationInterface {
  name = 'QuestionEvents1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "question_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "seq" bigint GENERATED ALWAYS AS IDENTITY,
        "question_id" uuid NOT NULL,
        "actor_id" uuid,
        "kind" text NOT NULL,
        "changes" jsonb NOT NULL DEFAULT '{}',
        "comment" text,
        "occurred_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_question_events" PRIMARY KEY ("id"),
        CONSTRAINT "FK_question_events_question" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_question_events_actor" FOREIGN KEY ("actor_id") REFERENCES "people"("id") ON DELETE SET NULL,
        CONSTRAINT "question_events_kind_check" CHECK ("kind" IN ('created', 'updated', 'commented'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "question_events_question_idx" ON "question_events" ("question_id", "occurred_at", "seq")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "question_events"`);
  }
}
