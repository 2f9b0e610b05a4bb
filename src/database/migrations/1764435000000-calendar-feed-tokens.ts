import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarFeedTokens1764435000000 implements MigrationInterface {
  name = 'CalendarFeedTokens1764435000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "calendar_feed_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" text NOT NULL,
        "subject_id" uuid NOT NULL,
        "token_hash" text NOT NULL,
        "created_by" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "revoked_at" timestamptz,
        "last_used_at" timestamptz,
        CONSTRAINT "PK_calendar_feed_tokens" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_calendar_feed_tokens_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "FK_calendar_feed_tokens_created_by" FOREIGN KEY ("created_by") REFERENCES "people"("id") ON DELETE RESTRICT,
        CONSTRAINT "calendar_feed_tokens_kind_check" CHECK ("kind" IN ('person', 'organization')),
        CONSTRAINT "calendar_feed_tokens_hash_check" CHECK ("token_hash" ~ '^[0-9a-f]{64}$')
      )`);
    await queryRunner.query(
      `CREATE INDEX "calendar_feed_tokens_creator_idx" ON "calendar_feed_tokens" ("created_by")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "calendar_feed_tokens"`);
  }
}
