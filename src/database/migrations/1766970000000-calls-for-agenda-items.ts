import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calls for agenda items (issue 17, point 5): one row per meeting whose municipalities were called for items,
 * written in the transaction that queues the emails, so a meeting is called exactly once.
 */
export class CallsForAgendaItems1766970000000 implements MigrationInterface {
  name = 'CallsForAgendaItems1766970000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "agenda_calls_for_items" (
        "meeting_id" uuid PRIMARY KEY REFERENCES "meetings"("id") ON DELETE CASCADE,
        "call_date" date NOT NULL,
        "sent_at" timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "agenda_calls_for_items"`);
  }
}
