import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Rounds1764465000000 implements MigrationInterface {
  name = 'Rounds1764465000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "rounds" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "region_id" uuid NOT NULL,
        "name" text NOT NULL,
        "status" text NOT NULL,
        "window_first" date NOT NULL,
        "window_last" date NOT NULL,
        "duration_minutes" integer NOT NULL,
        "mode" text,
        "regional_team" uuid[] NOT NULL,
        "constraints" jsonb NOT NULL DEFAULT '{}',
        "input" jsonb NOT NULL,
        "proposal" jsonb,
        "progress" jsonb NOT NULL,
        "failure" jsonb,
        "created_by" uuid,
        "confirmed_by" uuid,
        "confirmed_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_rounds" PRIMARY KEY ("id"),
        CONSTRAINT "FK_rounds_region" FOREIGN KEY ("region_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "rounds_status_check" CHECK ("status" IN ('planning', 'draft', 'confirmed', 'failed')),
        CONSTRAINT "rounds_mode_check" CHECK ("mode" IS NULL OR "mode" IN ('onsite', 'digital', 'hybrid')),
        CONSTRAINT "rounds_window_check" CHECK ("window_last" >= "window_first"),
        CONSTRAINT "rounds_duration_check" CHECK ("duration_minutes" > 0)
      )`);
    await queryRunner.query(
      `CREATE INDEX "rounds_region_created_idx" ON "rounds" ("region_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "round_items" (
        "round_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "state" text NOT NULL,
        "mode" text NOT NULL,
        "start_at" timestamptz,
        "end_at" timestamptz,
        "attendance" text,
        "trip_id" text,
        "travel_minutes_before" integer NOT NULL DEFAULT 0,
        "travel_minutes_after" integer NOT NULL DEFAULT 0,
        "participant_ids" uuid[] NOT NULL DEFAULT '{}',
        "reasons" jsonb NOT NULL DEFAULT '[]',
        "blocked_by" text,
        "blocked_message" text,
        "blocked_details" jsonb,
        "due_date" date,
        "moved" boolean NOT NULL DEFAULT false,
        "meeting_id" uuid,
        CONSTRAINT "PK_round_items" PRIMARY KEY ("round_id", "organization_id"),
        CONSTRAINT "FK_round_items_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_round_items_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_round_items_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL,
        CONSTRAINT "round_items_state_check" CHECK ("state" IN ('proposed', 'unplaced', 'confirmed')),
        CONSTRAINT "round_items_mode_check" CHECK ("mode" IN ('onsite', 'digital', 'hybrid')),
        CONSTRAINT "round_items_attendance_check" CHECK ("attendance" IS NULL OR "attendance" IN ('onsite', 'remote')),
        CONSTRAINT "round_items_slot_check" CHECK (("state" = 'unplaced') = ("start_at" IS NULL)),
        CONSTRAINT "round_items_time_check" CHECK ("end_at" IS NULL OR "end_at" > "start_at")
      )`);
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_meetings_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(`CREATE INDEX "meetings_round_idx" ON "meetings" ("round_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "meetings_round_idx"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_meetings_round"`);
    await queryRunner.query(`DROP TABLE "round_items"`);
    await queryRunner.query(`DROP TABLE "rounds"`);
  }
}
