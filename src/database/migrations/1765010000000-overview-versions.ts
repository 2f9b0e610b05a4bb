import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which rows each table's overview trigger watches. `when`: the columns an UPDATE must change to matter
 * (the overview reads no other); none: every UPDATE.
 */
const WATCHED: ReadonlyArray<{ table: string; when?: readonly string[] }> = [
  { table: 'organizations', when: ['name', 'code', 'kind', 'parent_id'] },
  { table: 'agreements' },
  { table: 'meetings', when: ['status', 'start_at', 'end_at', 'region_id'] },
  { table: 'meeting_organizations' },
  { table: 'agenda_items', when: ['status', 'strategy_area_ids', 'meeting_id'] },
  {
    table: 'minutes',
    when: ['status', 'first_submitted_at', 'locked_at', 'organization_ids', 'region_id', 'meeting_id'],
  },
  { table: 'minutes_reviews', when: ['number', 'deadline_at', 'meeting_id'] },
  { table: 'actions' },
  { table: 'action_strategy_areas' },
  { table: 'questions' },
  { table: 'question_organizations' },
  { table: 'question_strategy_areas' },
  { table: 'strategy_areas' },
];

/**
 * The overview's change counter (issue 11, docs/adr/0009): one row per region whose version rises in the
 * very transaction that changes anything the overview reads, so an API process compares one small row with
 * the version its cached figures were computed at and serves them only when nothing has changed since. The
 * triggers are deferred constraint triggers: they run at commit, after every other lock of the transaction
 * was taken, so the counter row is locked last and only for the commit itself (no lock-order deadlock with
 * the writers' own rows), and once per region and transaction (a transaction-local marker).
 */
export class OverviewVersions1765010000000 implements MigrationInterface {
  name = 'OverviewVersions1765010000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "overview_versions" (
        "region_id" uuid NOT NULL,
        "version" bigint NOT NULL DEFAULT 1,
        "changed_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_overview_versions" PRIMARY KEY ("region_id")
      )`);
    await queryRunner.query(`
      INSERT INTO "overview_versions" ("region_id") SELECT "id" FROM "organizations" WHERE "kind" = 'region'`);
    // Bumps a region's version once per transaction.
    await queryRunner.query(`
      CREATE FUNCTION overview_touch(region uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        marker text;
      BEGIN
        IF region IS NULL THEN RETURN; END IF;
        marker := 'samverkan_overview.r' || replace(region::text, '-', '');
        IF current_setting(marker, true) = txid_current()::text THEN RETURN; END IF;
        INSERT INTO overview_versions (region_id, version, changed_at) VALUES (region, 1, clock_timestamp())
          ON CONFLICT (region_id)
          DO UPDATE SET version = overview_versions.version + 1, changed_at = excluded.changed_at;
        PERFORM set_config(marker, txid_current()::text, true);
      END $$`);
    // The region a row of a watched table belongs to (at commit: parents deleted in the same transaction
    // touch their region themselves).
    await queryRunner.query(`
      CREATE FUNCTION overview_region_of(tbl text, rec jsonb) RETURNS uuid LANGUAGE plpgsql STABLE AS $$
      BEGIN
        CASE tbl
          WHEN 'meetings', 'actions', 'questions', 'minutes', 'strategy_areas' THEN
            RETURN (rec->>'region_id')::uuid;
          WHEN 'organizations' THEN
            RETURN coalesce((rec->>'parent_id')::uuid, (rec->>'id')::uuid);
          WHEN 'agreements' THEN
            RETURN (SELECT parent_id FROM organizations WHERE id = (rec->>'organization_id')::uuid);
          WHEN 'meeting_organizations', 'agenda_items', 'minutes_reviews' THEN
            RETURN (SELECT region_id FROM meetings WHERE id = (rec->>'meeting_id')::uuid);
          WHEN 'action_strategy_areas', 'question_strategy_areas' THEN
            RETURN (SELECT region_id FROM strategy_areas WHERE id = (rec->>'strategy_area_id')::uuid);
          WHEN 'question_organizations' THEN
            RETURN (SELECT region_id FROM questions WHERE id = (rec->>'question_id')::uuid);
          ELSE
            RAISE EXCEPTION 'overview_region_of: % is not watched', tbl;
        END CASE;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION overview_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM overview_touch(overview_region_of(TG_TABLE_NAME, to_jsonb(OLD)));
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM overview_touch(overview_region_of(TG_TABLE_NAME, to_jsonb(NEW)));
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION overview_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE overview_versions SET version = version + 1, changed_at = clock_timestamp();
        RETURN NULL;
      END $$`);
    for (const { table, when } of WATCHED) {
      const deferred = `DEFERRABLE INITIALLY DEFERRED FOR EACH ROW`;
      await queryRunner.query(`
        CREATE CONSTRAINT TRIGGER "overview_${table}_changed" AFTER INSERT OR DELETE ON "${table}"
          ${deferred} EXECUTE FUNCTION overview_row_changed()`);
      const condition = when
        ? `WHEN (${when.map((column) => `OLD."${column}" IS DISTINCT FROM NEW."${column}"`).join(' OR ')})`
        : '';
      await queryRunner.query(`
        CREATE CONSTRAINT TRIGGER "overview_${table}_updated"
          AFTER UPDATE${when ? ` OF ${when.map((column) => `"${column}"`).join(', ')}` : ''} ON "${table}"
          ${deferred} ${condition} EXECUTE FUNCTION overview_row_changed()`);
      await queryRunner.query(`
        CREATE TRIGGER "overview_${table}_truncated" AFTER TRUNCATE ON "${table}"
          FOR EACH STATEMENT EXECUTE FUNCTION overview_truncated()`);
    }
    // The region's totals (issue 11): open actions and those created in the look-back window, per region.
    await queryRunner.query(
      `CREATE INDEX "actions_region_open_due_idx" ON "actions" ("region_id", "due_date") WHERE "status" IN ('open', 'in_progress')`,
    );
    await queryRunner.query(
      `CREATE INDEX "actions_region_created_idx" ON "actions" ("region_id", "created_at")`,
    );
    await queryRunner.query(`CREATE INDEX "minutes_region_status_idx" ON "minutes" ("region_id", "status")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "minutes_region_status_idx"`);
    await queryRunner.query(`DROP INDEX "actions_region_created_idx"`);
    await queryRunner.query(`DROP INDEX "actions_region_open_due_idx"`);
    for (const { table } of [...WATCHED].reverse()) {
      await queryRunner.query(`DROP TRIGGER "overview_${table}_truncated" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "overview_${table}_updated" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "overview_${table}_changed" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION overview_truncated()`);
    await queryRunner.query(`DROP FUNCTION overview_row_changed()`);
    await queryRunner.query(`DROP FUNCTION overview_region_of(text, jsonb)`);
    await queryRunner.query(`DROP FUNCTION overview_touch(uuid)`);
    await queryRunner.query(`DROP TABLE "overview_versions"`);
  }
}
