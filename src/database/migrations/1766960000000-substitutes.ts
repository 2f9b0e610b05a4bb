import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Substitutes (issue 17, point 2):
 * - `meeting_participants.delegated_to_person_id`: the delegator's row names the colleague sent in their
 *   place (their PARTSTAT is DELEGATED); `delegated_from_person_id`: the substitute's row names whom they
 *   stand in for. Both RESTRICT, as every reference to a person (people are marked deleted, never deleted).
 * - `agreement_substitutes`: an agreement's standing substitutes, in order; `for_person_id` null means for
 *   anyone of the substitute's organization, otherwise for that default participant.
 */
export class Substitutes1766960000000 implements MigrationInterface {
  name = 'Substitutes1766960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "meeting_participants"
        ADD COLUMN "delegated_to_person_id" uuid NULL,
        ADD COLUMN "delegated_from_person_id" uuid NULL,
        ADD CONSTRAINT "FK_meeting_participants_delegated_to" FOREIGN KEY ("delegated_to_person_id")
          REFERENCES "people"("id") ON DELETE RESTRICT,
        ADD CONSTRAINT "FK_meeting_participants_delegated_from" FOREIGN KEY ("delegated_from_person_id")
          REFERENCES "people"("id") ON DELETE RESTRICT`);
    await queryRunner.query(`
      CREATE INDEX "meeting_participants_delegated_to_idx" ON "meeting_participants" ("delegated_to_person_id")
        WHERE "delegated_to_person_id" IS NOT NULL`);
    await queryRunner.query(`
      CREATE INDEX "meeting_participants_delegated_from_idx" ON "meeting_participants" ("delegated_from_person_id")
        WHERE "delegated_from_person_id" IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE "agreement_substitutes" (
        "agreement_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "person_id" uuid NOT NULL,
        "for_person_id" uuid NULL,
        CONSTRAINT "PK_agreement_substitutes" PRIMARY KEY ("agreement_id", "position"),
        CONSTRAINT "FK_agreement_substitutes_agreement" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_agreement_substitutes_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_agreement_substitutes_for_person" FOREIGN KEY ("for_person_id") REFERENCES "people"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(
      `CREATE INDEX "agreement_substitutes_person_idx" ON "agreement_substitutes" ("person_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "agreement_substitutes_for_person_idx" ON "agreement_substitutes" ("for_person_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "agreement_substitutes"`);
    await queryRunner.query(`DROP INDEX "meeting_participants_delegated_from_idx"`);
    await queryRunner.query(`DROP INDEX "meeting_participants_delegated_to_idx"`);
    await queryRunner.query(`
      ALTER TABLE "meeting_participants"
        DROP COLUMN "delegated_from_person_id",
        DROP COLUMN "delegated_to_person_id"`);
  }
}
