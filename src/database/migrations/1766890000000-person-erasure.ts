import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure of a person (issue 18, GDPR art. 17): `people.erased_at` marks a person whose contact data was
 * removed and whose name is a pseudonym. The audit log stays append-only, with one narrow exception: inside a
 * transaction that sets `samverkan.audit_redaction = on` (the erasure's own, by SET LOCAL), an UPDATE may
 * change an entry's `before`/`after` summaries and nothing else (a row trigger refuses any other column).
 */
export class PersonErasure1766890000000 implements MigrationInterface {
  name = 'PersonErasure1766890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "people" ADD "erased_at" timestamptz`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('samverkan.audit_redaction', true) = 'on' THEN
          RETURN NULL;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION "audit_log_redaction_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.id, NEW.occurred_at, NEW.actor_id, NEW.action, NEW.entity_type, NEW.entity_id,
            NEW.organization_id, NEW.correlation_id)
           IS DISTINCT FROM
           (OLD.id, OLD.occurred_at, OLD.actor_id, OLD.action, OLD.entity_type, OLD.entity_id,
            OLD.organization_id, OLD.correlation_id) THEN
          RAISE EXCEPTION 'audit_log: only the before/after summaries may be redacted'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_log_redaction_only" BEFORE UPDATE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION "audit_log_redaction_only"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_log_redaction_only" ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION "audit_log_redaction_only"()`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "erased_at"`);
  }
}
