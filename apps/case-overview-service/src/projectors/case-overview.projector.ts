import {
  categorySharedBy,
  consentGiven,
  consentWithdrawn,
  type Department,
  type InformationCategory,
  parseScope,
  referralChanged,
} from '@ankomst/contracts/case-overview';
import { addTimelineEntry, lockAggregate, refreshHousehold } from '../read-model/household-core';
import { on, type Projector } from '../read-model/projector';
import { projectionQuery } from '../read-model/prepared-query';

/** The receiving department answers an open referral within this many days. */
export const REFERRAL_ANSWER_DAYS = 14;

/** The department whose information a category is: a consent about it is that department's business. */
const departmentOfCategory: Record<InformationCategory, Department> = {
  'housing-status': 'housing',
  'intro-status': 'introduction',
  'intro-absence': 'introduction',
  'health-follow-up-status': 'health',
  'volunteering-status': 'volunteering',
};

/**
 * A consent's timeline entry tells that the person has to do with the category's department
 * (e.g. health): it belongs to that department and is gated by the same category, so other
 * units see it only under the consent to share that category with them.
 */
function consentEntry(scope: string): { department: Department; category: InformationCategory } {
  const { category } = parseScope(scope);
  return { department: departmentOfCategory[category], category };
}

/**
 * This service's own consent and referral events: entries of the case timeline, and the
 * receiving department's deadline to answer a referral (attention list). A referral's entry
 * carries the sender's category: that a health worker referred someone is health information.
 */
export const caseOverviewProjector: Projector = {
  name: 'case-overview',
  handlers: [
    on(consentGiven, async (event, manager) => {
      const p = event.payload;
      await addTimelineEntry(manager, {
        eventId: event.id,
        householdId: p.householdId,
        personId: p.personId,
        municipality: event.municipality,
        ...consentEntry(p.scope),
        kind: 'consent-given',
        occurredAt: event.occurredAt,
        summary: `Consent ${p.scope} given (${p.grantor}) from ${p.validFrom}${p.validTo ? ` to ${p.validTo}` : ''}`,
      });
    }),
    on(consentWithdrawn, async (event, manager) => {
      const p = event.payload;
      await addTimelineEntry(manager, {
        eventId: event.id,
        householdId: p.householdId,
        personId: p.personId,
        municipality: event.municipality,
        ...consentEntry(p.scope),
        kind: 'consent-withdrawn',
        occurredAt: event.occurredAt,
        summary: `Consent ${p.scope} withdrawn`,
      });
    }),
    on(referralChanged, async (event, manager) => {
      const p = event.payload;
      await lockAggregate(manager, p.householdId);
      // The receiver's deadline to answer, on the attention list until accepted or rejected.
      // Order-tolerant: the due date comes from the earliest event, the answer sticks once seen.
      await projectionQuery(
        manager,
        `INSERT INTO deadline (deadline_id, municipality, household_id, person_id, department, kind, responsible_unit, due_on, completed_on, detail)
         VALUES ('referral:' || $1::text, $2, $3, $4, $5, 'referral-answer', $5,
                 ($6::timestamptz AT TIME ZONE 'Europe/Oslo')::date + $8::int,
                 CASE WHEN $7 = 'open' THEN NULL ELSE ($6::timestamptz AT TIME ZONE 'Europe/Oslo')::date END,
                 'Answer the referral from ' || $9::text)
         ON CONFLICT (deadline_id) DO UPDATE SET
           due_on = LEAST(deadline.due_on, EXCLUDED.due_on),
           completed_on = CASE WHEN deadline.completed_on IS NULL THEN EXCLUDED.completed_on
                               WHEN EXCLUDED.completed_on IS NULL THEN deadline.completed_on
                               ELSE LEAST(deadline.completed_on, EXCLUDED.completed_on) END`,
        [
          p.referralId,
          event.municipality,
          p.householdId,
          p.personId,
          p.toDepartment,
          event.occurredAt,
          p.status,
          REFERRAL_ANSWER_DAYS,
          p.fromDepartment,
        ],
      );
      await refreshHousehold(manager, p.householdId);
      await addTimelineEntry(manager, {
        eventId: event.id,
        householdId: p.householdId,
        personId: p.personId,
        municipality: event.municipality,
        department: p.fromDepartment,
        category: categorySharedBy[p.fromDepartment],
        kind: `referral-${p.status}`,
        occurredAt: event.occurredAt,
        summary: `Referral ${p.fromDepartment} → ${p.toDepartment}: ${p.status}${p.consentOverridden ? ' (sent without consent, override)' : ''}`,
      });
    }),
  ],
};
