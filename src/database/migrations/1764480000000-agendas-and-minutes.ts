import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The agenda template shipped for every region: a Västerbotten samverkansmöte of 90 minutes. */
export const DEFAULT_AGENDA_TEMPLATE_ID = 'b1c0a8e2-5d0e-4a8e-9c1e-2f6a7d1e0001';
const DEFAULT_AGENDA_TEMPLATE_ITEMS = [
  {
    title: 'Mötets öppnande och val av justerare',
    description: null,
    type: 'information',
    durationMinutes: 5,
    presentingParty: 'region',
  },
  {
    title: 'Kommunens näringslivsläge',
    description:
      'Läget i det lokala näringslivet: etableringar, varsel, kompetensförsörjning och aktuella behov.',
    type: 'information',
    durationMinutes: 20,
    presentingParty: 'municipality',
  },
  {
    title: 'Regionens aktuella insatser',
    description: 'Regionala utvecklingsinsatser, utlysningar och projekt som berör kommunen.',
    type: 'information',
    durationMinutes: 20,
    presentingParty: 'region',
  },
  {
    title: 'Uppföljning av åtgärder',
    description: 'Öppna åtgärder och frågor sedan förra mötet.',
    type: 'follow-up',
    durationMinutes: 15,
    presentingParty: null,
  },
  {
    title: 'Gemensamma frågor',
    description: null,
    type: 'discussion',
    durationMinutes: 20,
    presentingParty: null,
  },
  {
    title: 'Övriga frågor',
    description: null,
    type: 'discussion',
    durationMinutes: 10,
    presentingParty: null,
  },
];

/**
 * Agendas (templates, a template per round, each meeting's agenda and items) and minutes (content, every
 * revision, submissions to the adjusters and their decisions). Seeds the shipped default template.
 */
export class AgendasAndMinutes1764480000000 implements MigrationInterface {
  name = 'AgendasAndMinutes1764480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "agenda_templates" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "region_id" uuid,
        "name" text NOT NULL,
        "is_default" boolean NOT NULL DEFAULT false,
        "items" jsonb NOT NULL,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_agenda_templates" PRIMARY KEY ("id"),
        CONSTRAINT "FK_agenda_templates_region" FOREIGN KEY ("region_id") REFERENCES "organizations"("id") ON DELETE CASCADE,
        CONSTRAINT "agenda_templates_items_check" CHECK (jsonb_typeof("items") = 'array')
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "agenda_templates_default_unique" ON "agenda_templates"
         (COALESCE("region_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "is_default"`,
    );
    await queryRunner.query(`
      CREATE TABLE "round_agenda_templates" (
        "round_id" uuid NOT NULL,
        "template_id" uuid NOT NULL,
        CONSTRAINT "PK_round_agenda_templates" PRIMARY KEY ("round_id"),
        CONSTRAINT "FK_round_agenda_templates_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_round_agenda_templates_template" FOREIGN KEY ("template_id") REFERENCES "agenda_templates"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "agendas" (
        "meeting_id" uuid NOT NULL,
        "template_id" uuid,
        "content_version" integer NOT NULL DEFAULT 1,
        "published_at" timestamptz,
        "published_by" uuid,
        "sent_version" integer,
        "sent_at" timestamptz,
        "carried_over" jsonb,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_agendas" PRIMARY KEY ("meeting_id"),
        CONSTRAINT "FK_agendas_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_agendas_template" FOREIGN KEY ("template_id") REFERENCES "agenda_templates"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "agenda_items" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "title" text NOT NULL,
        "description" text,
        "type" text NOT NULL,
        "presenter_person_id" uuid,
        "presenter_party" text,
        "duration_minutes" integer NOT NULL,
        "strategy_area_ids" uuid[] NOT NULL DEFAULT '{}',
        "links" jsonb NOT NULL DEFAULT '[]',
        "visibility" text NOT NULL DEFAULT 'public',
        "status" text NOT NULL,
        "source" text NOT NULL,
        "proposed_by" uuid,
        "decided_by" uuid,
        "decided_at" timestamptz,
        "decision_reason" text,
        "carried_from_item_id" uuid,
        "moved_to_meeting_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_agenda_items" PRIMARY KEY ("id"),
        CONSTRAINT "FK_agenda_items_agenda" FOREIGN KEY ("meeting_id") REFERENCES "agendas"("meeting_id") ON DELETE CASCADE,
        CONSTRAINT "FK_agenda_items_presenter" FOREIGN KEY ("presenter_person_id") REFERENCES "people"("id") ON DELETE SET NULL,
        CONSTRAINT "FK_agenda_items_proposed_by" FOREIGN KEY ("proposed_by") REFERENCES "people"("id") ON DELETE SET NULL,
        CONSTRAINT "FK_agenda_items_carried_from" FOREIGN KEY ("carried_from_item_id") REFERENCES "agenda_items"("id") ON DELETE SET NULL,
        CONSTRAINT "FK_agenda_items_moved_to" FOREIGN KEY ("moved_to_meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL,
        CONSTRAINT "agenda_items_type_check" CHECK ("type" IN ('information', 'discussion', 'decision', 'follow-up')),
        CONSTRAINT "agenda_items_party_check" CHECK ("presenter_party" IN ('region', 'municipality')),
        CONSTRAINT "agenda_items_visibility_check" CHECK ("visibility" IN ('public', 'restricted')),
        CONSTRAINT "agenda_items_status_check" CHECK ("status" IN ('proposed', 'accepted', 'declined', 'scheduled')),
        CONSTRAINT "agenda_items_source_check" CHECK ("source" IN ('template', 'proposal', 'carry-over', 'added')),
        CONSTRAINT "agenda_items_duration_check" CHECK ("duration_minutes" BETWEEN 0 AND 600),
        CONSTRAINT "agenda_items_position_check" CHECK ("position" >= 1)
      )`);
    await queryRunner.query(
      `CREATE INDEX "agenda_items_meeting_position_idx" ON "agenda_items" ("meeting_id", "position")`,
    );
    await queryRunner.query(`
      CREATE TABLE "minutes" (
        "meeting_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "organization_ids" uuid[] NOT NULL,
        "status" text NOT NULL DEFAULT 'draft',
        "revision" integer NOT NULL DEFAULT 0,
        "items" jsonb NOT NULL DEFAULT '[]',
        "attendance" jsonb NOT NULL DEFAULT '[]',
        "guests" jsonb NOT NULL DEFAULT '[]',
        "actions" jsonb NOT NULL DEFAULT '[]',
        "informed" text[] NOT NULL DEFAULT '{}',
        "submitted_by" uuid,
        "first_submitted_at" timestamptz,
        "locked_at" timestamptz,
        "lock_count" integer NOT NULL DEFAULT 0,
        "distributed_lock" integer,
        "pdf" bytea,
        "pdf_public" bytea,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_minutes" PRIMARY KEY ("meeting_id"),
        CONSTRAINT "FK_minutes_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE,
        CONSTRAINT "minutes_status_check" CHECK ("status" IN ('draft', 'in_review', 'returned', 'locked')),
        CONSTRAINT "minutes_locked_check" CHECK (("status" = 'locked') = ("locked_at" IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "minutes_status_idx" ON "minutes" ("status")`);
    await queryRunner.query(
      `CREATE INDEX "minutes_organizations_idx" ON "minutes" USING gin ("organization_ids")`,
    );
    await queryRunner.query(`
      CREATE TABLE "minutes_revisions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL,
        "revision" integer NOT NULL,
        "kind" text NOT NULL,
        "actor_id" uuid,
        "changes" jsonb NOT NULL DEFAULT '[]',
        "comment" text,
        "content" jsonb,
        "created_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "PK_minutes_revisions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_minutes_revisions_minutes" FOREIGN KEY ("meeting_id") REFERENCES "minutes"("meeting_id") ON DELETE CASCADE,
        CONSTRAINT "minutes_revisions_kind_check" CHECK ("kind" IN ('edit', 'submit', 'approve', 'return', 'lock', 'reopen'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "minutes_revisions_meeting_idx" ON "minutes_revisions" ("meeting_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "minutes_reviews" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "status" text NOT NULL DEFAULT 'open',
        "revision" integer NOT NULL,
        "submitted_by" uuid NOT NULL,
        "submitted_at" timestamptz NOT NULL,
        "deadline_at" timestamptz NOT NULL,
        "closed_at" timestamptz,
        CONSTRAINT "PK_minutes_reviews" PRIMARY KEY ("id"),
        CONSTRAINT "FK_minutes_reviews_minutes" FOREIGN KEY ("meeting_id") REFERENCES "minutes"("meeting_id") ON DELETE CASCADE,
        CONSTRAINT "minutes_reviews_status_check" CHECK ("status" IN ('open', 'approved', 'returned', 'superseded'))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "minutes_reviews_meeting_idx" ON "minutes_reviews" ("meeting_id", "number")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "minutes_reviews_one_open" ON "minutes_reviews" ("meeting_id") WHERE "status" = 'open'`,
    );
    await queryRunner.query(`
      CREATE TABLE "minutes_adjusters" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "review_id" uuid NOT NULL,
        "meeting_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "party" text NOT NULL,
        "decision" text,
        "comment" text,
        "decided_at" timestamptz,
        "reminded_at" timestamptz,
        CONSTRAINT "PK_minutes_adjusters" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_minutes_adjusters_person" UNIQUE ("review_id", "person_id"),
        CONSTRAINT "FK_minutes_adjusters_review" FOREIGN KEY ("review_id") REFERENCES "minutes_reviews"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_minutes_adjusters_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT,
        CONSTRAINT "minutes_adjusters_party_check" CHECK ("party" IN ('region', 'municipality')),
        CONSTRAINT "minutes_adjusters_decision_check" CHECK ("decision" IN ('approved', 'returned'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "minutes_adjusters_review_idx" ON "minutes_adjusters" ("review_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "minutes_approval_tokens" (
        "token_hash" bytea NOT NULL,
        "adjuster_id" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_minutes_approval_tokens" PRIMARY KEY ("token_hash"),
        CONSTRAINT "FK_minutes_approval_tokens_adjuster" FOREIGN KEY ("adjuster_id") REFERENCES "minutes_adjusters"("id") ON DELETE CASCADE,
        CONSTRAINT "minutes_approval_tokens_hash_check" CHECK (octet_length("token_hash") = 32)
      )`);
    await queryRunner.query(
      `CREATE INDEX "minutes_approval_tokens_adjuster_idx" ON "minutes_approval_tokens" ("adjuster_id")`,
    );
    await queryRunner.query(
      `INSERT INTO "agenda_templates" ("id", "region_id", "name", "is_default", "items", "version")
       VALUES ($1, NULL, $2, true, $3::jsonb, 1)
       ON CONFLICT ("id") DO NOTHING`,
      [
        DEFAULT_AGENDA_TEMPLATE_ID,
        'Samverkansmöte region–kommun (Västerbotten)',
        JSON.stringify(DEFAULT_AGENDA_TEMPLATE_ITEMS),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "minutes_approval_tokens"`);
    await queryRunner.query(`DROP TABLE "minutes_adjusters"`);
    await queryRunner.query(`DROP TABLE "minutes_reviews"`);
    await queryRunner.query(`DROP TABLE "minutes_revisions"`);
    await queryRunner.query(`DROP TABLE "minutes"`);
    await queryRunner.query(`DROP TABLE "agenda_items"`);
    await queryRunner.query(`DROP TABLE "agendas"`);
    await queryRunner.query(`DROP TABLE "round_agenda_templates"`);
    await queryRunner.query(`DROP TABLE "agenda_templates"`);
  }
}
