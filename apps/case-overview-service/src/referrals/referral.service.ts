import { type Actor } from '@ankomst/contracts';
import {
  categorySharedBy,
  type CreateReferral,
  type DecideReferral,
  type Department,
  departmentOf,
  type ListReferrals,
  type Referral,
  referralChanged,
  type ReferralList,
  type ReferralStatus,
  scopeKey,
} from '@ankomst/contracts/case-overview';
import { authorize, EventRecorder, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { ConsentService } from '../consent/consent.service';
import { ageOn, todayInOslo } from '@ankomst/contracts';

interface ReferralRow {
  id: string;
  municipality: string;
  person_id: string;
  household_id: string;
  from_department: Referral['fromDepartment'];
  to_department: Referral['toDepartment'];
  reason: string;
  required_scope: string | null;
  consent_overridden: boolean;
  override_reason: string | null;
  status: ReferralStatus;
  created_at: Date;
  created_by: string;
  decided_at: Date | null;
  decided_by: string | null;
  decision_note: string | null;
  completed_at: Date | null;
}

/** open → accepted | rejected; accepted → completed. */
const transitions: Record<DecideReferral['decision'], { from: ReferralStatus; to: ReferralStatus }> = {
  accept: { from: 'open', to: 'accepted' },
  reject: { from: 'open', to: 'rejected' },
  complete: { from: 'accepted', to: 'completed' },
};

/**
 * Referrals between departments. Sending one shares the sender's information category
 * with the receiver, so it needs the person's consent `<category>→<receiver>`; without it
 * the referral is refused naming the missing scope, unless the user holds
 * referral:override and says why (stored on the referral; the gateway audits the call).
 */
@Injectable()
export class ReferralService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consents: ConsentService,
    private readonly events: EventRecorder,
  ) {}

  async create(actor: Actor, input: CreateReferral, correlationId?: string): Promise<Referral> {
    authorize(actor, 'referral:write');
    const fromDepartment = ownDepartment(actor);
    if (input.toDepartment === fromDepartment) {
      throw ServiceException.validation([{ field: 'toDepartment', rule: `must differ from your own unit (${fromDepartment})` }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const [person] = (await manager.query(
        `SELECT household_id, to_char(birth_date, 'YYYY-MM-DD') AS birth_date
         FROM read_model.person WHERE person_id = $1 AND municipality = $2`,
        [input.personId, actor.municipality],
      )) as { household_id: string; birth_date: string }[];
      if (!person) throw new ServiceException('not_found', `No person ${input.personId} in municipality ${actor.municipality}`);

      const category = categorySharedBy[fromDepartment];
      const requiredScope = category ? scopeKey(category, input.toDepartment) : null;
      let overridden = false;
      if (requiredScope) {
        const gate = await this.consents.gate(manager, [input.personId], actor.municipality);
        const answer = gate.check(input.personId, requiredScope, ageOn(person.birth_date, todayInOslo()) < 18);
        if (!answer.allowed) {
          const missing = `A referral from ${fromDepartment} to ${input.toDepartment} needs the consent ${requiredScope}: ${answer.reason}`;
          if (!input.overrideReason) throw new ServiceException('forbidden', missing);
          authorize(actor, 'referral:override');
          overridden = true;
        }
      }

      const [row] = (await manager.query(
        `INSERT INTO referral (id, municipality, person_id, household_id, from_department, to_department, reason,
                               required_scope, consent_overridden, override_reason, status, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'open', $11) RETURNING *`,
        [
          randomUUID(),
          actor.municipality,
          input.personId,
          person.household_id,
          fromDepartment,
          input.toDepartment,
          input.reason,
          requiredScope,
          overridden,
          overridden ? input.overrideReason : null,
          actor.userId,
        ],
      )) as ReferralRow[];
      await this.recordChange(manager, actor, row, correlationId);
      return toReferral(row);
    });
  }

  async decide(actor: Actor, input: DecideReferral, correlationId?: string): Promise<Referral> {
    authorize(actor, 'referral:write');
    return this.dataSource.transaction(async (manager) => {
      const [current] = (await manager.query(`SELECT * FROM referral WHERE id = $1 AND municipality = $2 FOR UPDATE`, [
        input.referralId,
        actor.municipality,
      ])) as ReferralRow[];
      if (!current) throw new ServiceException('not_found', `No referral ${input.referralId} in municipality ${actor.municipality}`);
      if (departmentOf(actor.role) !== current.to_department) {
        throw new ServiceException('forbidden', `Only the receiving department (${current.to_department}) decides this referral`);
      }
      const step = transitions[input.decision];
      if (current.status !== step.from) {
        throw new ServiceException('conflict', `The referral is ${current.status}: it cannot be ${step.to} now`);
      }
      const completing = step.to === 'completed';
      const updated = (await manager.query(
        `UPDATE referral SET status = $2,
           decided_at = CASE WHEN $3 THEN decided_at ELSE now() END,
           decided_by = CASE WHEN $3 THEN decided_by ELSE $4 END,
           decision_note = COALESCE($5, decision_note),
           completed_at = CASE WHEN $3 THEN now() ELSE completed_at END
         WHERE id = $1 RETURNING *`,
        [current.id, step.to, completing, actor.userId, input.note ?? null],
      )) as [ReferralRow[], number];
      const row = updated[0][0];
      await this.recordChange(manager, actor, row, correlationId);
      return toReferral(row);
    });
  }

  /**
   * Need-to-know: a department sees the referrals it sent or received, never another
   * department's (their free-text reasons are personal data of that department's work).
   */
  async list(actor: Actor, query: ListReferrals): Promise<ReferralList> {
    authorize(actor, 'referral:read');
    const department = ownDepartment(actor);
    if (query.department && query.department !== department) {
      throw new ServiceException('forbidden', `Your unit is ${department}: you see its own referrals, not those of ${query.department}`);
    }
    const params: unknown[] = [actor.municipality, department, query.limit, query.offset];
    const sides = {
      incoming: 'to_department = $2',
      outgoing: 'from_department = $2',
      both: '(to_department = $2 OR from_department = $2)',
    };
    const where = [`municipality = $1`, sides[query.direction]];
    if (query.status) where.push(`status = $${params.push(query.status)}`);
    if (query.personId) where.push(`person_id = $${params.push(query.personId)}`);
    const rows = (await this.dataSource.query(
      `SELECT * FROM referral WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id LIMIT $3 OFFSET $4`,
      params,
    )) as ReferralRow[];
    return { items: rows.map(toReferral) };
  }

  private async recordChange(manager: EntityManager, actor: Actor, row: ReferralRow, correlationId?: string): Promise<void> {
    await this.events.record(manager, {
      contract: referralChanged,
      aggregateId: row.id,
      municipality: row.municipality,
      actor,
      correlationId,
      payload: {
        referralId: row.id,
        personId: row.person_id,
        householdId: row.household_id,
        municipality: row.municipality,
        fromDepartment: row.from_department,
        toDepartment: row.to_department,
        status: row.status,
        consentOverridden: row.consent_overridden,
      },
    });
  }
}

/** The caller's own unit: the sender of what they send, the list they work in. */
function ownDepartment(actor: Actor): Department {
  const department = departmentOf(actor.role);
  if (!department) throw new ServiceException('forbidden', `Role ${actor.role} belongs to no department that sends or receives referrals`);
  return department;
}

function toReferral(row: ReferralRow): Referral {
  return {
    id: row.id,
    municipality: row.municipality,
    personId: row.person_id,
    householdId: row.household_id,
    fromDepartment: row.from_department,
    toDepartment: row.to_department,
    reason: row.reason,
    requiredScope: row.required_scope,
    consentOverridden: row.consent_overridden,
    overrideReason: row.override_reason,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    decidedAt: row.decided_at?.toISOString() ?? null,
    decidedBy: row.decided_by,
    decisionNote: row.decision_note,
    completedAt: row.completed_at?.toISOString() ?? null,
  };
}
