import { type BreakGlassGrant } from '@ankomst/contracts';
import { type ConfirmedPerson, housingRpc } from '@ankomst/contracts/housing';
import { ServiceClient } from '@ankomst/platform-messaging';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThan } from 'typeorm';
import { UserEntity } from '../../users/user.entity';
import { AuditLogService } from '../../audit/audit-log.service';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../config';
import type { AuthenticatedUser } from '../../access/authenticated-request';
import { BreakGlassGrantEntity } from './break-glass-grant.entity';

/** Emergency access: granted on a stated reason, time-limited, always flagged in the audit log. */
@Injectable()
export class BreakGlassService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly audit: AuditLogService,
    private readonly services: ServiceClient,
  ) {}

  private get grants() {
    return this.dataSource.getRepository(BreakGlassGrantEntity);
  }

  async open(actor: AuthenticatedUser, personId: string, reason: string, correlationId: string): Promise<BreakGlassGrant> {
    // Only for a person on record in the caller's own municipality: a grant for an unknown
    // id, or for another municipality's person, would be missing from that person's access
    // report. The housing service answers 404 for both; the error passes on unchanged.
    await this.services.request<ConfirmedPerson>(
      housingRpc.confirmPerson,
      { personId },
      {
        correlationId,
        actor: { userId: actor.userId, role: actor.role, municipality: actor.municipality },
      },
    );
    const grantedAt = new Date();
    const grant = this.grants.create({
      userId: actor.userId,
      username: actor.username,
      role: actor.role,
      municipality: actor.municipality,
      personId,
      reason,
      grantedAt,
      expiresAt: new Date(grantedAt.getTime() + this.config.BREAK_GLASS_MINUTES * 60_000),
    });
    await this.grants.insert(grant);
    // Written before the grant is handed out: no audit entry, no access.
    await this.audit.append({
      userId: actor.userId,
      username: actor.username,
      role: actor.role,
      municipality: actor.municipality,
      action: 'break-glass.open',
      purpose: reason,
      personIds: [personId],
      result: 'success',
      correlationId,
      breakGlass: true,
    });
    return toView(grant);
  }

  async activeGrantId(userId: string, personId: string): Promise<string | undefined> {
    const grant = await this.grants.findOne({ where: { userId, personId, expiresAt: MoreThan(new Date()) }, order: { expiresAt: 'DESC' } });
    return grant?.id;
  }

  /** The user's grants that have not expired, soonest to end first. */
  async activeOf(userId: string): Promise<BreakGlassGrant[]> {
    const grants = await this.grants.find({ where: { userId, expiresAt: MoreThan(new Date()) }, order: { expiresAt: 'ASC' }, take: 50 });
    return grants.map(toView);
  }

  get minutes(): number {
    return this.config.BREAK_GLASS_MINUTES;
  }

  async list(municipality: string): Promise<BreakGlassGrant[]> {
    const grants = await this.grants.find({ where: { municipality }, order: { grantedAt: 'DESC' }, take: 500 });
    // The privacy officer follows up people, not usernames: each grant names its account.
    const userIds = [...new Set(grants.map((g) => g.userId))];
    const users = userIds.length
      ? await this.dataSource.getRepository(UserEntity).find({ where: { id: In(userIds) }, select: { id: true, displayName: true } })
      : [];
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    return grants.map((g) => ({ ...toView(g), ...(names.has(g.userId) ? { displayName: names.get(g.userId) } : {}) }));
  }
}

function toView(g: BreakGlassGrantEntity): BreakGlassGrant {
  return {
    id: g.id,
    userId: g.userId,
    username: g.username,
    role: g.role,
    municipality: g.municipality,
    personId: g.personId,
    reason: g.reason,
    grantedAt: g.grantedAt.toISOString(),
    expiresAt: g.expiresAt.toISOString(),
  };
}
