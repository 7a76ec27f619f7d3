import type { ServiceDatabase } from '@ankomst/platform-database';
import { messagingMigrations } from '@ankomst/platform-messaging';
import { type HealthConfig, loadHealthConfig } from './config';
import { HealthAssessmentEntity } from './health-assessments/health-assessment.entity';
import { CreateHealthTables1796110206245 } from './migrations/1796110206245-create-health-tables';

export const healthEntities = [HealthAssessmentEntity];

/** The outbox and inbox tables first, then the service's own tables. */
export const healthMigrations = [...messagingMigrations, CreateHealthTables1796110206245];

/** Entities and migrations of the health database (also read by `nx run health-service:migrate`). */
export function serviceDatabase(config: HealthConfig = loadHealthConfig()): ServiceDatabase {
  return {
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: healthEntities,
    migrations: healthMigrations,
  };
}
