import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import { preparedQuery } from '../database/prepared-query';
import { RefreshTokenEntity } from './refresh-token.entity';

export type RotationOutcome =
  | { kind: 'rotated'; userId: string; familyId: string; token: string; expiresAt: Date }
  | { kind: 'invalid' }
  /** A token that was already exchanged came back: someone holds a copy. The family is revoked. */
  | { kind: 'reused'; userId: string };

const SESSION_IS_LIVE_SQL = `
  SELECT 1 FROM refresh_token t JOIN app_user u ON u.id = t.user_id
   WHERE t.family_id = $1 AND t.user_id = $2 AND u.active AND t.revoked_at IS NULL AND t.expires_at > now()
   LIMIT 1`;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Refresh-token sessions: issue, rotate within a family, revoke. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async start(userId: string): Promise<{ familyId: string; token: string; expiresAt: Date }> {
    const familyId = randomUUID();
    return { familyId, ...(await this.issue(userId, familyId, new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000))) };
  }

  /**
   * Access tokens name their session: they die with it (logout, reuse detection, password
   * change, deactivation, role change) instead of living on until they expire.
   */
  async isLive(familyId: string, userId: string): Promise<boolean> {
    // Asked on every authenticated request: a prepared statement, outside TypeORM's query runner.
    const { rows } = await preparedQuery(this.dataSource, 'session_is_live', SESSION_IS_LIVE_SQL, [familyId, userId]);
    return rows.length > 0;
  }

  async rotate(presented: string): Promise<RotationOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(RefreshTokenEntity);
      // Row lock: two concurrent refreshes with one token cannot both succeed.
      const current = await repository.findOne({ where: { tokenHash: sha256(presented) }, lock: { mode: 'pessimistic_write' } });
      if (!current) return { kind: 'invalid' } as const;
      if (current.replacedAt) {
        await repository.update({ familyId: current.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return { kind: 'reused', userId: current.userId } as const;
      }
      if (current.revokedAt || current.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' } as const;
      const active = await manager.query('SELECT 1 FROM app_user WHERE id = $1 AND active', [current.userId]);
      if (!(active as unknown[]).length) return { kind: 'invalid' } as const;
      await repository.update({ id: current.id }, { replacedAt: new Date() });
      // The family keeps its absolute end: rotation does not extend a session forever.
      const next = await this.issue(current.userId, current.familyId, current.expiresAt, manager.getRepository(RefreshTokenEntity));
      return { kind: 'rotated', userId: current.userId, familyId: current.familyId, ...next } as const;
    });
  }

  /** Logout: ends the session the token belongs to. */
  async revokeFamilyOf(presented: string): Promise<void> {
    const repository = this.dataSource.getRepository(RefreshTokenEntity);
    const token = await repository.findOneBy({ tokenHash: sha256(presented) });
    if (token) await repository.update({ familyId: token.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Password change, deactivation: ends every session of the user. */
  async revokeAllOf(userId: string): Promise<void> {
    await this.dataSource.getRepository(RefreshTokenEntity).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async issue(userId: string, familyId: string, expiresAt: Date, repository = this.dataSource.getRepository(RefreshTokenEntity)) {
    const token = randomBytes(32).toString('base64url');
    await repository.insert({
      familyId,
      userId,
      tokenHash: sha256(token),
      createdAt: new Date(),
      expiresAt,
      replacedAt: null,
      revokedAt: null,
    });
    return { token, expiresAt };
  }
}
