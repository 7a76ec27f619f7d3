/**
 * `nx run <service>:migrate` / `:migrate-down`: runs or reverts the service's migrations.
 * Usage: node -r @swc-node/register libs/platform/database/src/migrate-cli.ts <data-source.ts> up|down
 */
import 'reflect-metadata';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { ensureDatabase } from './ensure-database';
import type { ServiceDatabase } from './data-source-options';
import { dataSourceOptions } from './data-source-options';

async function main() {
  const [file, direction = 'up'] = process.argv.slice(2);
  if (!file || !['up', 'down'].includes(direction)) {
    throw new Error('usage: migrate-cli <service database module> up|down');
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serviceDatabase } = require(path.resolve(file)) as { serviceDatabase: () => ServiceDatabase };
  const db = serviceDatabase();
  await ensureDatabase(db.serverUrl, db.database);
  const dataSource = await new DataSource(dataSourceOptions(db)).initialize();
  try {
    if (direction === 'up') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'up to date');
    } else {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('reverted the last migration');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
