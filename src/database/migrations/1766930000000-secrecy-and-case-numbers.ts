import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18, points 1 and 2 (docs/adr/0015-secrecy-grounds-and-case-numbers.md):
 * - secrecy_grounds: the legal grounds (OSL chapter and section) a restricted item may carry. Rows with no
 *   region are shipped with the system for every region; a region's admins add their own.
 * - agenda_items.secrecy_ground / secrecy_note: the ground of a restricted item (its reference text, as
 *   chosen then, so a later change of the list does not change a record) and optional free text.
 * - rounds.case_number and meetings.case_number: the region's registry number (diarienummer).
 */
export class SecrecyAndCaseNumbers1766930000000 implements MigrationInterface {
  name = 'SecrecyAndCaseNumbers1766930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "secrecy_grounds" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "region_id" uuid,
        "reference" text NOT NULL,
        "description" text NOT NULL,
        "active" boolean NOT NULL DEFAULT true,
        "position" integer NOT NULL DEFAULT 0,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_secrecy_grounds" PRIMARY KEY ("id"),
        CONSTRAINT "FK_secrecy_grounds_region" FOREIGN KEY ("region_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "secrecy_grounds_reference_check" CHECK (length("reference") BETWEEN 1 AND 100)
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "secrecy_grounds_reference_unique" ON "secrecy_grounds"
        (coalesce("region_id", '00000000-0000-0000-0000-000000000000'::uuid), lower("reference"))`);
    // Shipped grounds: those a regional development unit meets most; the wording is a short summary of the
    // provision (see the ADR for the sources), not the law's text.
    await queryRunner.query(`
      INSERT INTO "secrecy_grounds" ("region_id", "reference", "description", "position") VALUES
        (NULL, '18 kap. 8 § OSL', 'Säkerhets- eller bevakningsåtgärder', 10),
        (NULL, '19 kap. 1 § OSL', 'Det allmännas affärs- eller driftförhållanden i affärsverksamhet', 20),
        (NULL, '19 kap. 3 § OSL', 'Det allmännas ekonomiska intresse vid förvärv, upphandling och liknande', 30),
        (NULL, '21 kap. 1 § OSL', 'Enskilds hälsa eller sexualliv', 40),
        (NULL, '30 kap. 23 § OSL', 'Enskilds affärs- eller driftförhållanden i myndighets utredning, tillsyn eller stödverksamhet avseende näringslivet', 50),
        (NULL, '31 kap. 16 § OSL', 'Enskilds affärs- eller driftförhållanden när den enskilde trätt i affärsförbindelse med en myndighet', 60)`);

    await queryRunner.query(`
      ALTER TABLE "agenda_items"
        ADD COLUMN "secrecy_ground" text,
        ADD COLUMN "secrecy_note" text,
        ADD CONSTRAINT "agenda_items_secrecy_check"
          CHECK ("visibility" = 'restricted' OR ("secrecy_ground" IS NULL AND "secrecy_note" IS NULL))`);

    await queryRunner.query(`
      ALTER TABLE "rounds" ADD COLUMN "case_number" text,
        ADD CONSTRAINT "rounds_case_number_check" CHECK (length("case_number") BETWEEN 1 AND 60)`);
    await queryRunner.query(`
      ALTER TABLE "meetings" ADD COLUMN "case_number" text,
        ADD CONSTRAINT "meetings_case_number_check" CHECK (length("case_number") BETWEEN 1 AND 60)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "meetings" DROP CONSTRAINT "meetings_case_number_check", DROP COLUMN "case_number"`,
    );
    await queryRunner.query(
      `ALTER TABLE "rounds" DROP CONSTRAINT "rounds_case_number_check", DROP COLUMN "case_number"`,
    );
    await queryRunner.query(`
      ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_secrecy_check",
        DROP COLUMN "secrecy_note", DROP COLUMN "secrecy_ground"`);
    await queryRunner.query(`DROP TABLE "secrecy_grounds"`);
  }
}
