import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Browser sign-in (issue 13) and credentials that end (issue 12.4):
 * - `people.credentials_version` rises with every password change, disable, role or organization change;
 *   our bearer tokens carry it and a browser session records it, so both end with the change.
 * - `browser_sessions`: the server side of the `samverkan_session` cookie, known only by the SHA-256 of the
 *   cookie's value.
 * - `password_links`: single-use, expiring set-password and reset links, known only by their SHA-256.
 */
export class BrowserSessions1765500000000 implements MigrationInterface {
  name = 'BrowserSessions1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "people" ADD COLUMN "credentials_version" integer NOT NULL DEFAULT 0`,
    );
    await queryRunner.query(`
      CREATE TABLE "browser_sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "token_hash" text NOT NULL,
        "person_id" uuid NOT NULL,
        "credentials_version" integer NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_seen_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        CONSTRAINT "PK_browser_sessions" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_browser_sessions_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "FK_browser_sessions_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "browser_sessions_person_idx" ON "browser_sessions" ("person_id")`);
    await queryRunner.query(
      `CREATE INDEX "browser_sessions_expires_idx" ON "browser_sessions" ("expires_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "password_links" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "token_hash" text NOT NULL,
        "person_id" uuid NOT NULL,
        "purpose" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        CONSTRAINT "PK_password_links" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_password_links_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "FK_password_links_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE,
        CONSTRAINT "password_links_purpose_check" CHECK ("purpose" IN ('set', 'reset'))
      )`);
    await queryRunner.query(`CREATE INDEX "password_links_person_idx" ON "password_links" ("person_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "password_links"`);
    await queryRunner.query(`DROP TABLE "browser_sessions"`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "credentials_version"`);
  }
}
