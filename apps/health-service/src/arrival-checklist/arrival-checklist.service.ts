import { addMonths, ageOn, type EventEnvelope, type EventPayload, todayInOslo } from '@ankomst/contracts';
import {
  type ArrivalChecklistView,
  type ChecklistItemKind,
  type ChecklistItemView,
  type ChecklistSummary,
  type HealthPersonView,
  healthPermissions,
  type ListArrivalChecklistsQuery,
  type UpdateChecklistItem,
} from '@ankomst/contracts/health';
import { personSettled } from '@ankomst/contracts/housing/events';
import { authorize, type EventContext, OnEvent, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { FollowUpStatus } from '../shared/follow-up';
import { itemState, planArrivalChecklist } from './arrival-checklist-rules';
import { ChecklistItemEntity } from './checklist-item.entity';
import { HealthPersonEntity } from './health-person.entity';

const SYSTEM_ACTOR = 'health-service';

/**
 * Every settled person gets an arrival checklist (TB screening, health examination, mental-health
 * screening, catch-up vaccination) from the housing service's person-settled event, and a child
 * a MIGRA follow-up. Health workers record what was offered, done or declined, and referrals.
 */
@Injectable()
export class ArrivalChecklistService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly followUp: FollowUpStatus,
  ) {}

  /**
   * Idempotent and order-tolerant: a redelivered event changes nothing; a newer settlement of
   * the same person (a corrected date) re-plans the items nobody has touched yet; an older
   * one arriving after a newer one is ignored.
   */
  @OnEvent(personSettled)
  async onPersonSettled(event: EventEnvelope<EventPayload<typeof personSettled>>, { manager, correlationId }: EventContext): Promise<void> {
    const p = event.payload;
    const occurredAt = new Date(event.occurredAt);
    const existing = await manager
      .getRepository(HealthPersonEntity)
      .findOne({ where: { municipality: p.municipality, personId: p.personId }, lock: { mode: 'pessimistic_write' } });
    const child = ageOn(p.birthDate, p.settledOn) < 18;
    if (!existing) {
      const person = Object.assign(new HealthPersonEntity(), {
        municipality: p.municipality,
        personId: p.personId,
        householdId: p.householdId,
        givenName: p.givenName,
        familyName: p.familyName,
        birthDate: p.birthDate,
        unaccompaniedMinor: p.unaccompaniedMinor,
        arrivedOn: p.settledOn,
        settledEventAt: occurredAt,
        followUp: 'active' as const,
        responsibleUnit: child ? 'migra-station' : 'refugee-health-service',
      });
      await manager.insert(HealthPersonEntity, person);
      await manager.insert(
        ChecklistItemEntity,
        planArrivalChecklist(p.settledOn, p.birthDate).map((item) => ({
          id: randomUUID(),
          municipality: p.municipality,
          personId: p.personId,
          ...item,
          referral: 'none',
          note: null,
          updatedBy: null,
          updatedAt: null,
        })),
      );
      if (child) {
        await manager.query(
          `INSERT INTO child_follow_up (municipality, person_id, follow_up_until) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
          [p.municipality, p.personId, addMonths(p.settledOn, 12)],
        );
      }
      await this.followUp.refresh(manager, person, SYSTEM_ACTOR, correlationId, true);
      return;
    }
    if (occurredAt <= existing.settledEventAt) return;
    await manager.update(
      HealthPersonEntity,
      { municipality: p.municipality, personId: p.personId },
      { givenName: p.givenName, familyName: p.familyName, birthDate: p.birthDate, arrivedOn: p.settledOn, settledEventAt: occurredAt },
    );
    if (existing.arrivedOn === p.settledOn && existing.birthDate === p.birthDate) return;
    for (const item of planArrivalChecklist(p.settledOn, p.birthDate)) {
      await manager.update(
        ChecklistItemEntity,
        { municipality: p.municipality, personId: p.personId, kind: item.kind, updatedBy: IsNull() },
        { recommendedBy: item.recommendedBy, dueOn: item.dueOn, latestOn: item.latestOn, alertFrom: item.alertFrom },
      );
    }
    await manager.query(
      `UPDATE child_follow_up SET follow_up_until = $3 WHERE municipality = $1 AND person_id = $2 AND handed_over_on IS NULL`,
      [p.municipality, p.personId, addMonths(p.settledOn, 12)],
    );
  }

  /** People of the actor's municipality with their nearest open deadline, soonest first. */
  async list({ actor }: RequestContext, query: ListArrivalChecklistsQuery): Promise<{ total: number; items: ChecklistSummary[] }> {
    authorize(actor, healthPermissions.read);
    const today = todayInOslo();
    const where = [
      query.show === 'open' ? `AND p.follow_up = 'active'` : '',
      query.q ? `AND (p.given_name || ' ' || p.family_name) ILIKE '%' || $4 || '%'` : `AND $4::text IS NULL`,
    ].join(' ');
    const q = query.q ? query.q.replace(/[\\%_]/g, (c) => `\\${c}`) : null;
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM health_person p WHERE p.municipality = $1 ${where.replaceAll('$4', '$2')}`,
      [actor.municipality, q],
    )) as { total: number }[];
    const rows = (await this.dataSource.query(
      `SELECT p.municipality, p.person_id, p.household_id, p.given_name, p.family_name, p.birth_date::text, p.unaccompanied_minor,
              p.arrived_on::text, p.follow_up, p.responsible_unit, n.kind AS next_kind, n.due_on::text AS next_due_on, n.alert_from::text AS next_alert_from, n.latest_on::text AS next_latest_on,
              n.status AS next_status, (SELECT count(*)::int FROM checklist_item i
                 WHERE i.municipality = p.municipality AND i.person_id = p.person_id AND i.status IN ('due', 'offered')) AS open_items
         FROM health_person p
         LEFT JOIN LATERAL (SELECT kind, due_on, alert_from, latest_on, status FROM checklist_item i
                             WHERE i.municipality = p.municipality AND i.person_id = p.person_id AND i.status IN ('due', 'offered')
                             ORDER BY due_on, kind LIMIT 1) n ON true
        WHERE p.municipality = $1 ${where}
        -- next_due_on is n.due_on, kept on the person by a trigger (migration 1796230000000) so
        -- the page comes from an index in this order instead of sorting the whole municipality.
        ORDER BY p.next_due_on NULLS LAST, p.family_name, p.given_name, p.person_id
        LIMIT $2 OFFSET $3`,
      [actor.municipality, query.limit, query.offset, q],
    )) as (Record<string, unknown> & { next_kind: string | null })[];
    return {
      total,
      items: rows.map((row) => {
        const person = toPersonView(rawPerson(row));
        const next = row.next_kind
          ? {
              kind: row.next_kind as ChecklistItemKind,
              dueOn: row['next_due_on'] as string,
              state: itemState(
                {
                  status: row['next_status'] as 'due',
                  dueOn: row['next_due_on'] as string,
                  latestOn: row['next_latest_on'] as string | null,
                  alertFrom: row['next_alert_from'] as string,
                },
                today,
              ).state,
            }
          : null;
        return { ...person, openItems: row['open_items'] as number, next } as ChecklistSummary;
      }),
    };
  }

  /** One person's checklist; a break-glass grant for exactly this person lifts the read. */
  async get({ actor }: RequestContext, personId: string): Promise<ArrivalChecklistView> {
    authorize(actor, healthPermissions.read, { personId });
    const person = await this.dataSource.getRepository(HealthPersonEntity).findOneBy({ municipality: actor.municipality, personId });
    if (!person) throw new ServiceException('not_found', 'No arrival checklist for this person in your municipality');
    const items = await this.dataSource
      .getRepository(ChecklistItemEntity)
      .find({ where: { municipality: actor.municipality, personId }, order: { dueOn: 'ASC', kind: 'ASC' } });
    const today = todayInOslo();
    return { person: toPersonView(person), items: items.map((item) => toItemView(item, today)) };
  }

  async updateItem({ actor, correlationId }: RequestContext, input: UpdateChecklistItem): Promise<ChecklistItemView> {
    authorize(actor, healthPermissions.write);
    return this.dataSource.transaction(async (manager) => {
      const item = await manager
        .getRepository(ChecklistItemEntity)
        .findOne({ where: { id: input.itemId, municipality: actor.municipality }, lock: { mode: 'pessimistic_write' } });
      if (!item) throw new ServiceException('not_found', 'No such checklist item in your municipality');
      const change = {
        status: input.status,
        referral: input.referral,
        responsibleUnit: input.responsibleUnit ?? (input.referral === 'none' ? item.responsibleUnit : input.referral),
        note: input.note,
        updatedBy: actor.userId,
        updatedAt: new Date(),
      };
      await manager.update(ChecklistItemEntity, { id: item.id }, change);
      await this.refreshPerson(manager, item.municipality, item.personId, actor.userId, correlationId);
      return toItemView(Object.assign(item, change), todayInOslo());
    });
  }

  private async refreshPerson(manager: EntityManager, municipality: string, personId: string, actor: string, correlationId?: string) {
    const person = await manager
      .getRepository(HealthPersonEntity)
      .findOneOrFail({ where: { municipality, personId }, lock: { mode: 'pessimistic_write' } });
    await this.followUp.refresh(manager, person, actor, correlationId);
  }
}

function rawPerson(row: Record<string, unknown>): HealthPersonEntity {
  return Object.assign(new HealthPersonEntity(), {
    municipality: row['municipality'],
    personId: row['person_id'],
    householdId: row['household_id'],
    givenName: row['given_name'],
    familyName: row['family_name'],
    birthDate: row['birth_date'],
    unaccompaniedMinor: row['unaccompanied_minor'],
    arrivedOn: row['arrived_on'],
    followUp: row['follow_up'],
    responsibleUnit: row['responsible_unit'],
  });
}

export function toPersonView(p: HealthPersonEntity): HealthPersonView {
  return {
    personId: p.personId,
    householdId: p.householdId,
    municipality: p.municipality,
    givenName: p.givenName,
    familyName: p.familyName,
    birthDate: p.birthDate,
    unaccompaniedMinor: p.unaccompaniedMinor,
    arrivedOn: p.arrivedOn,
    followUp: p.followUp,
    responsibleUnit: p.responsibleUnit as HealthPersonView['responsibleUnit'],
  };
}

function toItemView(item: ChecklistItemEntity, today: string): ChecklistItemView {
  const { state, daysLeft } = itemState(
    { status: item.status as ChecklistItemView['status'], dueOn: item.dueOn, latestOn: item.latestOn, alertFrom: item.alertFrom },
    today,
  );
  return {
    id: item.id,
    personId: item.personId,
    kind: item.kind as ChecklistItemView['kind'],
    recommendedBy: item.recommendedBy,
    dueOn: item.dueOn,
    latestOn: item.latestOn,
    alertFrom: item.alertFrom,
    status: item.status as ChecklistItemView['status'],
    responsibleUnit: item.responsibleUnit as ChecklistItemView['responsibleUnit'],
    referral: item.referral as ChecklistItemView['referral'],
    note: item.note,
    state,
    daysLeft,
  };
}
