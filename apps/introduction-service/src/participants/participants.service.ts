import { domainIssue, todayInOslo } from '@ankomst/contracts';
import {
  type addParticipantInput,
  type careerGuidanceInput,
  introductionPermissions,
  type ListParticipantsQuery,
  type mappingInput,
  type ParticipantStatus,
  participantStatus,
  type ParticipantView,
  type recordDecisionInput,
  type recordExit,
  type recordFollowUpInput,
  type updateParticipantFactsInput,
} from '@ankomst/contracts/introduction';
import { authorize, EventRecorder, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { assessEligibility } from '../rules/eligibility';
import { followUpDueOn, followUpIsDue } from '../rules/follow-up';
import { checkStop, latestTemporaryStopEnd } from '../rules/stop';
import { HousingPersonEntity } from './housing-person.entity';
import { ParticipantEntity } from './participant.entity';
import {
  hasChildrenIn,
  loadParticipant,
  loadParticipants,
  type LoadedParticipant,
  notBeforeIssue,
  recordStatus,
  refuse,
  saveWithStatusEvent,
  viewOf,
} from './participant-store';
import { toParticipantView } from './participant-view';

type WithId<T> = T & { participantId: string };

/** The SQL for "the decision deadline" (Postgres clamps + 3 months to the month's end, as the rule does). */
const DEADLINE_SQL = `(hp.settled_on + interval '3 months')::date`;

/**
 * Candidates and participants: who they are (from housing's events, or added by hand), the
 * mapping and career guidance, the decision and the exit. Permission first, the actor's
 * municipality the scope of every read and write, every change and its event in one transaction.
 */
@Injectable()
export class ParticipantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRecorder,
  ) {}

  async list({ actor }: RequestContext, query: ListParticipantsQuery): Promise<{ total: number; items: ParticipantView[] }> {
    authorize(actor, introductionPermissions.read);
    const today = todayInOslo();
    const where = ['p.municipality = $1'];
    const params: unknown[] = [actor.municipality];
    if (query.status) {
      params.push(query.status);
      where.push(`p.status = $${params.length}`);
    }
    if (query.search) {
      params.push(`%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(hp.given_name || ' ' || hp.family_name) ILIKE $${params.length}`);
    }
    if (query.deadline) {
      params.push(today);
      const t = `$${params.length}::date`;
      where.push(
        {
          decided: `p.decision IS NOT NULL`,
          overdue: `p.decision IS NULL AND ${DEADLINE_SQL} < ${t}`,
          attention: `p.decision IS NULL AND ${DEADLINE_SQL} - 14 <= ${t}`,
          open: `p.decision IS NULL AND ${DEADLINE_SQL} - 14 > ${t}`,
        }[query.deadline],
      );
    }
    const from = `FROM participant p JOIN housing_person hp ON hp.municipality = p.municipality AND hp.person_id = p.person_id WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total ${from}`, params);
    const ids = await this.dataSource.query<{ id: string }[]>(
      `SELECT p.id ${from} ORDER BY (p.decision IS NOT NULL), ${DEADLINE_SQL} NULLS LAST, hp.family_name, p.id
       LIMIT ${query.limit} OFFSET ${query.offset}`,
      params,
    );
    const loaded = await loadParticipants(
      this.dataSource.manager,
      actor.municipality,
      ids.map((row) => row.id),
    );
    return { total, items: loaded.map(viewOf) };
  }

  /** Every status with its count, zeros included, so the advisor sees the whole pipeline at a glance. */
  async counts({ actor }: RequestContext): Promise<{ byStatus: Record<ParticipantStatus, number> }> {
    authorize(actor, introductionPermissions.read);
    const rows = await this.dataSource.query<{ status: ParticipantStatus; n: number }[]>(
      'SELECT status, count(*)::int AS n FROM participant WHERE municipality = $1 GROUP BY status',
      [actor.municipality],
    );
    const byStatus = Object.fromEntries(participantStatus.options.map((status) => [status, 0])) as Record<ParticipantStatus, number>;
    for (const { status, n } of rows) byStatus[status] = n;
    return { byStatus };
  }

  async get({ actor }: RequestContext, participantId: string): Promise<ParticipantView> {
    authorize(actor, introductionPermissions.read);
    return viewOf(await loadParticipant(this.dataSource.manager, actor.municipality, participantId));
  }

  /** A person housing knows, added by hand with the reason (e.g. family reunification, or a person who moved here). */
  async add({ actor, correlationId }: RequestContext, input: z.output<typeof addParticipantInput>): Promise<ParticipantView> {
    authorize(actor, introductionPermissions.write);
    return this.dataSource.transaction(async (manager) => {
      const person = await manager
        .getRepository(HousingPersonEntity)
        .findOneBy({ municipality: actor.municipality, personId: input.personId });
      if (!person) throw new ServiceException('not_found', 'Housing has not told us about this person in your municipality');
      const existing = await manager
        .getRepository(ParticipantEntity)
        .findOneBy({ municipality: actor.municipality, personId: input.personId });
      if (existing) throw new ServiceException('conflict', 'The person is a candidate already', undefined, { code: 'already_candidate' });
      const participant = Object.assign(new ParticipantEntity(), {
        id: randomUUID(),
        municipality: actor.municipality,
        personId: input.personId,
        source: 'manual' as const,
        manualReason: input.reason,
        status: 'candidate' as const,
        version: 1,
        expectsChild: false,
        livingSituation: 'other' as const,
        researchOptOut: false,
        mapping: null,
        careerGuidance: null,
        decision: null,
        stop: null,
        exit: null,
        followUp: null,
      });
      await manager.insert(ParticipantEntity, participant);
      await recordStatus(manager, this.events, participant, person, { actor, correlationId });
      return viewOf({ participant, person, hasChildren: await hasChildrenIn(manager, person) });
    });
  }

  updateFacts(ctx: RequestContext, input: z.output<typeof updateParticipantFactsInput>): Promise<ParticipantView> {
    return this.change(ctx, input.participantId, ({ participant }) => {
      participant.expectsChild = input.expectsChild;
      participant.livingSituation = input.livingSituation;
      participant.researchOptOut = input.researchOptOut;
    });
  }

  recordMapping(ctx: RequestContext, input: WithId<z.output<typeof mappingInput>>): Promise<ParticipantView> {
    const { participantId, ...mapping } = input;
    return this.change(ctx, participantId, ({ participant, person }) => {
      refuse(notBeforeIssue('mappedOn', mapping.mappedOn, 'settledOn', person.settledOn));
      assertOpen(participant);
      participant.mapping = mapping;
      if (participant.status === 'candidate') participant.status = 'mapped';
    });
  }

  recordCareerGuidance(ctx: RequestContext, input: WithId<z.output<typeof careerGuidanceInput>>): Promise<ParticipantView> {
    const { participantId, ...guidance } = input;
    return this.change(ctx, participantId, ({ participant, person }) => {
      refuse(notBeforeIssue('recordedOn', guidance.recordedOn, 'settledOn', person.settledOn));
      assertOpen(participant);
      participant.careerGuidance = guidance;
    });
  }

  /** The decision: after the mapping and the career guidance; granted only for the target group (or a manual addition). */
  recordDecision(ctx: RequestContext, input: z.output<typeof recordDecisionInput>): Promise<ParticipantView> {
    return this.change(ctx, input.participantId, ({ participant, person }) => {
      if (participant.decision)
        throw new ServiceException('conflict', 'The decision is recorded already', undefined, { code: 'already_decided' });
      if (!participant.mapping || !participant.careerGuidance) {
        throw new ServiceException('conflict', 'Record the mapping and the career guidance before the decision', undefined, {
          code: 'mapping_first',
        });
      }
      refuse([
        ...notBeforeIssue('decidedOn', input.decidedOn, 'settledOn', person.settledOn),
        ...notBeforeIssue('decidedOn', input.decidedOn, 'mappedOn', participant.mapping.mappedOn),
      ]);
      if (input.outcome === 'granted') {
        const eligibility = assessEligibility(person, input.decidedOn);
        const acceptable = eligibility.eligible || (participant.source === 'manual' && eligibility.needsManualCheck);
        if (!acceptable) {
          throw new ServiceException(
            'conflict',
            `Not in the target group on ${input.decidedOn}: ${eligibility.reasons.join(', ')}`,
            undefined,
            {
              code: 'not_in_target_group',
              params: { reasons: eligibility.reasons.join(',') },
            },
          );
        }
      }
      participant.decision = {
        outcome: input.outcome,
        decidedOn: input.decidedOn,
        reason: input.reason?.trim() ? input.reason : null,
        appealInformation: input.appealInformation,
      };
      participant.status = input.outcome;
    });
  }

  /** A stop by decision: temporary (at most 3 months, with its end) or permanent. */
  recordStop(
    ctx: RequestContext,
    input: { participantId: string; kind: 'temporary' | 'permanent'; ground: string; from: string; to: string | null },
  ): Promise<ParticipantView> {
    return this.change(ctx, input.participantId, ({ participant }) => {
      if (!['granted', 'active'].includes(participant.status) || !participant.decision) {
        throw new ServiceException('conflict', 'Only a participant in the programme can be stopped', undefined, {
          code: 'not_in_programme',
        });
      }
      refuse(notBeforeIssue('from', input.from, 'decidedOn', participant.decision.decidedOn));
      const problems = checkStop(input);
      refuse(
        problems.map((problem) =>
          problem === 'longer-than-3-months'
            ? domainIssue('to', 'date_after', `a temporary stop lasts at most 3 months (${latestTemporaryStopEnd(input.from)})`, {
                date: latestTemporaryStopEnd(input.from),
              })
            : problem === 'end-before-start'
              ? domainIssue('to', 'date_before', 'must not be before the stop starts', { other: 'from', date: input.from })
              : problem === 'temporary-without-end'
                ? domainIssue('to', 'required', 'a temporary stop needs its end')
                : domainIssue('to', 'invalid', 'a permanent stop has no end'),
        ),
      );
      participant.stop = { kind: input.kind, ground: input.ground, from: input.from, to: input.to };
      participant.status = 'stopped';
    });
  }

  /** Back in the programme after a temporary stop (a permanent stop ends with the exit). */
  resume(ctx: RequestContext, input: { participantId: string; resumedOn: string }): Promise<ParticipantView> {
    return this.change(ctx, input.participantId, ({ participant }) => {
      if (participant.status !== 'stopped' || participant.stop?.kind !== 'temporary') {
        throw new ServiceException('conflict', 'Only a temporary stop can be resumed', undefined, { code: 'not_temporarily_stopped' });
      }
      refuse(notBeforeIssue('resumedOn', input.resumedOn, 'from', participant.stop.from));
      participant.stop = { ...participant.stop, to: input.resumedOn };
      participant.status = 'active';
    });
  }

  /** The exit: reason, outcome and date are all required (a missing exit reason is NIR's classic gap). */
  recordExit(ctx: RequestContext, input: z.output<(typeof recordExit)['input']>): Promise<ParticipantView> {
    return this.change(ctx, input.participantId, ({ participant }) => {
      if (!['granted', 'active', 'stopped'].includes(participant.status) || !participant.decision) {
        throw new ServiceException('conflict', 'Only a participant in the programme can exit it', undefined, { code: 'not_in_programme' });
      }
      refuse(notBeforeIssue('exitedOn', input.exitedOn, 'decidedOn', participant.decision.decidedOn));
      participant.exit = {
        reason: input.reason,
        outcome: input.outcome,
        exitedOn: input.exitedOn,
        note: input.note?.trim() ? input.note : null,
      };
      participant.status = 'exited';
    });
  }

  /**
   * The status one year after the exit (behind the 70 % target). Only after the exit, and only
   * for a day from the exit date + 1 year on; a later registration replaces an earlier one.
   */
  recordFollowUp(ctx: RequestContext, input: z.output<typeof recordFollowUpInput>): Promise<ParticipantView> {
    return this.change(ctx, input.participantId, ({ participant }) => {
      if (participant.status !== 'exited' || !participant.exit) {
        throw new ServiceException('conflict', 'The follow-up comes one year after the exit: record the exit first', undefined, {
          code: 'not_exited',
        });
      }
      const dueOn = followUpDueOn(participant.exit.exitedOn);
      if (!followUpIsDue(participant.exit.exitedOn, input.observedOn)) {
        refuse([
          domainIssue('observedOn', 'date_too_early', `the follow-up is due one year after the exit, from ${dueOn}`, { min: dueOn }),
        ]);
      }
      participant.followUp = {
        status: input.status,
        observedOn: input.observedOn,
        note: input.note?.trim() ? input.note : null,
        recordedBy: ctx.actor.userId,
        recordedAt: new Date().toISOString(),
      };
    });
  }

  private async change(
    { actor, correlationId }: RequestContext,
    participantId: string,
    apply: (loaded: LoadedParticipant) => void,
  ): Promise<ParticipantView> {
    authorize(actor, introductionPermissions.write);
    return this.dataSource.transaction(async (manager) => {
      const loaded = await loadParticipant(manager, actor.municipality, participantId, true);
      apply(loaded);
      await saveWithStatusEvent(manager, this.events, loaded, { actor, correlationId });
      return toParticipantView(loaded.participant, loaded.person, loaded.hasChildren);
    });
  }
}

function assertOpen(participant: ParticipantEntity): void {
  if (participant.status === 'exited') {
    throw new ServiceException('conflict', 'The participant has left the programme', undefined, { code: 'exited' });
  }
}
