import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closing agenda items (issue 11): a template item may be marked `closing` ("Övriga frågor"), and the agenda
 * item made from it keeps the mark, so that items added later land before it and the numbers already given
 * stay. Marks "Övriga frågor" as closing where a template ends with it (the shipped default among them) and
 * on the agenda items made from a template with that title.
 */
export class AgendaClosingItems1765100000000 implements MigrationInterface {
  name = 'AgendaClosingItems1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD COLUMN "closing" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`
      UPDATE "agenda_templates"
         SET "items" = jsonb_set("items", ARRAY[(jsonb_array_length("items") - 1)::text, 'closing'], 'true')
       WHERE jsonb_array_length("items") > 0
         AND lower("items" -> -1 ->> 'title') = 'övriga frågor'`);
    await queryRunner.query(`
      UPDATE "agenda_items" SET "closing" = true
       WHERE "source" = 'template' AND lower("title") = 'övriga frågor'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE "agenda_templates"
         SET "items" = (SELECT jsonb_agg("item" - 'closing' ORDER BY "n")
                          FROM jsonb_array_elements("items") WITH ORDINALITY AS e("item", "n"))
       WHERE jsonb_array_length("items") > 0`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "closing"`);
  }
}
