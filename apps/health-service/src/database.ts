import type { ServiceDatabase } from '@ankomst/platform-database';
import { type HealthConfig, loadHealthConfig } from './config';

/** Entities and migrations of the health database (also read by `nx run health-service:migrate`). */
export function serviceDatabase(config: HealthConfig = loadHealthConfig()): ServiceDatabase {
  return {
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: [],
    migrations: [],
  };
}
