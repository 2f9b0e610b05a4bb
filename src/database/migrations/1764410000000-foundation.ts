import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764410000000 implements MigrationInterface {
  name = 'Foundation1764410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "organizations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" text NOT NULL,
        "code" text NOT NULL,
        "name" text NOT NULL,
        "unit" text,
        "parent_id" uuid,
        "seat_town" text,
        "seat_lat" double precision,
        "seat_lon" double precision,
        "contact_email" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_organizations" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_organizations_code" UNIQUE ("code"),
        CONSTRAINT "FK_organizations_parent" FOREIGN KEY ("parent_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "organizations_kind_check" CHECK ("kind" IN ('region', 'municipality')),
        CONSTRAINT "organizations_parent_check" CHECK (("kind" = 'region') = ("parent_id" IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "organizations_parent_idx" ON "organizations" ("parent_id")`);

    await queryRunner.query(`
      CREATE TABLE "people" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "name" text NOT NULL,
        "email" text NOT NULL,
        "title" text,
        "phone" text,
        "roles" text array NOT NULL DEFAULT '{participant}',
        "locale" text NOT NULL DEFAULT 'sv',
        "login_enabled" boolean NOT NULL DEFAULT false,
        "password_hash" text,
        "deleted_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_people" PRIMARY KEY ("id"),
        CONSTRAINT "FK_people_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "people_locale_check" CHECK ("locale" IN ('sv', 'en')),
        CONSTRAINT "people_roles_check" CHECK ("roles" <@ ARRAY['admin', 'coordinator', 'secretary', 'participant']::text[]),
        CONSTRAINT "people_email_lower_check" CHECK ("email" = lower("email"))
      )`);
    await queryRunner.query(`CREATE INDEX "people_organization_idx" ON "people" ("organization_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "people_email_unique" ON "people" ("email") WHERE "deleted_at" IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE "audit_log" (
        "id" bigserial NOT NULL,
        "occurred_at" timestamptz NOT NULL DEFAULT now(),
        "actor_id" uuid,
        "action" text NOT NULL,
        "entity_type" text NOT NULL,
        "entity_id" text NOT NULL,
        "organization_id" uuid,
        "before" jsonb,
        "after" jsonb,
        "correlation_id" text,
        CONSTRAINT "PK_audit_log" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "audit_log_entity_idx" ON "audit_log" ("entity_type", "entity_id")`,
    );
    await queryRunner.query(`CREATE INDEX "audit_log_occurred_idx" ON "audit_log" ("occurred_at")`);
    await queryRunner.query(`
      CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_log_no_change" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_log"
      FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"()`);

    await queryRunner.query(`
      CREATE TABLE "outbox" (
        "id" bigserial NOT NULL,
        "queue" text NOT NULL,
        "job_name" text NOT NULL,
        "payload" jsonb NOT NULL,
        "job_id" text NOT NULL,
        "run_at" timestamptz NOT NULL DEFAULT now(),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "dispatched_at" timestamptz,
        CONSTRAINT "PK_outbox" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_outbox_job_id" UNIQUE ("job_id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "outbox_pending_idx" ON "outbox" ("id") WHERE "dispatched_at" IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE "emails" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "message_id" text NOT NULL,
        "template" text NOT NULL,
        "locale" text NOT NULL,
        "recipient_person_id" uuid,
        "to_address" text NOT NULL,
        "subject" text NOT NULL,
        "raw" bytea NOT NULL,
        "status" text NOT NULL DEFAULT 'queued',
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "related_type" text,
        "related_id" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "sent_at" timestamptz,
        CONSTRAINT "PK_emails" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_emails_message_id" UNIQUE ("message_id"),
        CONSTRAINT "emails_status_check" CHECK ("status" IN ('queued', 'sent', 'failed'))
      )`);
    await queryRunner.query(`CREATE INDEX "emails_related_idx" ON "emails" ("related_type", "related_id")`);
    await queryRunner.query(`CREATE INDEX "emails_recipient_idx" ON "emails" ("recipient_person_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "emails"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP FUNCTION "audit_log_append_only"()`);
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
  }
}
