import type { ServiceDatabase } from '@ankomst/platform-database';
import { AuditEntryEntity } from './audit/audit-entry.entity';
import { BreakGlassGrantEntity } from './auth/break-glass/break-glass-grant.entity';
import { LoginFailureEntity } from './auth/login-failure.entity';
import { type GatewayConfig, loadGatewayConfig } from './config';
import { IdentityAndAudit1795700000000 } from './migrations/1795700000000-identity-and-audit';
import { RefreshTokenEntity } from './users/refresh-token.entity';
import { UserEntity } from './users/user.entity';

/** The gateway's own database: users, sessions and the audit log (entities join as features land). */
export function serviceDatabase(config: GatewayConfig = loadGatewayConfig()): ServiceDatabase {
  return {
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: [UserEntity, RefreshTokenEntity, LoginFailureEntity, BreakGlassGrantEntity, AuditEntryEntity],
    migrations: [IdentityAndAudit1795700000000],
  };
}
