import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consulting the municipalities before a round binds (issue 17, point 4): a round sent as a proposal
 * (round_consultations), each consulted municipality's answer to its proposed slot (round_proposal_answers;
 * not on round_items, which a move rewrites), and the links in the emails, one per contact, stored as
 * SHA-256 hashes (round_proposal_links).
 */
export class RoundConsultations1766970000001 implements MigrationInterface {
  name = 'RoundConsultations1766970000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "round_consultations" (
        "round_id" uuid PRIMARY KEY REFERENCES "rounds"("id") ON DELETE CASCADE,
        "sent_at" timestamptz NOT NULL,
        "sent_by" uuid REFERENCES "people"("id") ON DELETE SET NULL,
        "answer_due_at" timestamptz NOT NULL,
        "expired_at" timestamptz
      )`);
    await queryRunner.query(`
      CREATE INDEX "round_consultations_open_idx" ON "round_consultations" ("answer_due_at")
        WHERE "expired_at" IS NULL`);
    await queryRunner.query(`
      CREATE TABLE "round_proposal_answers" (
        "round_id" uuid NOT NULL REFERENCES "round_consultations"("round_id") ON DELETE CASCADE,
        "organization_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE RESTRICT,
        "proposed_start_at" timestamptz NOT NULL,
        "answer" text CHECK ("answer" IN ('accepted', 'other')),
        "by_default" boolean NOT NULL DEFAULT false,
        "alternatives" jsonb NOT NULL DEFAULT '[]',
        "reason" text,
        "answered_by" uuid REFERENCES "people"("id") ON DELETE SET NULL,
        "answered_at" timestamptz,
        PRIMARY KEY ("round_id", "organization_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "round_proposal_links" (
        "token_hash" bytea PRIMARY KEY,
        "round_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "person_id" uuid REFERENCES "people"("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY ("round_id", "organization_id")
          REFERENCES "round_proposal_answers"("round_id", "organization_id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "round_proposal_links_person_idx" ON "round_proposal_links" ("person_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "round_proposal_links"`);
    await queryRunner.query(`DROP TABLE "round_proposal_answers"`);
    await queryRunner.query(`DROP TABLE "round_consultations"`);
  }
}
