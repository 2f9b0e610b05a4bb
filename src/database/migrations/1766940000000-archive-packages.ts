import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Archive packages (issue 18, point 4): one row per locked revision of a meeting's minutes, the zip in the
 * object storage, and its delivery to the region's registry. The meeting cannot be deleted under a package
 * (no cascade): the package is a public record.
 */
export class ArchivePackages1766940000000 implements MigrationInterface {
  name = 'ArchivePackages1766940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "archive_packages" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "revision" integer NOT NULL,
        "object_id" text NOT NULL,
        "storage_key" text NOT NULL,
        "size_bytes" bigint NOT NULL,
        "sha256" character(64) NOT NULL,
        "locked_at" timestamptz NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "delivery_status" text NOT NULL,
        "delivery_attempts" integer NOT NULL DEFAULT 0,
        "delivery_last_attempt_at" timestamptz,
        "delivery_last_error" text,
        "delivered_at" timestamptz,
        CONSTRAINT "PK_archive_packages" PRIMARY KEY ("id"),
        CONSTRAINT "FK_archive_packages_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id"),
        CONSTRAINT "FK_archive_packages_region" FOREIGN KEY ("region_id") REFERENCES "organizations"("id"),
        CONSTRAINT "CHK_archive_packages_revision" CHECK ("revision" >= 1),
        CONSTRAINT "CHK_archive_packages_delivery_status"
          CHECK ("delivery_status" IN ('not_configured', 'pending', 'delivered', 'failed'))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "archive_packages_meeting_revision_idx" ON "archive_packages" ("meeting_id", "revision")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "archive_packages"`);
  }
}
