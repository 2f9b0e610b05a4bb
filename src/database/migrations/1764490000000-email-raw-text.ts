import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored messages as text: every message is 7-bit ASCII (quoted-printable, base64 and encoded words), so
 * bytea bought nothing but a hexadecimal form twice the size on every write and read (ADR 7).
 */
export class EmailRawText1764490000000 implements MigrationInterface {
  name = 'EmailRawText1764490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "emails" ALTER COLUMN "raw" TYPE text USING convert_from("raw", 'UTF8')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "emails" ALTER COLUMN "raw" TYPE bytea USING convert_to("raw", 'UTF8')`,
    );
  }
}
