import { DataSource } from 'typeorm';
import { loadConfigFromProcess } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { ensureDatabase } from './ensure-database.js';

/** `npm run migration:run` and `npm run migration:revert`. */
async function main(command: string | undefined): Promise<void> {
  const config = loadConfigFromProcess();
  await ensureDatabase(config.database.url);
  const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  try {
    if (command === 'run') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      process.stdout.write(
        `${applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'schema is up to date'}\n`,
      );
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      process.stdout.write('reverted the last migration\n');
    } else {
      throw new Error('usage: cli.js run|revert');
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
