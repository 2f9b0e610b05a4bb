import { Client } from 'pg';
import { TEST_POSTGRES_URL } from './test-env';

/** Drops every database this run created (the template and any clone a crashed file left behind). */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env.SAMVERKAN_TEST_RUN;
  if (!runId) return;
  const admin = new Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`samverkan_test_${runId}_%`],
    );
    for (const { datname } of rows) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}
