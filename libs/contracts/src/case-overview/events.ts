import { z } from 'zod';
import { kommunenummer } from '../common/municipality';
import { defineEvent } from '../events/envelope';
import { consentGrantor } from './consent';
import { department } from './departments';
import { referralStatus } from './referral';

/**
 * Events of the case-overview service: consent and referral changes. Other departments
 * may react to a withdrawal; the case view's timeline is built from them like from any
 * other department's events, so a rebuild from the streams restores it.
 */
export const consentGiven = defineEvent(
  'ankomst.case-overview.consent-given.v1',
  z.object({
    consentId: z.uuid(),
    personId: z.uuid(),
    householdId: z.uuid(),
    municipality: kommunenummer,
    scope: z.string(),
    grantor: consentGrantor,
    validFrom: z.string(),
    validTo: z.string().nullable(),
  }),
);

export const consentWithdrawn = defineEvent(
  'ankomst.case-overview.consent-withdrawn.v1',
  z.object({
    consentId: z.uuid(),
    personId: z.uuid(),
    householdId: z.uuid(),
    municipality: kommunenummer,
    scope: z.string(),
  }),
);

export const referralChanged = defineEvent(
  'ankomst.case-overview.referral-changed.v1',
  z.object({
    referralId: z.uuid(),
    personId: z.uuid(),
    householdId: z.uuid(),
    municipality: kommunenummer,
    fromDepartment: department,
    toDepartment: department,
    status: referralStatus,
    consentOverridden: z.boolean(),
  }),
);

export const caseOverviewEvents = [consentGiven, consentWithdrawn, referralChanged];
