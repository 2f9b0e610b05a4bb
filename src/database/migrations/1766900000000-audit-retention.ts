import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention of the audit log (issue 18, point 7): the log stays append-only, with one narrow exception for
 * the retention job. Inside a transaction that sets `samverkan.audit_retention_before` (by SET LOCAL) to a
 * cut-off time, a DELETE may remove entries written before that cut-off and at least a year ago; any other
 * DELETE, and every TRUNCATE, is refused. UPDATE keeps whatever `audit_log_append_only` allows.
 */
export class AuditRetention1766900000000 implements MigrationInterface {
  name = 'AuditRetention1766900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_log_no_change" ON "audit_log"`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_log_no_change" BEFORE UPDATE OR TRUNCATE ON "audit_log"
      FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"()`);
    await queryRunner.query(`
      CREATE FUNCTION "audit_log_retention_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cut_off text := coalesce(current_setting('samverkan.audit_retention_before', true), '');
      BEGIN
        IF cut_off = '' THEN
          RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.occurred_at >= cut_off::timestamptz OR OLD.occurred_at > now() - interval '1 year' THEN
          RAISE EXCEPTION 'audit_log: only entries older than the retention cut-off may be removed'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN OLD;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_log_retention_only" BEFORE DELETE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION "audit_log_retention_only"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_log_retention_only" ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION "audit_log_retention_only"()`);
    await queryRunner.query(`DROP TRIGGER "audit_log_no_change" ON "audit_log"`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_log_no_change" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_log"
      FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"()`);
  }
}
