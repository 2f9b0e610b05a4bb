import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meeting papers (handlingar, issue 15): files attached to agenda items. The bytes live in the object
 * storage (a folder or an S3 bucket) under `storage_key`; this row is what the service knows of them. A
 * deleted item or meeting takes its rows along (the service deletes their objects).
 */
export class AgendaItemPapers1766840000000 implements MigrationInterface {
  name = 'AgendaItemPapers1766840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "agenda_item_papers" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "agenda_item_id" uuid NOT NULL,
        "meeting_id" uuid NOT NULL,
        "original_name" text NOT NULL,
        "media_type" text NOT NULL,
        "size_bytes" bigint NOT NULL,
        "sha256" character(64) NOT NULL,
        "storage_key" text NOT NULL,
        "uploaded_by" uuid,
        "uploaded_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_agenda_item_papers" PRIMARY KEY ("id"),
        CONSTRAINT "agenda_item_papers_storage_key_unique" UNIQUE ("storage_key"),
        CONSTRAINT "FK_agenda_item_papers_item" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_agenda_item_papers_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_agenda_item_papers_uploader" FOREIGN KEY ("uploaded_by") REFERENCES "people"("id") ON DELETE SET NULL,
        CONSTRAINT "agenda_item_papers_size_check" CHECK ("size_bytes" >= 0),
        CONSTRAINT "agenda_item_papers_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$')
      )`);
    await queryRunner.query(
      `CREATE INDEX "agenda_item_papers_item_idx" ON "agenda_item_papers" ("agenda_item_id", "uploaded_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "agenda_item_papers_meeting_idx" ON "agenda_item_papers" ("meeting_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "agenda_item_papers_uploader_idx" ON "agenda_item_papers" ("uploaded_by")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "agenda_item_papers"`);
  }
}
