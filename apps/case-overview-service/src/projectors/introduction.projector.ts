import { absenceSummarised, participantStatusChanged, planSummaryChanged } from '@ankomst/contracts/introduction/events';
import type { EntityManager } from 'typeorm';
import { addTimelineEntry, lockAggregate, refreshHousehold, upsertDeadline } from '../read-model/household-core';
import { projectionQuery } from '../read-model/prepared-query';
import { on, type Projector } from '../read-model/projector';

/**
 * The introduction department's part of the case view, in two consent-gated sections:
 * `introduction` (category `intro-status`): the participant's status, the decision deadline and
 * the plan summary (sluttmål group, start and end); `introduction-absence` (category
 * `intro-absence`): absence hours per month, shown only under that scope.
 *
 * Each event carries the participant's own change counter (`version`); a part of the section
 * is replaced only by a higher one, so a repeated or late event changes nothing and the order
 * of the three subjects does not matter. The decision deadline goes on the attention list as
 * the intro advisor's (completed by the decision).
 */

/** Merges `part` into the section's data under `key` unless the stored part has a version at least as high. */
async function mergeSectionPart(
  manager: EntityManager,
  section: string,
  personId: string,
  householdId: string,
  key: string,
  part: Record<string, unknown> & { version: number },
): Promise<boolean> {
  const rows = await projectionQuery<{ applied: boolean }>(
    manager,
    `INSERT INTO section (subject_id, section, household_id, data) VALUES ($1, $2, $3, jsonb_build_object($4::text, $5::jsonb))
     ON CONFLICT (subject_id, section) DO UPDATE SET household_id = EXCLUDED.household_id,
       data = section.data || jsonb_build_object($4::text, $5::jsonb)
     WHERE COALESCE((section.data -> $4 ->> 'version')::int, 0) < ($5::jsonb ->> 'version')::int
     RETURNING true AS applied`,
    [personId, section, householdId, key, JSON.stringify(part)],
  );
  return rows.length > 0;
}

export const introductionProjector: Projector = {
  name: 'introduction',
  section: { key: 'introduction', department: 'introduction', category: 'intro-status' },
  handlers: [
    on(participantStatusChanged, async (event, manager) => {
      const p = event.payload;
      await lockAggregate(manager, p.householdId);
      const applied = await mergeSectionPart(manager, 'introduction', p.personId, p.householdId, 'participant', {
        version: p.version,
        status: p.status,
        decisionDeadline: p.decisionDeadline,
        decidedOn: p.decidedOn,
        exitedOn: p.exitedOn,
      });
      // The timeline is history: a late event still adds its entry (once, by event id).
      await addTimelineEntry(manager, {
        eventId: event.id,
        householdId: p.householdId,
        personId: p.personId,
        municipality: p.municipality,
        department: 'introduction',
        kind: `intro-${p.status}`,
        category: 'intro-status',
        occurredAt: event.occurredAt,
        summary: `Introduction programme: ${p.status}`,
      });
      if (applied && p.decisionDeadline) {
        await upsertDeadline(manager, {
          deadlineId: `intro-decision:${p.personId}`,
          municipality: p.municipality,
          householdId: p.householdId,
          personId: p.personId,
          department: 'introduction',
          kind: 'intro-decision',
          responsibleUnit: 'intro-advisor',
          dueOn: p.decisionDeadline,
          completedOn: p.decidedOn ?? (p.status === 'exited' ? p.exitedOn : null),
          detail: 'Decide on the introduction programme (3 months after settlement)',
        });
      }
      await refreshHousehold(manager, p.householdId);
    }),
    on(planSummaryChanged, async (event, manager) => {
      const p = event.payload;
      await lockAggregate(manager, p.householdId);
      await mergeSectionPart(manager, 'introduction', p.personId, p.householdId, 'plan', {
        version: p.planVersion,
        sluttmaalGroup: p.sluttmaalGroup,
        startDate: p.startDate,
        endDate: p.endDate,
        fullTime: p.fullTime,
      });
    }),
  ],
};

/** Absence per month: its own section so that it needs its own consent (`intro-absence`). */
export const introductionAbsenceProjector: Projector = {
  name: 'introduction-absence',
  section: { key: 'introduction-absence', department: 'introduction', category: 'intro-absence' },
  handlers: [
    on(absenceSummarised, async (event, manager) => {
      const p = event.payload;
      await lockAggregate(manager, p.householdId);
      await mergeSectionPart(manager, 'introduction-absence', p.personId, p.householdId, p.month, {
        version: p.version,
        approvedHours: p.approvedHours,
        unapprovedHours: p.unapprovedHours,
      });
    }),
  ],
};
