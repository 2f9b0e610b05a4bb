import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1764420000000 implements MigrationInterface {
  name = 'Meetings1764420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "meetings" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "uid" text NOT NULL,
        "sequence" integer NOT NULL DEFAULT 0,
        "region_id" uuid NOT NULL,
        "round_id" uuid,
        "title" text NOT NULL,
        "description" text,
        "start_at" timestamptz NOT NULL,
        "end_at" timestamptz NOT NULL,
        "status" text NOT NULL DEFAULT 'planned',
        "mode" text NOT NULL DEFAULT 'digital',
        "location_address" text,
        "video_url" text,
        "cancel_reason" text,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_meetings" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_meetings_uid" UNIQUE ("uid"),
        CONSTRAINT "FK_meetings_region" FOREIGN KEY ("region_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "meetings_time_check" CHECK ("end_at" > "start_at"),
        CONSTRAINT "meetings_sequence_check" CHECK ("sequence" >= 0),
        CONSTRAINT "meetings_status_check" CHECK ("status" IN ('planned', 'confirmed', 'held', 'cancelled')),
        CONSTRAINT "meetings_mode_check" CHECK ("mode" IN ('onsite', 'digital', 'hybrid'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "meetings_region_start_idx" ON "meetings" ("region_id", "start_at")`,
    );
    await queryRunner.query(`CREATE INDEX "meetings_start_idx" ON "meetings" ("start_at")`);
    await queryRunner.query(`
      CREATE TABLE "meeting_organizations" (
        "meeting_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        CONSTRAINT "PK_meeting_organizations" PRIMARY KEY ("meeting_id", "organization_id"),
        CONSTRAINT "FK_meeting_organizations_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_meeting_organizations_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(
      `CREATE INDEX "meeting_organizations_org_idx" ON "meeting_organizations" ("organization_id", "meeting_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "meeting_participants" (
        "meeting_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "role" text NOT NULL DEFAULT 'required',
        "partstat" text NOT NULL DEFAULT 'NEEDS-ACTION',
        "responded_at" timestamptz,
        "response_comment" text,
        "added_at" timestamptz NOT NULL DEFAULT now(),
        "removed_at" timestamptz,
        CONSTRAINT "PK_meeting_participants" PRIMARY KEY ("meeting_id", "person_id"),
        CONSTRAINT "FK_meeting_participants_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_meeting_participants_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT,
        CONSTRAINT "meeting_participants_role_check" CHECK ("role" IN ('chair', 'required', 'optional')),
        CONSTRAINT "meeting_participants_partstat_check"
          CHECK ("partstat" IN ('NEEDS-ACTION', 'ACCEPTED', 'TENTATIVE', 'DECLINED', 'DELEGATED'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "meeting_participants_person_idx" ON "meeting_participants" ("person_id", "meeting_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "meeting_participants"`);
    await queryRunner.query(`DROP TABLE "meeting_organizations"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
  }
}
