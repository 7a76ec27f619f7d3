import { z } from 'zod';
import { kommunenummer } from '../common/municipality';
import { defineEvent } from '../events/envelope';

/**
 * Events of the introduction service, published to its stream ANKOMST_INTRODUCTION. Payloads carry ids,
 * codes and dates, never a name or a national id. A breaking change is a new subject (.v2).
 * Each carries `version`, the participant's own change counter: a consumer that sees a lower
 * version than it holds has a stale or repeated event and keeps what it has.
 */
const participantStatusCode = z.enum(['candidate', 'mapped', 'granted', 'refused', 'active', 'stopped', 'exited']);
const deadlineStateCode = z.enum(['open', 'warning', 'due', 'overdue', 'decided', 'none']);

/** The participant's status and the decision deadline (consent category `intro-status`). */
export const participantStatusChanged = defineEvent(
  'ankomst.introduction.participant-status-changed.v1',
  z.object({
    participantId: z.uuid(),
    personId: z.uuid(),
    householdId: z.uuid(),
    municipality: kommunenummer,
    version: z.number().int(),
    status: participantStatusCode,
    /** Settlement + 3 months; null when the settlement date is unknown. */
    decisionDeadline: z.iso.date().nullable(),
    /** The deadline's state when the event was recorded; readers recompute it from the deadline each day. */
    deadlineState: deadlineStateCode,
    decidedOn: z.iso.date().nullable(),
    exitedOn: z.iso.date().nullable(),
  }),
);

/** The integration plan's summary (consent category `intro-status`). */
export const planSummaryChanged = defineEvent(
  'ankomst.introduction.plan-summary-changed.v1',
  z.object({
    participantId: z.uuid(),
    personId: z.uuid(),
    householdId: z.uuid(),
    municipality: kommunenummer,
    version: z.number().int(),
    planVersion: z.number().int(),
    sluttmaalGroup: z.enum(['work-or-higher-education', 'upper-secondary-under-25', 'upper-secondary-25-plus', 'work-or-basic-education']),
    startDate: z.iso.date(),
    endDate: z.iso.date(),
    fullTime: z.boolean(),
  }),
);

/** Absence hours of a month (consent category `intro-absence`: shown only under that scope). */
export const absenceSummarised = defineEvent(
  'ankomst.introduction.absence-summarised.v1',
  z.object({
    participantId: z.uuid(),
    personId: z.uuid(),
    householdId: z.uuid(),
    municipality: kommunenummer,
    version: z.number().int(),
    month: z.string().regex(/^\d{4}-\d{2}$/),
    approvedHours: z.number(),
    unapprovedHours: z.number(),
  }),
);

/** Every event the service records: the subjects of its stream. */
export const introductionEvents = [participantStatusChanged, planSummaryChanged, absenceSummarised];
