import { domainIssue, todayInOslo } from '@ankomst/contracts';
import {
  type AddAction,
  type AddCoordinationMember,
  type CloseCoordinationCase,
  type CompleteAction,
  type CoordinationCaseSummary,
  type CoordinationCaseView,
  healthPermissions,
  type OpenCoordinationCase,
  type RecordMeeting,
  type RecordMinutes,
  type UpdateCoordinationCase,
} from '@ankomst/contracts/health';
import { authorize, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { CoordinationCaseEntity } from './coordination-case.entity';

type Actor = RequestContext['actor'];

/**
 * Koordineringsgruppen MIGRA's cases. Need-to-know per case: only its members see or change it;
 * to anyone else (the same role included) it does not exist (404). Members come from the group's
 * units; whoever opens a case is its first member and adds the others.
 */
@Injectable()
export class CoordinationService {
  constructor(private readonly dataSource: DataSource) {}

  async list({ actor }: RequestContext, show: 'open' | 'all'): Promise<{ items: CoordinationCaseSummary[] }> {
    authorize(actor, healthPermissions.coordinationRead);
    const rows = (await this.dataSource.query(
      `SELECT c.id FROM coordination_case c JOIN coordination_member m ON m.case_id = c.id AND m.user_id = $2
        WHERE c.municipality = $1 ${show === 'open' ? `AND c.status = 'open'` : ''}
        ORDER BY c.status DESC, c.referred_on DESC, c.id`,
      [actor.municipality, actor.userId],
    )) as { id: string }[];
    const today = todayInOslo();
    const items: CoordinationCaseSummary[] = [];
    for (const { id } of rows) {
      const view = await this.view(this.dataSource.manager, id, today);
      const open = view.actions.filter((a) => !a.doneOn);
      items.push({
        id: view.id,
        householdId: view.householdId,
        personIds: view.personIds,
        familyName: view.familyName,
        referredOn: view.referredOn,
        status: view.status,
        serviceNeeds: view.serviceNeeds,
        individualPlan: view.individualPlan,
        openActions: open.length,
        nextActionDue: open.map((a) => a.dueOn).sort()[0] ?? null,
        nextMeeting:
          view.meetings
            .map((m) => m.heldOn)
            .filter((d) => d >= today)
            .sort()[0] ?? null,
      });
    }
    return { items };
  }

  async open({ actor }: RequestContext, input: OpenCoordinationCase): Promise<CoordinationCaseView> {
    authorize(actor, healthPermissions.coordinationWrite);
    return this.dataSource.transaction(async (manager) => {
      const entity = Object.assign(new CoordinationCaseEntity(), {
        id: randomUUID(),
        municipality: actor.municipality,
        householdId: input.householdId,
        referredBy: input.referredBy,
        referredFrom: input.referredBy === 'self' ? null : input.referredFrom,
        referredOn: input.referredOn,
        reason: input.reason,
        serviceNeeds: [...new Set(input.serviceNeeds)],
        individualPlan: false,
        status: 'open' as const,
        closedOn: null,
        closureReason: null,
        closureNote: null,
        createdBy: actor.userId,
      });
      await manager.insert(CoordinationCaseEntity, entity);
      await manager.query(`INSERT INTO coordination_member (case_id, user_id, unit, added_on) VALUES ($1, $2, $3, $4)`, [
        entity.id,
        actor.userId,
        input.ownUnit,
        todayInOslo(),
      ]);
      return this.view(manager, entity.id, todayInOslo());
    });
  }

  async get({ actor }: RequestContext, caseId: string): Promise<CoordinationCaseView> {
    authorize(actor, healthPermissions.coordinationRead);
    await this.memberCase(this.dataSource.manager, actor, caseId);
    return this.view(this.dataSource.manager, caseId, todayInOslo());
  }

  update(ctx: RequestContext, input: UpdateCoordinationCase) {
    return this.change(ctx, input.caseId, async (manager) => {
      const change: Partial<CoordinationCaseEntity> = {};
      if (input.serviceNeeds) change.serviceNeeds = [...new Set(input.serviceNeeds)];
      if (input.individualPlan !== undefined) change.individualPlan = input.individualPlan;
      if (Object.keys(change).length > 0) await manager.update(CoordinationCaseEntity, { id: input.caseId }, change);
    });
  }

  addMember(ctx: RequestContext, input: AddCoordinationMember) {
    return this.change(ctx, input.caseId, async (manager) => {
      await manager.query(
        `INSERT INTO coordination_member (case_id, user_id, unit, added_on) VALUES ($1, $2, $3, $4)
         ON CONFLICT (case_id, user_id) DO UPDATE SET unit = EXCLUDED.unit`,
        [input.caseId, input.userId, input.unit, todayInOslo()],
      );
    });
  }

  recordMeeting(ctx: RequestContext, input: RecordMeeting) {
    return this.change(ctx, input.caseId, async (manager, entity) => {
      if (input.heldOn < entity.referredOn) {
        throw invalid('heldOn', `must not be before the referral (${entity.referredOn})`, 'referredOn');
      }
      await manager.query(`INSERT INTO coordination_meeting (id, case_id, held_on, agenda, minutes) VALUES ($1, $2, $3, $4, $5)`, [
        randomUUID(),
        input.caseId,
        input.heldOn,
        input.agenda,
        input.minutes,
      ]);
    });
  }

  recordMinutes(ctx: RequestContext, input: RecordMinutes) {
    return this.change(ctx, input.caseId, async (manager) => {
      const [, count] = (await manager.query(`UPDATE coordination_meeting SET minutes = $3 WHERE id = $1 AND case_id = $2`, [
        input.meetingId,
        input.caseId,
        input.minutes,
      ])) as [unknown, number];
      if (count === 0) throw new ServiceException('not_found', 'No such meeting in this case');
    });
  }

  addAction(ctx: RequestContext, input: AddAction) {
    return this.change(ctx, input.caseId, async (manager) => {
      if (input.meetingId) {
        const found = (await manager.query(`SELECT 1 FROM coordination_meeting WHERE id = $1 AND case_id = $2`, [
          input.meetingId,
          input.caseId,
        ])) as unknown[];
        if (found.length === 0) throw new ServiceException('not_found', 'No such meeting in this case');
      }
      await manager.query(
        `INSERT INTO coordination_action (id, case_id, meeting_id, description, responsible_unit, due_on) VALUES ($1, $2, $3, $4, $5, $6)`,
        [randomUUID(), input.caseId, input.meetingId, input.description, input.responsibleUnit, input.dueOn],
      );
    });
  }

  completeAction(ctx: RequestContext, input: CompleteAction) {
    return this.change(ctx, input.caseId, async (manager) => {
      const [, count] = (await manager.query(`UPDATE coordination_action SET done_on = $3 WHERE id = $1 AND case_id = $2`, [
        input.actionId,
        input.caseId,
        input.doneOn,
      ])) as [unknown, number];
      if (count === 0) throw new ServiceException('not_found', 'No such action in this case');
    });
  }

  close(ctx: RequestContext, input: CloseCoordinationCase) {
    return this.change(ctx, input.caseId, async (manager, entity) => {
      if (input.closedOn < entity.referredOn)
        throw invalid('closedOn', `must not be before the referral (${entity.referredOn})`, 'referredOn');
      await manager.update(
        CoordinationCaseEntity,
        { id: entity.id },
        { status: 'closed', closedOn: input.closedOn, closureReason: input.reason, closureNote: input.note },
      );
    });
  }

  /** Permission, membership, the case locked and open, the change: one transaction. */
  private async change(
    { actor }: RequestContext,
    caseId: string,
    work: (manager: EntityManager, entity: CoordinationCaseEntity) => Promise<void>,
  ): Promise<CoordinationCaseView> {
    authorize(actor, healthPermissions.coordinationWrite);
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.memberCase(manager, actor, caseId, true);
      if (entity.status === 'closed') throw new ServiceException('conflict', `The case was closed on ${entity.closedOn}`);
      await work(manager, entity);
      return this.view(manager, caseId, todayInOslo());
    });
  }

  private async memberCase(manager: EntityManager, actor: Actor, caseId: string, lock = false): Promise<CoordinationCaseEntity> {
    const entity = await manager.getRepository(CoordinationCaseEntity).findOne({
      where: { id: caseId, municipality: actor.municipality },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const member = entity
      ? ((await manager.query(`SELECT 1 FROM coordination_member WHERE case_id = $1 AND user_id = $2`, [
          caseId,
          actor.userId,
        ])) as unknown[])
      : [];
    // Not a member: the case is not revealed, not even that it exists.
    if (!entity || member.length === 0) throw new ServiceException('not_found', 'No such case among those you are a member of');
    return entity;
  }

  private async view(manager: EntityManager, caseId: string, today: string): Promise<CoordinationCaseView> {
    const entity = await manager.getRepository(CoordinationCaseEntity).findOneByOrFail({ id: caseId });
    const persons = (await manager.query(
      `SELECT person_id, family_name FROM health_person WHERE municipality = $1 AND household_id = $2 ORDER BY birth_date, person_id`,
      [entity.municipality, entity.householdId],
    )) as { person_id: string; family_name: string }[];
    const members = (await manager.query(
      `SELECT user_id AS "userId", unit, added_on::text AS "addedOn" FROM coordination_member WHERE case_id = $1 ORDER BY added_on, user_id`,
      [caseId],
    )) as CoordinationCaseView['members'];
    const meetings = (await manager.query(
      `SELECT id, held_on::text AS "heldOn", agenda, minutes FROM coordination_meeting WHERE case_id = $1 ORDER BY held_on, id`,
      [caseId],
    )) as CoordinationCaseView['meetings'];
    const actions = (
      (await manager.query(
        `SELECT id, meeting_id AS "meetingId", description, responsible_unit AS "responsibleUnit", due_on::text AS "dueOn", done_on::text AS "doneOn"
           FROM coordination_action WHERE case_id = $1 ORDER BY due_on, id`,
        [caseId],
      )) as Omit<CoordinationCaseView['actions'][number], 'overdue'>[]
    ).map((a) => ({ ...a, overdue: !a.doneOn && a.dueOn < today }));
    return {
      id: entity.id,
      municipality: entity.municipality,
      householdId: entity.householdId,
      personIds: persons.map((p) => p.person_id),
      familyName: persons[0]?.family_name ?? null,
      referredBy: entity.referredBy,
      referredFrom: entity.referredFrom as CoordinationCaseView['referredFrom'],
      referredOn: entity.referredOn,
      reason: entity.reason,
      serviceNeeds: entity.serviceNeeds as CoordinationCaseView['serviceNeeds'],
      individualPlan: entity.individualPlan,
      status: entity.status,
      closedOn: entity.closedOn,
      closureReason: entity.closureReason as CoordinationCaseView['closureReason'],
      closureNote: entity.closureNote,
      members,
      meetings,
      actions,
    };
  }
}

const invalid = (field: string, rule: string, other: string) =>
  new ServiceException('validation_failed', 'Invalid input', [domainIssue(field, 'date_before', rule, { other })]);
