import { Client } from 'pg';
import { ensureDatabase } from '../src/database/ensure-database';
import { TEST_POSTGRES_URL, databaseUrl, shortId } from './helpers/test-env';

describe('ensureDatabase', () => {
  const name = `samverkan_test_${process.env.SAMVERKAN_TEST_RUN}_race${shortId()}`;

  afterAll(async () => {
    const admin = new Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('creates a missing database once when several processes start at the same moment', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => ensureDatabase(databaseUrl(name))));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await ensureDatabase(databaseUrl(name))).toBe(false);
  });
});
