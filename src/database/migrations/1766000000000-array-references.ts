import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every reference column has its foreign key (issue 12, point 2; docs/adr/0012-references-in-arrays-and-json.md).
 *
 * - Person lists that are relations of their own become join tables with foreign keys, in the order the API
 *   shows: `agreements.default_participant_ids` → `agreement_default_participants`, `rounds.regional_team` →
 *   `round_regional_team`, `round_items.participant_ids` → `round_item_participants`. People are never
 *   deleted by the application (they are marked deleted), so ON DELETE RESTRICT keeps history intact.
 *   Existing ids that match no person are left out of the new table (a link to nothing, as migration
 *   1765400000000 did).
 * - `agenda_items.strategy_area_ids`, `minutes.organization_ids` and the ids inside the minutes' JSON keep
 *   their shape (the overview's read model and its triggers read the arrays): a constraint trigger refuses
 *   any id added that matches no row (SQLSTATE 23503, as a foreign key), and a trigger on the referenced
 *   table refuses deleting a row still named there (as ON DELETE RESTRICT).
 * - `calendar_feed_tokens.subject_id` (a person or an organization, by `kind`) gets one generated column per
 *   kind, each with its foreign key (a feed of a removed subject goes with it).
 * - `overview_versions.region_id` and `overview_model`'s ids: foreign keys, ON DELETE CASCADE (derived rows).
 */

/** The ids a minutes document names in its JSON, by the table they refer to. */
const MINUTES_JSON_IDS: Readonly<Record<string, readonly string[]>> = {
  people: ['attendance', '$[*].personId', 'actions', '$[*].ownerPersonId', 'actions', '$[*].addedBy'],
  organizations: ['attendance', '$[*].organizationId', 'actions', '$[*].ownerOrganizationId'],
  strategy_areas: ['actions', '$[*].strategyAreaIds[*]'],
  actions: ['actions', '$[*].actionId'],
};

/** SQL for the uuid[] of every id a minutes row (`rec`) names for `table`. */
function minutesIdsSql(table: string, rec: string): string {
  const paths = MINUTES_JSON_IDS[table];
  const parts: string[] = [];
  for (let index = 0; index < paths.length; index += 2) {
    parts.push(`SELECT v #>> '{}' AS id FROM jsonb_path_query(${rec}."${paths[index]}", '${paths[index + 1]}') v
                 WHERE jsonb_typeof(v) = 'string'`);
  }
  return `(SELECT coalesce(array_agg(DISTINCT id::uuid), '{}') FROM (${parts.join(' UNION ALL ')}) ids)`;
}

const GUARDED = ['people', 'organizations', 'strategy_areas', 'actions'] as const;

export class ArrayReferences1766000000000 implements MigrationInterface {
  name = 'ArrayReferences1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.joinTables(queryRunner);
    await this.checkedArrays(queryRunner);
    await this.feedSubjects(queryRunner);
    await this.overviewKeys(queryRunner);
  }

  private async joinTables(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "agreement_default_participants" (
        "agreement_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "position" integer NOT NULL,
        CONSTRAINT "PK_agreement_default_participants" PRIMARY KEY ("agreement_id", "person_id"),
        CONSTRAINT "FK_agreement_default_participants_agreement" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_agreement_default_participants_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(`
      CREATE TABLE "round_regional_team" (
        "round_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "position" integer NOT NULL,
        CONSTRAINT "PK_round_regional_team" PRIMARY KEY ("round_id", "person_id"),
        CONSTRAINT "FK_round_regional_team_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_round_regional_team_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(`
      CREATE TABLE "round_item_participants" (
        "round_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "position" integer NOT NULL,
        CONSTRAINT "PK_round_item_participants" PRIMARY KEY ("round_id", "organization_id", "person_id"),
        CONSTRAINT "FK_round_item_participants_item" FOREIGN KEY ("round_id", "organization_id") REFERENCES "round_items"("round_id", "organization_id") ON DELETE CASCADE,
        CONSTRAINT "FK_round_item_participants_person" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT
      )`);
    for (const [table, column] of [
      ['agreement_default_participants', 'person_id'],
      ['round_regional_team', 'person_id'],
      ['round_item_participants', 'person_id'],
    ]) {
      await queryRunner.query(`CREATE INDEX "${table}_${column}_idx" ON "${table}" ("${column}")`);
    }
    const known = `EXISTS (SELECT 1 FROM "people" p WHERE p."id" = l."person_id")`;
    await queryRunner.query(`
      INSERT INTO "agreement_default_participants" ("agreement_id", "person_id", "position")
      SELECT a."id", l."person_id", l."n" FROM "agreements" a
        CROSS JOIN LATERAL unnest(a."default_participant_ids") WITH ORDINALITY AS l("person_id", "n")
       WHERE ${known}
      ON CONFLICT DO NOTHING`);
    await queryRunner.query(`
      INSERT INTO "round_regional_team" ("round_id", "person_id", "position")
      SELECT r."id", l."person_id", l."n" FROM "rounds" r
        CROSS JOIN LATERAL unnest(r."regional_team") WITH ORDINALITY AS l("person_id", "n")
       WHERE ${known}
      ON CONFLICT DO NOTHING`);
    await queryRunner.query(`
      INSERT INTO "round_item_participants" ("round_id", "organization_id", "person_id", "position")
      SELECT i."round_id", i."organization_id", l."person_id", l."n" FROM "round_items" i
        CROSS JOIN LATERAL unnest(i."participant_ids") WITH ORDINALITY AS l("person_id", "n")
       WHERE ${known}
      ON CONFLICT DO NOTHING`);
    await queryRunner.query(`ALTER TABLE "agreements" DROP COLUMN "default_participant_ids"`);
    await queryRunner.query(`ALTER TABLE "rounds" DROP COLUMN "regional_team"`);
    await queryRunner.query(`ALTER TABLE "round_items" DROP COLUMN "participant_ids"`);
  }

  private async checkedArrays(queryRunner: QueryRunner): Promise<void> {
    // Refuses, as a foreign key does (23503), an id among `ids` that matches no row of `target`; locks the
    // rows found FOR KEY SHARE, as a foreign key check does, so a concurrent delete waits and then sees them.
    await queryRunner.query(`
      CREATE FUNCTION assert_references_exist(source text, target text, ids uuid[]) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        missing uuid;
      BEGIN
        IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
        EXECUTE format('SELECT count(*) FROM (SELECT 1 FROM %I WHERE id = ANY($1) FOR KEY SHARE) k', target) USING ids;
        EXECUTE format('SELECT i FROM unnest($1) AS i WHERE i IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM %I t WHERE t.id = i) LIMIT 1', target)
          INTO missing USING ids;
        IF missing IS NOT NULL THEN
          RAISE EXCEPTION '% names % that is not present in table "%"', source, missing, target
            USING ERRCODE = 'foreign_key_violation';
        END IF;
      END $$`);
    // Ids of NEW that OLD did not have: like a foreign key, an unchanged reference is not checked again.
    await queryRunner.query(`
      CREATE FUNCTION added_ids(new_ids uuid[], old_ids uuid[]) RETURNS uuid[] LANGUAGE sql IMMUTABLE AS $$
        SELECT coalesce(array_agg(DISTINCT i), '{}') FROM unnest(new_ids) AS i
         WHERE i IS NOT NULL AND NOT (i = ANY(coalesce(old_ids, '{}')))
      $$`);
    const minutesIds = (table: string, rec: string) => minutesIdsSql(table, rec);
    await queryRunner.query(`
      CREATE FUNCTION minutes_ids(rec minutes, target text) RETURNS uuid[] LANGUAGE plpgsql STABLE AS $$
      BEGIN
        CASE target
          ${Object.keys(MINUTES_JSON_IDS)
            .map((table) => `WHEN '${table}' THEN RETURN ${minutesIds(table, 'rec')};`)
            .join('\n          ')}
          ELSE RAISE EXCEPTION 'minutes_ids: % is not referenced', target;
        END CASE;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION agenda_items_references_check() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM assert_references_exist('agenda_items.strategy_area_ids', 'strategy_areas',
          added_ids(NEW.strategy_area_ids, CASE WHEN TG_OP = 'UPDATE' THEN OLD.strategy_area_ids END));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER "agenda_items_references" AFTER INSERT OR UPDATE OF "strategy_area_ids"
        ON "agenda_items" FOR EACH ROW EXECUTE FUNCTION agenda_items_references_check()`);
    await queryRunner.query(`
      CREATE FUNCTION minutes_references_check() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        target text;
      BEGIN
        PERFORM assert_references_exist('minutes.organization_ids', 'organizations',
          added_ids(NEW.organization_ids, CASE WHEN TG_OP = 'UPDATE' THEN OLD.organization_ids END));
        FOREACH target IN ARRAY ARRAY[${Object.keys(MINUTES_JSON_IDS)
          .map((table) => `'${table}'`)
          .join(', ')}] LOOP
          PERFORM assert_references_exist('the minutes'' JSON', target,
            added_ids(minutes_ids(NEW, target), CASE WHEN TG_OP = 'UPDATE' THEN minutes_ids(OLD, target) END));
        END LOOP;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER "minutes_references" AFTER INSERT OR UPDATE OF "organization_ids", "attendance", "actions"
        ON "minutes" FOR EACH ROW EXECUTE FUNCTION minutes_references_check()`);
    // ON DELETE RESTRICT for the ids in arrays and JSON (none of these rows is deleted by the application).
    await queryRunner.query(`
      CREATE FUNCTION array_references_restrict() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        named boolean := false;
      BEGIN
        IF TG_TABLE_NAME = 'strategy_areas' THEN
          named := EXISTS (SELECT 1 FROM agenda_items WHERE OLD.id = ANY(strategy_area_ids));
        ELSIF TG_TABLE_NAME = 'organizations' THEN
          named := EXISTS (SELECT 1 FROM minutes WHERE organization_ids @> ARRAY[OLD.id]);
        END IF;
        named := named OR EXISTS (SELECT 1 FROM minutes m WHERE OLD.id = ANY(minutes_ids(m, TG_TABLE_NAME)));
        IF named THEN
          RAISE EXCEPTION 'delete on table "%" violates a reference: % is still named by agenda items or minutes',
            TG_TABLE_NAME, OLD.id USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN OLD;
      END $$`);
    for (const table of GUARDED) {
      await queryRunner.query(`
        CREATE TRIGGER "${table}_array_references_restrict" BEFORE DELETE ON "${table}"
          FOR EACH ROW EXECUTE FUNCTION array_references_restrict()`);
    }
    // Rows written before this migration: the same check once (refusing, with the row, rather than guessing).
    const orphans = (await queryRunner.query(`
      SELECT 'agenda item ' || id AS row FROM agenda_items a
       WHERE EXISTS (SELECT 1 FROM unnest(a.strategy_area_ids) i WHERE NOT EXISTS (SELECT 1 FROM strategy_areas s WHERE s.id = i))
      UNION ALL
      SELECT 'minutes of meeting ' || meeting_id FROM minutes m
       WHERE EXISTS (SELECT 1 FROM unnest(m.organization_ids) i WHERE NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = i))
          ${Object.keys(MINUTES_JSON_IDS)
            .map(
              (table) =>
                `OR EXISTS (SELECT 1 FROM unnest(minutes_ids(m, '${table}')) i WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.id = i))`,
            )
            .join('\n          ')}
      LIMIT 20`)) as Array<{ row: string }>;
    if (orphans.length > 0) {
      throw new Error(
        `ids that match no row in: ${orphans.map((orphan) => orphan.row).join(', ')}; ` +
          'mend them by hand before this migration can guard the references',
      );
    }
  }

  private async feedSubjects(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM "calendar_feed_tokens" f
       WHERE (f."kind" = 'person' AND NOT EXISTS (SELECT 1 FROM "people" p WHERE p."id" = f."subject_id"))
          OR (f."kind" = 'organization' AND NOT EXISTS (SELECT 1 FROM "organizations" o WHERE o."id" = f."subject_id"))`);
    await queryRunner.query(`
      ALTER TABLE "calendar_feed_tokens"
        ADD COLUMN "subject_person_id" uuid
          GENERATED ALWAYS AS (CASE WHEN "kind" = 'person' THEN "subject_id" END) STORED,
        ADD COLUMN "subject_organization_id" uuid
          GENERATED ALWAYS AS (CASE WHEN "kind" = 'organization' THEN "subject_id" END) STORED,
        ADD CONSTRAINT "FK_calendar_feed_tokens_subject_person" FOREIGN KEY ("subject_person_id")
          REFERENCES "people"("id") ON DELETE CASCADE,
        ADD CONSTRAINT "FK_calendar_feed_tokens_subject_organization" FOREIGN KEY ("subject_organization_id")
          REFERENCES "organizations"("id") ON DELETE CASCADE`);
  }

  private async overviewKeys(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "overview_versions" v WHERE NOT EXISTS (SELECT 1 FROM "organizations" o WHERE o."id" = v."region_id")`,
    );
    await queryRunner.query(
      `DELETE FROM "overview_model" m WHERE NOT EXISTS (SELECT 1 FROM "organizations" o WHERE o."id" = m."organization_id")
          OR NOT EXISTS (SELECT 1 FROM "organizations" o WHERE o."id" = m."region_id")`,
    );
    await queryRunner.query(`
      ALTER TABLE "overview_versions" ADD CONSTRAINT "FK_overview_versions_region"
        FOREIGN KEY ("region_id") REFERENCES "organizations"("id") ON DELETE CASCADE`);
    await queryRunner.query(`
      ALTER TABLE "overview_model"
        ADD CONSTRAINT "FK_overview_model_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE,
        ADD CONSTRAINT "FK_overview_model_region" FOREIGN KEY ("region_id") REFERENCES "organizations"("id") ON DELETE CASCADE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "overview_model" DROP CONSTRAINT "FK_overview_model_region"`);
    await queryRunner.query(`ALTER TABLE "overview_model" DROP CONSTRAINT "FK_overview_model_organization"`);
    await queryRunner.query(`ALTER TABLE "overview_versions" DROP CONSTRAINT "FK_overview_versions_region"`);
    await queryRunner.query(
      `ALTER TABLE "calendar_feed_tokens" DROP COLUMN "subject_organization_id", DROP COLUMN "subject_person_id"`,
    );
    for (const table of GUARDED) {
      await queryRunner.query(`DROP TRIGGER "${table}_array_references_restrict" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION array_references_restrict()`);
    await queryRunner.query(`DROP TRIGGER "minutes_references" ON "minutes"`);
    await queryRunner.query(`DROP FUNCTION minutes_references_check()`);
    await queryRunner.query(`DROP TRIGGER "agenda_items_references" ON "agenda_items"`);
    await queryRunner.query(`DROP FUNCTION agenda_items_references_check()`);
    await queryRunner.query(`DROP FUNCTION minutes_ids(minutes, text)`);
    await queryRunner.query(`DROP FUNCTION added_ids(uuid[], uuid[])`);
    await queryRunner.query(`DROP FUNCTION assert_references_exist(text, text, uuid[])`);
    await queryRunner.query(
      `ALTER TABLE "agreements" ADD COLUMN "default_participant_ids" uuid[] NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "rounds" ADD COLUMN "regional_team" uuid[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "rounds" ALTER COLUMN "regional_team" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "round_items" ADD COLUMN "participant_ids" uuid[] NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`
      UPDATE "agreements" a SET "default_participant_ids" = l."ids"
        FROM (SELECT "agreement_id", array_agg("person_id" ORDER BY "position") AS "ids"
                FROM "agreement_default_participants" GROUP BY "agreement_id") l
       WHERE l."agreement_id" = a."id"`);
    await queryRunner.query(`
      UPDATE "rounds" r SET "regional_team" = l."ids"
        FROM (SELECT "round_id", array_agg("person_id" ORDER BY "position") AS "ids"
                FROM "round_regional_team" GROUP BY "round_id") l
       WHERE l."round_id" = r."id"`);
    await queryRunner.query(`
      UPDATE "round_items" i SET "participant_ids" = l."ids"
        FROM (SELECT "round_id", "organization_id", array_agg("person_id" ORDER BY "position") AS "ids"
                FROM "round_item_participants" GROUP BY "round_id", "organization_id") l
       WHERE l."round_id" = i."round_id" AND l."organization_id" = i."organization_id"`);
    await queryRunner.query(`DROP TABLE "round_item_participants"`);
    await queryRunner.query(`DROP TABLE "round_regional_team"`);
    await queryRunner.query(`DROP TABLE "agreement_default_participants"`);
  }
}
