import type { ServiceDatabase } from '@ankomst/platform-database';
import { messagingMigrations } from '@ankomst/platform-messaging';
import { type VolunteeringConfig, loadVolunteeringConfig } from './config';
import { GuideRequestEntity } from './guide-requests/guide-request.entity';
import { CreateVolunteeringTables1796110208740 } from './migrations/1796110208740-create-volunteering-tables';

export const volunteeringEntities = [GuideRequestEntity];

/** The outbox and inbox tables first, then the service's own tables. */
export const volunteeringMigrations = [...messagingMigrations, CreateVolunteeringTables1796110208740];

/** Entities and migrations of the volunteering database (also read by `nx run volunteering-service:migrate`). */
export function serviceDatabase(config: VolunteeringConfig = loadVolunteeringConfig()): ServiceDatabase {
  return {
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: volunteeringEntities,
    migrations: volunteeringMigrations,
  };
}
