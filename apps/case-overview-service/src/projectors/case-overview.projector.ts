import { consentGiven, consentWithdrawn, referralChanged } from '@ankomst/contracts';
import { addTimelineEntry } from '../read-model/household-core';
import { on, type Projector } from '../read-model/projector';

/** This service's own consent and referral events, as entries of the case timeline. */
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
        department: 'coordination-group',
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
        department: 'coordination-group',
        kind: 'consent-withdrawn',
        occurredAt: event.occurredAt,
        summary: `Consent ${p.scope} withdrawn`,
      });
    }),
    on(referralChanged, async (event, manager) => {
      const p = event.payload;
      await addTimelineEntry(manager, {
        eventId: event.id,
        householdId: p.householdId,
        personId: p.personId,
        municipality: event.municipality,
        department: p.fromDepartment,
        kind: `referral-${p.status}`,
        occurredAt: event.occurredAt,
        summary: `Referral ${p.fromDepartment} → ${p.toDepartment}: ${p.status}${p.consentOverridden ? ' (sent without consent, override)' : ''}`,
      });
    }),
  ],
};
