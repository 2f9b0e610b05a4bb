import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on (issue 16, docs/adr/0014):
 * - `person_identities`: a person's stable subject at an identity provider (`sub`, or Entra ID's
 *   `tid:oid`), linked at the first sign-in by a verified address and used from then on. `revoked_at` is set
 *   when the provider's role mapping stopped granting access (the person's login was switched off by it, and
 *   is switched on again when the mapping grants access again).
 * - `browser_sessions` remember which provider session they came from: the provider and subject, its `sid`
 *   (back-channel logout) and the ID token (the hint for RP-initiated logout).
 */
export class PersonIdentities1766860000000 implements MigrationInterface {
  name = 'PersonIdentities1766860000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "person_identities" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "person_id" uuid NOT NULL,
        "provider" text NOT NULL,
        "subject" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_sign_in_at" timestamptz NOT NULL DEFAULT now(),
        "revoked_at" timestamptz,
        CONSTRAINT "PK_person_identities" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_person_identities_subject" UNIQUE ("provider", "subject"),
        CONSTRAINT "FK_person_identities_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "person_identities_person_idx" ON "person_identities" ("person_id", "provider")`,
    );
    await queryRunner.query(`
      ALTER TABLE "browser_sessions"
        ADD COLUMN "identity_provider" text,
        ADD COLUMN "identity_subject" text,
        ADD COLUMN "identity_sid" text,
        ADD COLUMN "id_token" text`);
    await queryRunner.query(
      `CREATE INDEX "browser_sessions_identity_idx" ON "browser_sessions" ("identity_provider", "identity_subject")
         WHERE "identity_provider" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "browser_sessions_identity_idx"`);
    await queryRunner.query(`
      ALTER TABLE "browser_sessions"
        DROP COLUMN "identity_provider",
        DROP COLUMN "identity_subject",
        DROP COLUMN "identity_sid",
        DROP COLUMN "id_token"`);
    await queryRunner.query(`DROP TABLE "person_identities"`);
  }
}
