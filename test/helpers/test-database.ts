import { Client } from 'pg';
import { TEST_POSTGRES_URL, databaseUrl, shortId } from './test-env';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated, empty database cloned from this run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const runId = process.env.SAMVERKAN_TEST_RUN;
  const template = process.env.SAMVERKAN_TEST_TEMPLATE;
  if (!runId || !template) throw new Error('The e2e global setup did not run');
  const name = `samverkan_test_${runId}_${shortId()}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    name,
    url: databaseUrl(name),
    drop: () =>
      withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
