import type { ServiceDatabase } from '@ankomst/platform-database';
import { type IntroductionConfig, loadIntroductionConfig } from './config';

/** Entities and migrations of the introduction database (also read by `nx run introduction-service:migrate`). */
export function serviceDatabase(config: IntroductionConfig = loadIntroductionConfig()): ServiceDatabase {
  return {
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: [],
    migrations: [],
  };
}
