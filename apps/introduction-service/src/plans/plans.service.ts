import { domainIssue, type FieldIssue } from '@ankomst/contracts';
import { introductionPermissions, planSummaryChanged, type PlanVersionView, type savePlanInput } from '@ankomst/contracts/introduction';
import { authorize, EventRecorder, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { loadParticipant, notBeforeIssue, refuse, saveWithStatusEvent } from '../participants/participant-store';
import { checkFullTime } from '../rules/full-time';
import { checkPlanLength, planWindow } from '../rules/plan-length';
import { PlanVersionEntity, type StoredPlan } from './plan-version.entity';

const planInProgramme = new Set(['granted', 'active', 'stopped']);

/**
 * The integration plan (integreringsloven § 15): every change is a new version with its reason;
 * earlier versions stay readable. Each version is shown with its full-time check.
 */
@Injectable()
export class PlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRecorder,
  ) {}

  async list({ actor }: RequestContext, participantId: string): Promise<{ personId: string; versions: PlanVersionView[] }> {
    authorize(actor, introductionPermissions.read);
    const loaded = await loadParticipant(this.dataSource.manager, actor.municipality, participantId);
    const rows = await this.dataSource.getRepository(PlanVersionEntity).find({ where: { participantId }, order: { version: 'DESC' } });
    const children = loaded.hasChildren || loaded.participant.expectsChild;
    return { personId: loaded.participant.personId, versions: rows.map((row) => toView(row, loaded.participant.personId, children)) };
  }

  async save({ actor, correlationId }: RequestContext, input: z.output<typeof savePlanInput>): Promise<PlanVersionView> {
    authorize(actor, introductionPermissions.write);
    const { participantId, reason, basedOnVersion, ...plan } = input;
    return this.dataSource.transaction(async (manager) => {
      const loaded = await loadParticipant(manager, actor.municipality, participantId, true);
      const { participant } = loaded;
      if (!planInProgramme.has(participant.status) || !participant.decision) {
        throw new ServiceException('conflict', 'A plan needs a granted decision', undefined, { code: 'not_granted' });
      }
      const current = await latestVersion(manager, participantId);
      if (basedOnVersion !== current) {
        throw new ServiceException('conflict', `The plan is at version ${current}; reload before saving`, undefined, {
          code: 'stale_version',
          params: { current },
        });
      }
      refuse(planIssues(plan, participant.decision.decidedOn));

      const row = Object.assign(new PlanVersionEntity(), {
        participantId,
        version: current + 1,
        municipality: actor.municipality,
        plan: plan satisfies StoredPlan,
        reason,
        createdBy: actor.userId,
        createdAt: new Date(),
      });
      await manager.insert(PlanVersionEntity, row);
      if (participant.status === 'granted') participant.status = 'active';
      await saveWithStatusEvent(manager, this.events, loaded, { actor, correlationId });
      const view = toView(row, participant.personId, loaded.hasChildren || participant.expectsChild);
      await this.events.record(manager, {
        contract: planSummaryChanged,
        aggregateId: participant.id,
        municipality: participant.municipality,
        actor,
        correlationId,
        payload: {
          participantId: participant.id,
          personId: participant.personId,
          householdId: loaded.person.householdId,
          municipality: participant.municipality,
          version: participant.version,
          planVersion: row.version,
          sluttmaalGroup: plan.sluttmaalGroup,
          startDate: plan.startDate,
          endDate: plan.endDate,
          fullTime: view.fullTime.complete,
        },
      });
      return view;
    });
  }
}

async function latestVersion(manager: EntityManager, participantId: string): Promise<number> {
  const [{ max }] = await manager.query<{ max: number }[]>(
    `SELECT coalesce(max(version), 0)::int AS max FROM plan_version WHERE participant_id = $1`,
    [participantId],
  );
  return max;
}

const lengthMessages = {
  'shorter-than-minimum': ['endDate', 'date_before', 'earliestEnd', 'must be at least 3 months after the start'],
  'longer-than-maximum': [
    'endDate',
    'date_after',
    'latestOrdinaryEnd',
    "must not be after the group's longest programme without an extension",
  ],
  'longer-than-extension': ['endDate', 'date_after', 'latestExtendedEnd', 'must not be after the longest extension (never beyond 4 years)'],
} as const;

/** The rules between the plan's fields: dates in order, the length table, measures inside the plan. */
export function planIssues(plan: StoredPlan, decidedOn: string): FieldIssue[] {
  const issues: FieldIssue[] = [...notBeforeIssue('startDate', plan.startDate, 'decidedOn', decidedOn)];
  if (plan.endDate <= plan.startDate) {
    issues.push(domainIssue('endDate', 'date_before', 'must be after the start', { other: 'startDate', date: plan.startDate }));
  } else {
    const window = planWindow(plan.sluttmaalGroup, plan.startDate);
    for (const problem of checkPlanLength({ ...plan, group: plan.sluttmaalGroup })) {
      if (problem === 'extension-without-reason') {
        issues.push(domainIssue('extensionReason', 'reason_required', 'an extension needs its reason'));
      } else {
        const [field, code, bound, rule] = lengthMessages[problem];
        issues.push(domainIssue(field, code, `${rule} (${window[bound]})`, { date: window[bound], group: plan.sluttmaalGroup }));
      }
    }
  }
  plan.measures.forEach((measure, i) => {
    if (measure.to < measure.from) {
      issues.push(
        domainIssue(`measures.${i}.to`, 'date_before', 'must not be before the measure starts', { other: 'from', date: measure.from }),
      );
    }
    if (measure.from < plan.startDate) {
      issues.push(
        domainIssue(`measures.${i}.from`, 'date_before', 'must not be before the plan starts', {
          other: 'startDate',
          date: plan.startDate,
        }),
      );
    }
    if (measure.to > plan.endDate) {
      issues.push(
        domainIssue(`measures.${i}.to`, 'date_after', 'must not be after the plan ends', { other: 'endDate', date: plan.endDate }),
      );
    }
  });
  return issues;
}

function toView(row: PlanVersionEntity, personId: string, hasOrExpectsChildren: boolean): PlanVersionView {
  const { plan } = row;
  return {
    participantId: row.participantId,
    personId,
    version: row.version,
    reason: row.reason,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    ...plan,
    fullTime: checkFullTime({ startDate: plan.startDate, endDate: plan.endDate, measures: plan.measures, hasOrExpectsChildren }),
    window: planWindow(plan.sluttmaalGroup, plan.startDate),
  };
}
