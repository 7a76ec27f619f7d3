import type { ServiceDatabase } from '@ankomst/platform-database';
import { type HousingConfig, loadHousingConfig } from './config';

/** Entities and migrations of the housing database (also read by `nx run housing-service:migrate`). */
export function serviceDatabase(config: HousingConfig = loadHousingConfig()): ServiceDatabase {
  return {
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: [],
    migrations: [],
  };
}
