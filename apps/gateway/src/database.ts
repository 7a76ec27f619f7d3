import type { ServiceDatabase } from '@ankomst/platform-database';
import { type GatewayConfig, loadGatewayConfig } from './config';

/** The gateway's own database: users, sessions and the audit log (entities join as features land). */
export function serviceDatabase(config: GatewayConfig = loadGatewayConfig()): ServiceDatabase {
  return {
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: [],
    migrations: [],
  };
}
