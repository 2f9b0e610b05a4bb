import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Minutes written live (#15): the attendance part's version, time and author (items and actions keep theirs
 * in their jsonb); which part an edit revision saved (to coalesce a person's saves of it); actions written in the minutes exist at once as `proposed` actions; the secretary's
 * reminder about minutes not yet submitted goes once per meeting.
 */
export class MinutesParts1766830000000 implements MigrationInterface {
  name = 'MinutesParts1766830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "minutes"
        ADD COLUMN "attendance_version" integer NOT NULL DEFAULT 0,
        ADD COLUMN "attendance_updated_at" timestamptz,
        ADD COLUMN "attendance_updated_by" uuid,
        ADD CONSTRAINT "FK_minutes_attendance_updated_by" FOREIGN KEY ("attendance_updated_by") REFERENCES "people"("id") ON DELETE SET NULL`);
    await queryRunner.query(`ALTER TABLE "minutes_revisions" ADD COLUMN "part" text`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "actions_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "actions_status_check" CHECK ("status" IN ('proposed', 'open', 'in_progress', 'done', 'cancelled'))`,
    );
    await queryRunner.query(`
      CREATE TABLE "minutes_secretary_reminders" (
        "meeting_id" uuid NOT NULL,
        "sent_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_minutes_secretary_reminders" PRIMARY KEY ("meeting_id"),
        CONSTRAINT "FK_minutes_secretary_reminders_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "minutes_secretary_reminders"`);
    await queryRunner.query(`DELETE FROM "actions" WHERE "status" = 'proposed'`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "actions_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "actions_status_check" CHECK ("status" IN ('open', 'in_progress', 'done', 'cancelled'))`,
    );
    await queryRunner.query(`
      ALTER TABLE "minutes_revisions" DROP COLUMN "part"`);
    await queryRunner.query(`
      ALTER TABLE "minutes"
        DROP COLUMN "attendance_version",
        DROP COLUMN "attendance_updated_at",
        DROP COLUMN "attendance_updated_by"`);
  }
}
