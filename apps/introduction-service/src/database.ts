import type { ServiceDatabase } from '@ankomst/platform-database';
import { messagingMigrations } from '@ankomst/platform-messaging';
import { type IntroductionConfig, loadIntroductionConfig } from './config';
import { ProgrammeCandidateEntity } from './programme-candidates/programme-candidate.entity';
import { CreateIntroductionTables1796110203075 } from './migrations/1796110203075-create-introduction-tables';

export const introductionEntities = [ProgrammeCandidateEntity];

/** The outbox and inbox tables first, then the service's own tables. */
export const introductionMigrations = [...messagingMigrations, CreateIntroductionTables1796110203075];

/** Entities and migrations of the introduction database (also read by `nx run introduction-service:migrate`). */
export function serviceDatabase(config: IntroductionConfig = loadIntroductionConfig()): ServiceDatabase {
  return {
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: introductionEntities,
    migrations: introductionMigrations,
  };
}
