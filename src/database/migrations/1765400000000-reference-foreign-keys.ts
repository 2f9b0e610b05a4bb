import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A foreign key on every column that refers to one row (issue 12): an id no row has can no longer be
 * stored, whatever a service forgets to check. Before each key, rows that already point nowhere are
 * cleaned: a link row to nothing is deleted, a nullable reference to nothing (an author who was never a
 * person) is set to null. A NOT NULL reference to nothing stops the migration with the count, rather than
 * deleting history.
 *
 * Deliberately without a key: `audit_log.actor_id` and `audit_log.organization_id` (the audit log keeps ids
 * as they were written, and an entry must never block or follow a change to what it describes);
 * `calendar_feed_tokens.subject_id` (a person or an organization, by `kind`); and the uuid[] columns
 * (`agenda_items.strategy_area_ids`, `agreements.default_participant_ids`, `minutes.organization_ids`,
 * `round_items.participant_ids`, `rounds.regional_team`), which PostgreSQL cannot give a foreign key; their
 * services resolve every id through the caller's scope before storing it.
 */
interface Reference {
  table: string;
  column: string;
  target: string;
  targetColumn?: string;
  onDelete: 'CASCADE' | 'SET NULL' | 'RESTRICT';
  /** What to do with rows that point nowhere today. */
  orphans: 'delete' | 'null' | 'refuse';
}

const PERSON = 'people';

export const REFERENCES: readonly Reference[] = [
  {
    table: 'question_agenda_items',
    column: 'agenda_item_id',
    target: 'agenda_items',
    onDelete: 'CASCADE',
    orphans: 'delete',
  },
  {
    table: 'actions',
    column: 'agenda_item_id',
    target: 'agenda_items',
    onDelete: 'SET NULL',
    orphans: 'null',
  },
  { table: 'actions', column: 'created_by', target: PERSON, onDelete: 'SET NULL', orphans: 'null' },
  { table: 'agenda_items', column: 'decided_by', target: PERSON, onDelete: 'SET NULL', orphans: 'null' },
  { table: 'agenda_templates', column: 'created_by', target: PERSON, onDelete: 'SET NULL', orphans: 'null' },
  { table: 'agendas', column: 'published_by', target: PERSON, onDelete: 'SET NULL', orphans: 'null' },
  { table: 'agreements', column: 'created_by', target: PERSON, onDelete: 'SET NULL', orphans: 'null' },
  { table: 'meetings', column: 'created_by', target: PERSON, onDelete: 'SET NULL', orphans: 'null' },
  { table: 'questions', column: 'created_by', target: PERSON, onDelete: 'SET NULL', orphans: 'null' },
  { table: 'rounds', column: 'created_by', target: PERSON, onDelete: 'SET NULL', orphans: 'null' },
  { table: 'rounds', column: 'confirmed_by', target: PERSON, onDelete: 'SET NULL', orphans: 'null' },
  { table: 'minutes', column: 'submitted_by', target: PERSON, onDelete: 'SET NULL', orphans: 'null' },
  { table: 'minutes_revisions', column: 'actor_id', target: PERSON, onDelete: 'SET NULL', orphans: 'null' },
  {
    table: 'minutes_reviews',
    column: 'submitted_by',
    target: PERSON,
    onDelete: 'RESTRICT',
    orphans: 'refuse',
  },
  { table: 'emails', column: 'recipient_person_id', target: PERSON, onDelete: 'SET NULL', orphans: 'null' },
  { table: 'minutes', column: 'region_id', target: 'organizations', onDelete: 'RESTRICT', orphans: 'refuse' },
  {
    table: 'minutes_adjusters',
    column: 'meeting_id',
    target: 'minutes',
    targetColumn: 'meeting_id',
    onDelete: 'CASCADE',
    orphans: 'refuse',
  },
  {
    table: 'action_reminder_deliveries',
    column: 'email_id',
    target: 'emails',
    onDelete: 'SET NULL',
    orphans: 'null',
  },
  {
    table: 'action_digest_deliveries',
    column: 'email_id',
    target: 'emails',
    onDelete: 'SET NULL',
    orphans: 'null',
  },
];

export function constraintName(reference: Reference): string {
  return `FK_${reference.table}_${reference.column}`;
}

export class ReferenceForeignKeys1765400000000 implements MigrationInterface {
  name = 'ReferenceForeignKeys1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const reference of REFERENCES) {
      const { table, column, target } = reference;
      const targetColumn = reference.targetColumn ?? 'id';
      const orphan =
        `"${column}" IS NOT NULL AND NOT EXISTS ` +
        `(SELECT 1 FROM "${target}" t WHERE t."${targetColumn}" = "${table}"."${column}")`;
      if (reference.orphans === 'delete') {
        await queryRunner.query(`DELETE FROM "${table}" WHERE ${orphan}`);
      } else if (reference.orphans === 'null') {
        await queryRunner.query(`UPDATE "${table}" SET "${column}" = NULL WHERE ${orphan}`);
      } else {
        const rows = (await queryRunner.query(
          `SELECT count(*)::int AS count FROM "${table}" WHERE ${orphan}`,
        )) as Array<{ count: number }>;
        const count = rows[0].count;
        if (count > 0) {
          throw new Error(
            `${count} row(s) of ${table} have a ${column} that matches no ${target}; ` +
              'mend them by hand before this migration can add the foreign key',
          );
        }
      }
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${constraintName(reference)}" FOREIGN KEY ("${column}") ` +
          `REFERENCES "${target}"("${targetColumn}") ON DELETE ${reference.onDelete}`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const reference of [...REFERENCES].reverse()) {
      await queryRunner.query(
        `ALTER TABLE "${reference.table}" DROP CONSTRAINT "${constraintName(reference)}"`,
      );
    }
  }
}
