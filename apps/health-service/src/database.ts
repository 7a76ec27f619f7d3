import type { ServiceDatabase } from '@ankomst/platform-database';
import { messagingMigrations } from '@ankomst/platform-messaging';
import { ChecklistItemEntity } from './arrival-checklist/checklist-item.entity';
import { HealthPersonEntity } from './arrival-checklist/health-person.entity';
import { type HealthConfig, loadHealthConfig } from './config';
import { CoordinationCaseEntity } from './coordination/coordination-case.entity';
import { ExtraGrantEntity } from './extra-grants/extra-grant.entity';
import { CreateHealthTables1796110206245 } from './migrations/1796110206245-create-health-tables';
import { ArrivalChecklists1796200000000 } from './migrations/1796200000000-arrival-checklists';
import { CoordinationCases1796210000000 } from './migrations/1796210000000-coordination-cases';
import { ExtraGrants1796220000000 } from './migrations/1796220000000-extra-grants';
import { ArrivalChecklistListOrder1796230000000 } from './migrations/1796230000000-arrival-checklist-list-order';

export const healthEntities = [HealthPersonEntity, ChecklistItemEntity, CoordinationCaseEntity, ExtraGrantEntity];

/** The outbox and inbox tables first, then the service's own tables. */
export const healthMigrations = [
  ...messagingMigrations,
  CreateHealthTables1796110206245,
  ArrivalChecklists1796200000000,
  CoordinationCases1796210000000,
  ExtraGrants1796220000000,
  ArrivalChecklistListOrder1796230000000,
];

/** Entities and migrations of the health database (also read by `nx run health-service:migrate`). */
export function serviceDatabase(config: HealthConfig = loadHealthConfig()): ServiceDatabase {
  return {
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: healthEntities,
    migrations: healthMigrations,
  };
}
