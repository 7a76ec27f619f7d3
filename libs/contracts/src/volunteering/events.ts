import { z } from 'zod';
import { kommunenummer } from '../common/municipality';
import { defineEvent } from '../events/envelope';

/**
 * Events of the volunteering service, published to its stream ANKOMST_VOLUNTEERING. Payloads carry ids
 * and dates, never a national id. A breaking change is a new subject (.v2).
 */
export const guideRequestRegistered = defineEvent(
  'ankomst.volunteering.guide-request-registered.v1',
  z.object({
    guideRequestId: z.uuid(),
    municipality: kommunenummer,
    personId: z.uuid(),
    householdId: z.uuid(),
    registeredOn: z.iso.date(),
    /** From this day the wait is long (the municipality's configured weeks): the attention list shows it. */
    waitAttentionOn: z.iso.date().optional(),
  }),
);

/**
 * A settled person on the waiting list got a guide: both sides accepted the match. The
 * case view shows "has a guide since" (with consent); never who the volunteer is.
 */
export const guideMatched = defineEvent(
  'ankomst.volunteering.guide-matched.v1',
  z.object({
    matchId: z.uuid(),
    guideRequestId: z.uuid(),
    municipality: kommunenummer,
    personId: z.uuid(),
    householdId: z.uuid(),
    matchedOn: z.iso.date(),
  }),
);

/** The match ended; `waitingAgainSince` is set when the person went back on the waiting list. */
export const guideMatchEnded = defineEvent(
  'ankomst.volunteering.guide-match-ended.v1',
  z.object({
    matchId: z.uuid(),
    guideRequestId: z.uuid(),
    municipality: kommunenummer,
    personId: z.uuid(),
    householdId: z.uuid(),
    endedOn: z.iso.date(),
    continues: z.boolean(),
  }),
);

/** Every event the service records: the subjects of its stream. */
export const volunteeringEvents = [guideRequestRegistered, guideMatched, guideMatchEnded];
