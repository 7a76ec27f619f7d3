import { addDays, type EventEnvelope } from '@ankomst/contracts';
import { guideMatched, guideMatchEnded, guideRequestRegistered } from '@ankomst/contracts/volunteering/events';
import type { EntityManager } from 'typeorm';
import { addTimelineEntry, lockAggregate, refreshHousehold, upsertDeadline, upsertSection } from '../read-model/household-core';
import { on, type Projector } from '../read-model/projector';

/**
 * Volunteering in the case view: "waiting for a guide since" or "has a guide since" per
 * person, shown to the coordination group only with the person's consent
 * `volunteering-status→coordination-group`. Never who the volunteer is. A long wait is an
 * attention item for the volunteer coordinator until the person is matched.
 *
 * Idempotent and order-proof: the state of one request only moves forward (waiting →
 * matched → ended); a later request of the same person replaces an earlier one's state.
 */
const rank = { waiting: 1, matched: 2, ended: 3 } as const;
type GuideState = keyof typeof rank;
export interface VolunteeringSection {
  guide: GuideState;
  since: string;
  requestId: string;
  registeredOn: string | null;
  continues?: boolean;
}

/** Fallback when an older event carries no attention day: 12 weeks on the list. */
const DEFAULT_WAIT_ATTENTION_DAYS = 84;

async function currentSection(manager: EntityManager, personId: string): Promise<VolunteeringSection | undefined> {
  const rows = (await manager.query(`SELECT data FROM section WHERE subject_id = $1 AND section = 'volunteering'`, [personId])) as {
    data: VolunteeringSection;
  }[];
  return rows[0]?.data;
}

/** Whether `next` moves the person's volunteering state forward (a newer request, or a later state of the same one). */
export function supersedes(current: VolunteeringSection | undefined, next: VolunteeringSection): boolean {
  if (!current) return true;
  if (current.requestId === next.requestId) return rank[next.guide] > rank[current.guide];
  return (next.registeredOn ?? next.since) >= (current.registeredOn ?? current.since);
}

async function apply(
  manager: EntityManager,
  event: EventEnvelope<{ personId: string; householdId: string }>,
  next: VolunteeringSection,
  summary: string,
) {
  const { personId, householdId } = event.payload;
  await lockAggregate(manager, householdId);
  const current = await currentSection(manager, personId);
  const registeredOn = next.registeredOn ?? (current?.requestId === next.requestId ? current.registeredOn : null);
  const state = { ...next, registeredOn };
  if (supersedes(current, state)) await upsertSection(manager, personId, 'volunteering', householdId, state);
  await addTimelineEntry(manager, {
    eventId: event.id,
    householdId,
    personId,
    municipality: event.municipality,
    department: 'volunteering',
    kind: `guide-${next.guide}`,
    category: 'volunteering-status',
    occurredAt: event.occurredAt,
    summary,
  });
  await refreshHousehold(manager, householdId);
}

const waitingDeadline = (requestId: string) => `guide-waiting:${requestId}`;

export const volunteeringProjector: Projector = {
  name: 'volunteering',
  section: { key: 'volunteering', department: 'volunteering', category: 'volunteering-status' },
  handlers: [
    on(guideRequestRegistered, async (event, manager) => {
      const p = event.payload;
      const state: VolunteeringSection = {
        guide: 'waiting',
        since: p.registeredOn,
        requestId: p.guideRequestId,
        registeredOn: p.registeredOn,
      };
      await apply(manager, event, state, `Waiting for a refugee guide since ${p.registeredOn}`);
      const current = await currentSection(manager, p.personId);
      // Matched already (events reordered): the wait is over, the item stays closed.
      const done = current?.requestId === p.guideRequestId && current.guide !== 'waiting';
      await upsertDeadline(manager, {
        deadlineId: waitingDeadline(p.guideRequestId),
        municipality: event.municipality,
        householdId: p.householdId,
        personId: p.personId,
        department: 'volunteering',
        kind: 'guide-waiting',
        responsibleUnit: 'volunteer-coordinator',
        dueOn: p.waitAttentionOn ?? addDays(p.registeredOn, DEFAULT_WAIT_ATTENTION_DAYS),
        completedOn: done ? current.since : null,
        detail: 'Waiting long for a refugee guide',
      });
    }),
    on(guideMatched, async (event, manager) => {
      const p = event.payload;
      await apply(
        manager,
        event,
        { guide: 'matched', since: p.matchedOn, requestId: p.guideRequestId, registeredOn: null },
        `Has a refugee guide since ${p.matchedOn}`,
      );
      const rows = (await manager.query(`SELECT due_on::text AS "dueOn" FROM deadline WHERE deadline_id = $1`, [
        waitingDeadline(p.guideRequestId),
      ])) as {
        dueOn: string;
      }[];
      await upsertDeadline(manager, {
        deadlineId: waitingDeadline(p.guideRequestId),
        municipality: event.municipality,
        householdId: p.householdId,
        personId: p.personId,
        department: 'volunteering',
        kind: 'guide-waiting',
        responsibleUnit: 'volunteer-coordinator',
        dueOn: rows[0]?.dueOn ?? p.matchedOn,
        completedOn: p.matchedOn,
        detail: 'Waiting long for a refugee guide',
      });
    }),
    on(guideMatchEnded, async (event, manager) => {
      const p = event.payload;
      await apply(
        manager,
        event,
        { guide: 'ended', since: p.endedOn, requestId: p.guideRequestId, registeredOn: null, continues: p.continues },
        `The refugee guide match ended on ${p.endedOn}`,
      );
    }),
  ],
};
