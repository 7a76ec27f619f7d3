import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { databaseUrl } from './ensure-database';

export interface ServiceDatabase {
  /** Server URL without database name (DATABASE_URL). */
  serverUrl: string;
  /** The service's own database, e.g. ankomst_housing. */
  database: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

/** One shape for every service: migrations only, never schema sync. */
export function dataSourceOptions(db: ServiceDatabase): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl(db.serverUrl, db.database),
    entities: db.entities,
    migrations: db.migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: db.poolSize ?? 10 },
    // TypeORM's own error log prints query parameters (person data): errors are logged by
    // the platform's filters instead, with parameters redacted.
    logging: false,
  };
}
