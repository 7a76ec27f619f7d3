import type { ServiceDatabase } from '@ankomst/platform-database';
import { type VolunteeringConfig, loadVolunteeringConfig } from './config';

/** Entities and migrations of the volunteering database (also read by `nx run volunteering-service:migrate`). */
export function serviceDatabase(config: VolunteeringConfig = loadVolunteeringConfig()): ServiceDatabase {
  return {
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: [],
    migrations: [],
  };
}
