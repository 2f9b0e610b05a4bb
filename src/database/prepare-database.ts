import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { ensureDatabase } from './ensure-database.js';
import { type FirstAdminResult, ensureFirstAdmin } from './seeds/first-admin.js';
import { seedStrategyAreas } from '../strategy-area/strategy-area.seed.js';
import { seedOrganizations } from './seeds/vasterbotten.js';

export interface PrepareResult {
  databaseCreated: boolean;
  migrationsApplied: string[];
  organizationsSeeded: number;
  firstAdmin: FirstAdminResult | undefined;
}

/** Any fixed number: only one starting process at a time migrates and seeds. */
const PREPARE_LOCK = 4_024_001;

/** Creates the database if missing, applies migrations, seeds Västerbotten and the first admin. */
export async function prepareDatabase(config: AppConfig): Promise<PrepareResult> {
  const databaseCreated = await ensureDatabase(config.database.url);
  const dataSource = await new DataSource({ ...dataSourceOptions(config), extra: { max: 2 } }).initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK]);
    const applied = config.database.runMigrations
      ? await dataSource.runMigrations({ transaction: 'each' })
      : [];
    let organizationsSeeded = 0;
    let firstAdmin: FirstAdminResult | undefined;
    if (config.database.seed) {
      await dataSource.transaction(async (manager) => {
        organizationsSeeded = await seedOrganizations(manager);
        firstAdmin = await ensureFirstAdmin(manager, config);
        await seedStrategyAreas(manager);
      });
    }
    return {
      databaseCreated,
      migrationsApplied: applied.map((m) => m.name),
      organizationsSeeded,
      firstAdmin,
    };
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [PREPARE_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
