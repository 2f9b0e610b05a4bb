import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follow-up (issue 6): strategy areas (RUS-områden), actions with their history, reminder and digest
 * markers, the question register and its links, expectation metrics, and the indexes the overview needs.
 * Agenda items belong to another feature: their ids are stored without a foreign key.
 */
export class FollowUp1764470000000 implements MigrationInterface {
  name = 'FollowUp1764470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "strategy_areas" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "region_id" uuid NOT NULL,
        "name" text NOT NULL,
        "description" text,
        "active" boolean NOT NULL DEFAULT true,
        "seeded" boolean NOT NULL DEFAULT false,
        "position" integer NOT NULL DEFAULT 0,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_strategy_areas" PRIMARY KEY ("id"),
        CONSTRAINT "FK_strategy_areas_region" FOREIGN KEY ("region_id") REFERENCES "organizations"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "strategy_areas_region_name_unique" ON "strategy_areas" ("region_id", lower("name"))`,
    );

    await queryRunner.query(`
      CREATE TABLE "actions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "region_id" uuid NOT NULL,
        "title" text NOT NULL,
        "description" text,
        "owner_person_id" uuid NOT NULL,
        "owner_organization_id" uuid NOT NULL,
        "due_date" date NOT NULL,
        "status" text NOT NULL DEFAULT 'open',
        "meeting_id" uuid,
        "agenda_item_id" uuid,
        "created_by" uuid,
        "closed_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_actions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_actions_region" FOREIGN KEY ("region_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_actions_owner_person" FOREIGN KEY ("owner_person_id") REFERENCES "people"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_actions_owner_organization" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_actions_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL,
        CONSTRAINT "actions_status_check" CHECK ("status" IN ('open', 'in_progress', 'done', 'cancelled')),
        CONSTRAINT "actions_closed_check" CHECK (("status" IN ('done', 'cancelled')) = ("closed_at" IS NOT NULL))
      )`);
    // Lists and the overview: by owner organization and status, open ones by due date.
    await queryRunner.query(
      `CREATE INDEX "actions_owner_org_status_due_idx" ON "actions" ("owner_organization_id", "status", "due_date")`,
    );
    await queryRunner.query(`CREATE INDEX "actions_region_due_idx" ON "actions" ("region_id", "due_date")`);
    await queryRunner.query(
      `CREATE INDEX "actions_owner_person_idx" ON "actions" ("owner_person_id", "status", "due_date")`,
    );
    await queryRunner.query(`CREATE INDEX "actions_meeting_idx" ON "actions" ("meeting_id")`);
    await queryRunner.query(
      `CREATE INDEX "actions_open_due_idx" ON "actions" ("due_date") WHERE "status" IN ('open', 'in_progress')`,
    );
    await queryRunner.query(
      `CREATE INDEX "actions_owner_org_created_idx" ON "actions" ("owner_organization_id", "created_at")`,
    );

    await queryRunner.query(`
      CREATE TABLE "action_strategy_areas" (
        "action_id" uuid NOT NULL,
        "strategy_area_id" uuid NOT NULL,
        CONSTRAINT "PK_action_strategy_areas" PRIMARY KEY ("action_id", "strategy_area_id"),
        CONSTRAINT "FK_action_strategy_areas_action" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_action_strategy_areas_area" FOREIGN KEY ("strategy_area_id") REFERENCES "strategy_areas"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(
      `CREATE INDEX "action_strategy_areas_area_idx" ON "action_strategy_areas" ("strategy_area_id", "action_id")`,
    );

    await queryRunner.query(`
      CREATE TABLE "action_events" (
        "id" bigint GENERATED ALWAYS AS IDENTITY,
        "action_id" uuid NOT NULL,
        "actor_id" uuid,
        "kind" text NOT NULL,
        "changes" jsonb NOT NULL DEFAULT '{}',
        "comment" text,
        "occurred_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_action_events" PRIMARY KEY ("id"),
        CONSTRAINT "FK_action_events_action" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_action_events_actor" FOREIGN KEY ("actor_id") REFERENCES "people"("id") ON DELETE SET NULL,
        CONSTRAINT "action_events_kind_check" CHECK ("kind" IN ('created', 'updated', 'commented'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "action_events_action_idx" ON "action_events" ("action_id", "occurred_at", "id")`,
    );

    // One row per reminder sent: (action, kind, due date) is sent at most once, whichever worker runs it.
    await queryRunner.query(`
      CREATE TABLE "action_reminder_deliveries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "action_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "due_date" date NOT NULL,
        "email_id" uuid,
        "sent_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_action_reminder_deliveries" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_action_reminder_deliveries" UNIQUE ("action_id", "kind", "due_date"),
        CONSTRAINT "FK_action_reminder_deliveries_action" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE,
        CONSTRAINT "action_reminder_deliveries_kind_check" CHECK ("kind" IN ('before', 'due'))
      )`);
    // One digest per recipient, kind and ISO week.
    await queryRunner.query(`
      CREATE TABLE "action_digest_deliveries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "recipient_person_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "iso_week" text NOT NULL,
        "action_count" integer NOT NULL,
        "email_id" uuid,
        "sent_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_action_digest_deliveries" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_action_digest_deliveries" UNIQUE ("recipient_person_id", "kind", "iso_week"),
        CONSTRAINT "FK_action_digest_deliveries_person" FOREIGN KEY ("recipient_person_id") REFERENCES "people"("id") ON DELETE CASCADE,
        CONSTRAINT "action_digest_deliveries_kind_check" CHECK ("kind" IN ('owner', 'coordinator')),
        CONSTRAINT "action_digest_deliveries_week_check" CHECK ("iso_week" ~ '^\\d{4}-W\\d{2}$')
      )`);

    await queryRunner.query(`
      CREATE TABLE "questions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "region_id" uuid NOT NULL,
        "title" text NOT NULL,
        "description" text,
        "owner_kind" text NOT NULL,
        "owner_organization_id" uuid,
        "owner_external_name" text,
        "responsible_person_id" uuid,
        "status" text NOT NULL DEFAULT 'open',
        "created_by" uuid,
        "closed_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_questions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_questions_region" FOREIGN KEY ("region_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_questions_owner_organization" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_questions_responsible" FOREIGN KEY ("responsible_person_id") REFERENCES "people"("id") ON DELETE SET NULL,
        CONSTRAINT "questions_status_check" CHECK ("status" IN ('open', 'in_progress', 'resolved', 'parked')),
        CONSTRAINT "questions_owner_check" CHECK (
          ("owner_kind" = 'organization' AND "owner_organization_id" IS NOT NULL AND "owner_external_name" IS NULL)
          OR ("owner_kind" = 'external' AND "owner_organization_id" IS NULL AND "owner_external_name" IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX "questions_region_status_idx" ON "questions" ("region_id", "status")`,
    );
    await queryRunner.query(`
      CREATE TABLE "question_organizations" (
        "question_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        CONSTRAINT "PK_question_organizations" PRIMARY KEY ("question_id", "organization_id"),
        CONSTRAINT "FK_question_organizations_question" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_question_organizations_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(
      `CREATE INDEX "question_organizations_org_idx" ON "question_organizations" ("organization_id", "question_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "question_meetings" (
        "question_id" uuid NOT NULL,
        "meeting_id" uuid NOT NULL,
        CONSTRAINT "PK_question_meetings" PRIMARY KEY ("question_id", "meeting_id"),
        CONSTRAINT "FK_question_meetings_question" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_question_meetings_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "question_meetings_meeting_idx" ON "question_meetings" ("meeting_id", "question_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "question_agenda_items" (
        "question_id" uuid NOT NULL,
        "agenda_item_id" uuid NOT NULL,
        CONSTRAINT "PK_question_agenda_items" PRIMARY KEY ("question_id", "agenda_item_id"),
        CONSTRAINT "FK_question_agenda_items_question" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "question_agenda_items_item_idx" ON "question_agenda_items" ("agenda_item_id", "question_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "question_actions" (
        "question_id" uuid NOT NULL,
        "action_id" uuid NOT NULL,
        CONSTRAINT "PK_question_actions" PRIMARY KEY ("question_id", "action_id"),
        CONSTRAINT "FK_question_actions_question" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_question_actions_action" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "question_actions_action_idx" ON "question_actions" ("action_id", "question_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "question_strategy_areas" (
        "question_id" uuid NOT NULL,
        "strategy_area_id" uuid NOT NULL,
        CONSTRAINT "PK_question_strategy_areas" PRIMARY KEY ("question_id", "strategy_area_id"),
        CONSTRAINT "FK_question_strategy_areas_question" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_question_strategy_areas_area" FOREIGN KEY ("strategy_area_id") REFERENCES "strategy_areas"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(
      `CREATE INDEX "question_strategy_areas_area_idx" ON "question_strategy_areas" ("strategy_area_id", "question_id")`,
    );

    // The overview: the last held and next planned meeting of each organization, found by index.
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "meetings_status_start_idx" ON "meetings" ("status", "start_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "meetings_status_start_idx"`);
    for (const table of [
      'question_strategy_areas',
      'question_actions',
      'question_agenda_items',
      'question_meetings',
      'question_organizations',
      'questions',
      'action_digest_deliveries',
      'action_reminder_deliveries',
      'action_events',
      'action_strategy_areas',
      'actions',
      'strategy_areas',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
