import './resolve-ts-imports';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { TEST_POSTGRES_URL, databaseUrl, shortId } from './test-env';

/**
 * Creates this run's template database, migrated once; every test file clones it (CREATE DATABASE ...
 * TEMPLATE), so files never share rows and never pay for migrations again.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}_${shortId()}`;
  const template = `samverkan_test_${runId}_tpl`;
  process.env.SAMVERKAN_TEST_RUN = runId;
  process.env.SAMVERKAN_TEST_TEMPLATE = template;

  const admin = new Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  const config = loadConfig({ DATABASE_URL: databaseUrl(template), NODE_ENV: 'test' });
  const dataSource = await new DataSource({ ...dataSourceOptions(config), extra: { max: 1 } }).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
