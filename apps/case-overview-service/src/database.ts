import type { ServiceDatabase } from '@ankomst/platform-database';
import { messagingMigrations } from '@ankomst/platform-messaging';
import { type CaseOverviewConfig, loadCaseOverviewConfig } from './config';
import { CreateCaseOverview1795500000000 } from './migrations/1795500000000-create-case-overview';
import { DeadlineOpenByHousehold1795900000000 } from './migrations/1795900000000-deadline-open-by-household';
import { TimelineMemberRemoved1796138959000 } from './migrations/1796138959000-timeline-member-removed';

/** Entities and migrations of the case-overview database (also read by `nx run case-overview-service:migrate`). */
export function serviceDatabase(config: CaseOverviewConfig = loadCaseOverviewConfig()): ServiceDatabase {
  return {
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    // Plain SQL throughout: the read model is queried with hand-written, indexed statements.
    entities: [],
    migrations: [
      ...messagingMigrations,
      CreateCaseOverview1795500000000,
      DeadlineOpenByHousehold1795900000000,
      TimelineMemberRemoved1796138959000,
    ],
  };
}
