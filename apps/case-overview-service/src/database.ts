import type { ServiceDatabase } from '@ankomst/platform-database';
import { type CaseOverviewConfig, loadCaseOverviewConfig } from './config';

/** Entities and migrations of the case-overview database (also read by `nx run case-overview-service:migrate`). */
export function serviceDatabase(config: CaseOverviewConfig = loadCaseOverviewConfig()): ServiceDatabase {
  return {
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: [],
    migrations: [],
  };
}
