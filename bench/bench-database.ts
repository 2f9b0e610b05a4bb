/**
 * A benchmark's own database (bench:overview, bench:minutes): migrated and seeded as `npm start` does it,
 * dropped at the end.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../src/config/app-config.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { prepareDatabase } from '../src/database/prepare-database.js';
import { ensureFirstAdmin } from '../src/database/seeds/first-admin.js';
import { seedOrganizations } from '../src/database/seeds/vasterbotten.js';
import { seedStrategyAreas } from '../src/strategy-area/strategy-area.seed.js';

/** Creates and migrates config's database (SEED=false there), then seeds Västerbotten and the first admin. */
export async function prepareBenchDatabase(config: AppConfig): Promise<void> {
  await prepareDatabase(config);
  // The seeds as `npm start` runs them; the seed file lives at the project root, not under dist/bench-build.
  const seeding = await new DataSource({ ...dataSourceOptions(config), extra: { max: 1 } }).initialize();
  await seeding.transaction(async (manager) => {
    await seedOrganizations(manager, join(__dirname, '..', '..', '..', 'config', 'vasterbotten.json'));
    await ensureFirstAdmin(manager, config);
    await seedStrategyAreas(manager);
  });
  await seeding.destroy();
}

/** Drops database `name` of the server at `base` (through its maintenance database). */
export async function dropBenchDatabase(base: URL, name: string): Promise<void> {
  const maintenance = new URL(base);
  maintenance.pathname = '/postgres';
  const admin = new Client({ connectionString: maintenance.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/**
 * The environment of a service as `npm start` runs it in production, on the benchmark's database: its own
 * queue prefix and secret, the first admin, and one JSON log line per request (the caller discards stdout).
 */
export function productionEnv(
  url: URL,
  role: 'api' | 'all',
  queuePrefix: string,
  admin: { email: string; password: string },
): Record<string, string> {
  return {
    NODE_ENV: 'production',
    APP_ROLE: role,
    DATABASE_URL: url.toString(),
    QUEUE_PREFIX: queuePrefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    // As in production: one JSON line per request (stdout is discarded, the work is done).
    LOG_LEVEL: 'info',
    PUBLIC_URL: 'http://127.0.0.1',
    ALLOW_INSECURE_PUBLIC_URL: 'true',
    SEED: 'false',
  };
}
