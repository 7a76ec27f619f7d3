import type { ServiceDatabase } from '@ankomst/platform-database';
import { messagingMigrations } from '@ankomst/platform-messaging';
import { type VolunteeringConfig, loadVolunteeringConfig } from './config';
import { GuideRequestEntity } from './guide-requests/guide-request.entity';
import { VolunteerEntity } from './guides/volunteer.entity';
import { ContactEntity, MatchEntity } from './matches/match.entity';
import { OutboxMessageEntity } from './outbox/outbox-message.entity';
import { CreateVolunteeringTables1796110208740 } from './migrations/1796110208740-create-volunteering-tables';
import { VolunteersScreeningMatching1796200000000 } from './migrations/1796200000000-volunteers-screening-matching';

export const volunteeringEntities = [GuideRequestEntity, VolunteerEntity, MatchEntity, ContactEntity, OutboxMessageEntity];

/** The outbox and inbox tables first, then the service's own tables. */
export const volunteeringMigrations = [
  ...messagingMigrations,
  CreateVolunteeringTables1796110208740,
  VolunteersScreeningMatching1796200000000,
];

/** Entities and migrations of the volunteering database (also read by `nx run volunteering-service:migrate`). */
export function serviceDatabase(config: VolunteeringConfig = loadVolunteeringConfig()): ServiceDatabase {
  return {
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: volunteeringEntities,
    migrations: volunteeringMigrations,
  };
}
