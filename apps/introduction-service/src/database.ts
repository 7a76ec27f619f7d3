import type { ServiceDatabase } from '@ankomst/platform-database';
import { messagingMigrations } from '@ankomst/platform-messaging';
import { type IntroductionConfig, loadIntroductionConfig } from './config';
import { HousingPersonEntity } from './participants/housing-person.entity';
import { ParticipantEntity } from './participants/participant.entity';
import { PlanVersionEntity } from './plans/plan-version.entity';
import { CreateIntroductionTables1796110203075 } from './migrations/1796110203075-create-introduction-tables';
import { IntroductionProgramme1796300000000 } from './migrations/1796300000000-introduction-programme';
import { IntroductionFollowUp1796400000000 } from './migrations/1796400000000-introduction-follow-up';

export const introductionEntities = [HousingPersonEntity, ParticipantEntity, PlanVersionEntity];

/** The outbox and inbox tables first, then the service's own tables. */
export const introductionMigrations = [
  ...messagingMigrations,
  CreateIntroductionTables1796110203075,
  IntroductionProgramme1796300000000,
  IntroductionFollowUp1796400000000,
];

/** Entities and migrations of the introduction database (also read by `nx run introduction-service:migrate`). */
export function serviceDatabase(config: IntroductionConfig = loadIntroductionConfig()): ServiceDatabase {
  return {
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: introductionEntities,
    migrations: introductionMigrations,
  };
}
