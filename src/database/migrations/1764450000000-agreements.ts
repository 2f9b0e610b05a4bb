import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Agreements1764450000000 implements MigrationInterface {
  name = 'Agreements1764450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "agreements" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "cadence" text NOT NULL,
        "cadence_kind" text NOT NULL,
        "preferred_mode" text NOT NULL,
        "preferred_weekdays" integer[] NOT NULL DEFAULT '{}',
        "blocked_dates" jsonb NOT NULL DEFAULT '[]',
        "default_participant_ids" uuid[] NOT NULL DEFAULT '{}',
        "region_adjuster_id" uuid,
        "municipality_adjuster_id" uuid,
        "expectations" jsonb NOT NULL DEFAULT '[]',
        "location_address" text,
        "video_url" text,
        "valid_from" date NOT NULL,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_agreements" PRIMARY KEY ("id"),
        CONSTRAINT "FK_agreements_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_agreements_region_adjuster" FOREIGN KEY ("region_adjuster_id") REFERENCES "people"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_agreements_municipality_adjuster" FOREIGN KEY ("municipality_adjuster_id") REFERENCES "people"("id") ON DELETE RESTRICT,
        CONSTRAINT "agreements_version_check" CHECK ("version" >= 1),
        CONSTRAINT "agreements_cadence_kind_check" CHECK ("cadence_kind" IN ('duration', 'rrule')),
        CONSTRAINT "agreements_mode_check" CHECK ("preferred_mode" IN ('onsite', 'digital', 'hybrid'))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "agreements_organization_version_unique" ON "agreements" ("organization_id", "version")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "agreements"`);
  }
}
