import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The change counter's bump (migration 1765010000000), once per region and transaction; `follow`: and the model's. */
function touchFunction(follow: boolean): string {
  return `
      CREATE OR REPLACE FUNCTION overview_touch(region uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        marker text;
      BEGIN
        IF region IS NULL THEN RETURN; END IF;
        marker := 'samverkan_overview.r' || replace(region::text, '-', '');
        IF current_setting(marker, true) = txid_current()::text THEN RETURN; END IF;
        INSERT INTO overview_versions (region_id, version, changed_at) VALUES (region, 1, clock_timestamp())
          ON CONFLICT (region_id)
          DO UPDATE SET version = overview_versions.version + 1, changed_at = excluded.changed_at;
        PERFORM set_config(marker, txid_current()::text, true);${follow ? '\n        PERFORM overview_model_follow(region);' : ''}
      END $$`;
}

/**
 * The overview's read model (issue 11 point 1, docs/adr/0009): one row of figures per organization (each
 * municipality and the region itself), kept by the writing transactions. The change counter's trigger
 * (overview_touch, once per region and transaction, at commit) now also recomputes the region's rows, so a
 * read is a lookup by region. The statements that compute the rows are the API's own
 * (OverviewRepository), stored by each API process at start in overview_model_statements: the figures keep
 * one definition, in one place. Rows carry the clock they were computed for (local date, window, time
 * zone) and the instant they stop holding without a write (the end of the region's next meeting); a read
 * that finds them outdated recomputes them (the first request of a new local day).
 */
export class OverviewModel1765800000000 implements MigrationInterface {
  name = 'OverviewModel1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "overview_model_statements" (
        "name" text NOT NULL,
        "sql" text NOT NULL,
        CONSTRAINT "PK_overview_model_statements" PRIMARY KEY ("name"),
        CONSTRAINT "CHK_overview_model_statements_name" CHECK ("name" IN ('municipalities', 'region'))
      )`);
    await queryRunner.query(`
      CREATE TABLE "overview_model" (
        "organization_id" uuid NOT NULL,
        "region_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "today" date NOT NULL,
        "window_start" date NOT NULL,
        "window_months" integer NOT NULL,
        "time_zone" text NOT NULL,
        "computed_at" timestamptz NOT NULL,
        "valid_until" timestamptz,
        "figures" jsonb,
        CONSTRAINT "PK_overview_model" PRIMARY KEY ("organization_id"),
        CONSTRAINT "CHK_overview_model_kind" CHECK ("kind" IN ('municipality', 'region'))
      )`);
    await queryRunner.query(`CREATE INDEX "overview_model_region_idx" ON "overview_model" ("region_id")`);
    // Recomputes a region's rows with the stored statements ($1 region, $2 now, $3 today, $4 window start,
    // $5 time zone, as the API runs them). An advisory lock per region orders the recomputations of
    // writers and readers: each statement after it sees every commit before it (read committed).
    await queryRunner.query(`
      CREATE FUNCTION overview_model_refresh(
        region uuid, at timestamptz, today date, window_start date, window_months integer, tz text
      ) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        municipalities_sql text;
        region_sql text;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('overview_model:' || region::text, 0));
        DELETE FROM overview_model WHERE region_id = region;
        SELECT sql INTO municipalities_sql FROM overview_model_statements WHERE name = 'municipalities';
        SELECT sql INTO region_sql FROM overview_model_statements WHERE name = 'region';
        IF municipalities_sql IS NULL OR region_sql IS NULL THEN RETURN; END IF;
        PERFORM set_config('jit', 'off', true);
        EXECUTE format(
          'INSERT INTO overview_model (organization_id, region_id, kind, today, window_start, window_months,
                                       time_zone, computed_at, valid_until, figures)
           SELECT r.id, $1, ''municipality'', $3, $4, $6, $5, $2, NULL, to_jsonb(r) FROM (%s) r',
          municipalities_sql) USING region, at, today, window_start, tz, window_months;
        -- Always one row for the region (figures NULL when it is not a region): it carries the validity.
        EXECUTE format(
          'INSERT INTO overview_model (organization_id, region_id, kind, today, window_start, window_months,
                                       time_zone, computed_at, valid_until, figures)
           SELECT $1, $1, ''region'', $3, $4, $6, $5, $2, (r.valid_until)::timestamptz,
                  CASE WHEN r.id IS NULL THEN NULL ELSE to_jsonb(r) END
             FROM (SELECT 1) one LEFT JOIN (%s) r ON true',
          region_sql) USING region, at, today, window_start, tz, window_months;
      END $$`);
    // Follows a write (at its commit, from overview_touch): recomputes the region for the clock its rows
    // were last read with. A region never read has no rows (the first read computes them); a transaction
    // that is not read committed would compute from its own older snapshot, so it only drops the rows; a
    // failing statement must not fail the write, so it drops them too and the next read recomputes.
    await queryRunner.query(`
      CREATE FUNCTION overview_model_follow(region uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        model record;
        at timestamptz := clock_timestamp();
        local_today date;
      BEGIN
        SELECT time_zone, window_months INTO model FROM overview_model WHERE organization_id = region;
        IF NOT FOUND THEN RETURN; END IF;
        IF current_setting('transaction_isolation') <> 'read committed' THEN
          DELETE FROM overview_model WHERE region_id = region;
          RETURN;
        END IF;
        local_today := (at AT TIME ZONE model.time_zone)::date;
        BEGIN
          PERFORM overview_model_refresh(
            region, at, local_today,
            (local_today - make_interval(months => model.window_months))::date,
            model.window_months, model.time_zone);
        EXCEPTION WHEN OTHERS THEN
          RAISE WARNING 'overview_model_follow: %', SQLERRM;
          DELETE FROM overview_model WHERE region_id = region;
        END;
      END $$`);
    await queryRunner.query(touchFunction(true));
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION overview_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE overview_versions SET version = version + 1, changed_at = clock_timestamp();
        DELETE FROM overview_model;
        RETURN NULL;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION overview_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE overview_versions SET version = version + 1, changed_at = clock_timestamp();
        RETURN NULL;
      END $$`);
    await queryRunner.query(touchFunction(false));
    await queryRunner.query(`DROP FUNCTION overview_model_follow(uuid)`);
    await queryRunner.query(
      `DROP FUNCTION overview_model_refresh(uuid, timestamptz, date, date, integer, text)`,
    );
    await queryRunner.query(`DROP TABLE "overview_model"`);
    await queryRunner.query(`DROP TABLE "overview_model_statements"`);
  }
}
