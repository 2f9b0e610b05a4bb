import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Action history entries get random ids (issue 11): the bigint identity was one sequence over every
 * municipality, so the gaps between a municipality's own entries showed other tenants' activity. The old
 * number stays as `seq`, never shown, to order the entries written in one transaction (same occurred_at).
 */
export class ActionEventUuids1765000000000 implements MigrationInterface {
  name = 'ActionEventUuids1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_events" DROP CONSTRAINT "PK_action_events"`);
    await queryRunner.query(`DROP INDEX "action_events_action_idx"`);
    await queryRunner.query(`ALTER TABLE "action_events" RENAME COLUMN "id" TO "seq"`);
    await queryRunner.query(
      `ALTER TABLE "action_events" ADD COLUMN "id" uuid NOT NULL DEFAULT gen_random_uuid()`,
    );
    await queryRunner.query(`ALTER TABLE "action_events" ADD CONSTRAINT "PK_action_events" PRIMARY KEY ("id")`);
    await queryRunner.query(
      `CREATE INDEX "action_events_action_idx" ON "action_events" ("action_id", "occurred_at", "seq")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_events" DROP CONSTRAINT "PK_action_events"`);
    await queryRunner.query(`DROP INDEX "action_events_action_idx"`);
    await queryRunner.query(`ALTER TABLE "action_events" DROP COLUMN "id"`);
    await queryRunner.query(`ALTER TABLE "action_events" RENAME COLUMN "seq" TO "id"`);
    await queryRunner.query(`ALTER TABLE "action_events" ADD CONSTRAINT "PK_action_events" PRIMARY KEY ("id")`);
    await queryRunner.query(
      `CREATE INDEX "action_events_action_idx" ON "action_events" ("action_id", "occurred_at", "id")`,
    );
  }
}
