import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outside organisations and guests (issue 17, point 1). Organizations gain a third kind, `external`
 * (Almi, Arbetsförmedlingen, Länsstyrelsen…): registered under the region that works with them (parent_id),
 * their people invited to meetings. A guest is a person invited by name and email to one meeting only
 * (`guest_meeting_id`): never a member, never signs in, invisible to every list of people; their email is
 * unique per meeting, not among members.
 */
export class ExternalOrganizationsAndGuests1766950000000 implements MigrationInterface {
  name = 'ExternalOrganizationsAndGuests1766950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" DROP CONSTRAINT "organizations_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD CONSTRAINT "organizations_kind_check" ` +
        `CHECK ("kind" IN ('region', 'municipality', 'external'))`,
    );
    await queryRunner.query(`ALTER TABLE "people" ADD "guest_meeting_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "people" ADD CONSTRAINT "FK_people_guest_meeting" FOREIGN KEY ("guest_meeting_id") ` +
        `REFERENCES "meetings"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(
      `ALTER TABLE "people" ADD CONSTRAINT "people_guest_check" ` +
        `CHECK ("guest_meeting_id" IS NULL OR ("login_enabled" = false AND "password_hash" IS NULL))`,
    );
    await queryRunner.query(`DROP INDEX "people_email_unique"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "people_email_unique" ON "people" ("email") ` +
        `WHERE "deleted_at" IS NULL AND "guest_meeting_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "people_guest_email_unique" ON "people" ("guest_meeting_id", "email") ` +
        `WHERE "deleted_at" IS NULL AND "guest_meeting_id" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "people_guest_email_unique"`);
    await queryRunner.query(`DELETE FROM "people" WHERE "guest_meeting_id" IS NOT NULL`);
    await queryRunner.query(`DROP INDEX "people_email_unique"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "people_email_unique" ON "people" ("email") WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "people_guest_check"`);
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "FK_people_guest_meeting"`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "guest_meeting_id"`);
    await queryRunner.query(`DELETE FROM "organizations" WHERE "kind" = 'external'`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP CONSTRAINT "organizations_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD CONSTRAINT "organizations_kind_check" ` +
        `CHECK ("kind" IN ('region', 'municipality'))`,
    );
  }
}
