import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations (one per meeting and person: what was last sent, RSVP tokens), the per-meeting change
 * counter that debounces invitation emails, and meeting reminders with their due times.
 */
export class Invitations1764445000000 implements MigrationInterface {
  name = 'Invitations1764445000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "last_sequence_sent" integer,
        "last_method_sent" text,
        "last_email_id" uuid,
        "last_queued_at" timestamptz,
        "revoked_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_invitations" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_invitations_meeting_person" UNIQUE ("meeting_id", "person_id"),
        CONSTRAINT "FK_invitations_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_invitations_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_invitations_email" FOREIGN KEY ("last_email_id") REFERENCES "emails"("id") ON DELETE SET NULL,
        CONSTRAINT "invitations_method_check" CHECK ("last_method_sent" IN ('REQUEST', 'CANCEL')),
        CONSTRAINT "invitations_sent_check" CHECK (("last_method_sent" IS NULL) = ("last_sequence_sent" IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "invitations_person_idx" ON "invitations" ("person_id")`);
    await queryRunner.query(`
      CREATE TABLE "invitation_tokens" (
        "token_hash" bytea NOT NULL,
        "invitation_id" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "revoked_at" timestamptz,
        CONSTRAINT "PK_invitation_tokens" PRIMARY KEY ("token_hash"),
        CONSTRAINT "FK_invitation_tokens_invitation" FOREIGN KEY ("invitation_id") REFERENCES "invitations"("id") ON DELETE CASCADE,
        CONSTRAINT "invitation_tokens_hash_check" CHECK (octet_length("token_hash") = 32)
      )`);
    await queryRunner.query(
      `CREATE INDEX "invitation_tokens_invitation_idx" ON "invitation_tokens" ("invitation_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "invitation_sync_state" (
        "meeting_id" uuid NOT NULL,
        "change_counter" integer NOT NULL DEFAULT 0,
        "synced_counter" integer NOT NULL DEFAULT 0,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_invitation_sync_state" PRIMARY KEY ("meeting_id"),
        CONSTRAINT "FK_invitation_sync_state_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "meeting_reminders" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL,
        "offset_code" text NOT NULL,
        "offset_minutes" integer NOT NULL,
        "meeting_sequence" integer NOT NULL,
        "due_at" timestamptz NOT NULL,
        "enqueued_at" timestamptz,
        "sent_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_meeting_reminders" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_meeting_reminders_version" UNIQUE ("meeting_id", "offset_code", "meeting_sequence"),
        CONSTRAINT "FK_meeting_reminders_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE,
        CONSTRAINT "meeting_reminders_offset_check" CHECK ("offset_minutes" > 0)
      )`);
    await queryRunner.query(
      `CREATE INDEX "meeting_reminders_due_idx" ON "meeting_reminders" ("due_at") WHERE "sent_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "meeting_reminders"`);
    await queryRunner.query(`DROP TABLE "invitation_sync_state"`);
    await queryRunner.query(`DROP TABLE "invitation_tokens"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
  }
}
