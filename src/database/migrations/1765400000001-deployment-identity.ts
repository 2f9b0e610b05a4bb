import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row naming this database (issue 12, point 11): the workers record it in Redis under
 * `<QUEUE_PREFIX>:owner`, so two deployments that share a Redis and a prefix notice each other at start.
 * The row is written by the first worker to start, not here, so databases cloned from a migrated template
 * (the tests) each get their own.
 */
export class DeploymentIdentity1765400000001 implements MigrationInterface {
  name = 'DeploymentIdentity1765400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "deployment_identity" (
        "singleton" boolean NOT NULL DEFAULT true,
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_deployment_identity" PRIMARY KEY ("singleton"),
        CONSTRAINT "deployment_identity_singleton_check" CHECK ("singleton")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "deployment_identity"`);
  }
}
