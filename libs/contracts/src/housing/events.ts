import { z } from 'zod';
import { defineEvent } from '../events/envelope';
import { kommunenummer } from '../common/municipality';
import { isoDate } from './common';
import { arrivalOrigin, householdLeaveReason, householdRelationship, personSex } from './household';
import { dwellingOwnership, tenancyEndReason } from './dwelling';
import { settlementRequestKind } from './settlement';
import { personTransferEvents } from './transfer-events';

// The vocabulary the payloads use, for the departments that consume them.
export { arrivalOrigin, type ArrivalOrigin, householdRelationship, type HouseholdRelationship, personSex } from './household';

/**
 * Events of the housing service. Payloads carry what other services need to know about a
 * person (ids, names, birth date, origin, languages, dates) and NEVER the national id: only
 * the housing service stores it. Subjects are listed one by one in the housing stream.
 */
export const personBasics = z.object({
  personId: z.uuid(),
  householdId: z.uuid(),
  municipality: kommunenummer,
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate,
  sex: personSex,
  relationship: householdRelationship,
  origin: arrivalOrigin,
  countryOfOrigin: z.string(),
  languages: z.array(z.string()),
  unaccompaniedMinor: z.boolean(),
  hasNationalId: z.boolean(),
  residencePermitDate: isoDate.nullable(),
  settledOn: isoDate.nullable(),
});
export type PersonBasics = z.infer<typeof personBasics>;

export const householdRegistered = defineEvent(
  'ankomst.housing.household-registered.v1',
  z.object({
    householdId: z.uuid(),
    municipality: kommunenummer,
    origin: arrivalOrigin,
    countryOfOrigin: z.string(),
    languages: z.array(z.string()),
    requestedOn: isoDate.nullable(),
    members: z.array(personBasics),
  }),
);

/** The household's own facts after a correction; its members' copies follow as person-updated. */
export const householdUpdated = defineEvent(
  'ankomst.housing.household-updated.v1',
  z.object({
    householdId: z.uuid(),
    municipality: kommunenummer,
    countryOfOrigin: z.string(),
    languages: z.array(z.string()),
    requestedOn: isoDate.nullable(),
  }),
);

/** A member left the household (the housing record stays): other services drop them from its current members. */
export const householdMemberRemoved = defineEvent(
  'ankomst.housing.household-member-removed.v1',
  z.object({
    householdId: z.uuid(),
    personId: z.uuid(),
    municipality: kommunenummer,
    leftOn: isoDate,
    reason: householdLeaveReason,
  }),
);

export const personUpdated = defineEvent('ankomst.housing.person-updated.v1', personBasics);

export const personSettled = defineEvent(
  'ankomst.housing.person-settled.v1',
  personBasics.extend({
    settledOn: isoDate,
    daysFromResidencePermit: z.number().int().nullable(),
    withinTarget: z.boolean().nullable(),
  }),
);

export const settlementRequestRecorded = defineEvent(
  'ankomst.housing.settlement-request-recorded.v1',
  z.object({
    requestId: z.uuid(),
    municipality: kommunenummer,
    year: z.number().int(),
    kind: settlementRequestKind,
    total: z.number().int(),
    unaccompaniedMinors: z.number().int(),
    receivedOn: isoDate,
  }),
);

const requestFigures = z.object({
  kind: settlementRequestKind,
  total: z.number().int(),
  unaccompaniedMinors: z.number().int(),
  receivedOn: isoDate,
});

/** A recorded request's figures replaced; `previous` keeps what they were. */
export const settlementRequestCorrected = defineEvent(
  'ankomst.housing.settlement-request-corrected.v1',
  requestFigures.extend({
    requestId: z.uuid(),
    municipality: kommunenummer,
    year: z.number().int(),
    previous: requestFigures,
  }),
);

export const settlementDecisionRecorded = defineEvent(
  'ankomst.housing.settlement-decision-recorded.v1',
  z.object({
    municipality: kommunenummer,
    year: z.number().int(),
    total: z.number().int(),
    unaccompaniedMinors: z.number().int(),
    decidedOn: isoDate,
  }),
);

const dwellingFacts = z.object({
  dwellingId: z.uuid(),
  municipality: kommunenummer,
  ownership: dwellingOwnership,
  rooms: z.number().int(),
  sizeSquareMetres: z.number(),
  monthlyRentNok: z.number().int(),
  accessible: z.boolean(),
  availableFrom: isoDate,
});

export const dwellingRegistered = defineEvent('ankomst.housing.dwelling-registered.v1', dwellingFacts);

/** The same facts after a change (no address: other services need only the kind of home). */
export const dwellingUpdated = defineEvent('ankomst.housing.dwelling-updated.v1', dwellingFacts);

export const dwellingAllocated = defineEvent(
  'ankomst.housing.dwelling-allocated.v1',
  z.object({
    tenancyId: z.uuid(),
    dwellingId: z.uuid(),
    householdId: z.uuid(),
    municipality: kommunenummer,
    ownership: dwellingOwnership,
    startDate: isoDate,
  }),
);

export const tenancyEnded = defineEvent(
  'ankomst.housing.tenancy-ended.v1',
  z.object({
    tenancyId: z.uuid(),
    dwellingId: z.uuid(),
    householdId: z.uuid(),
    municipality: kommunenummer,
    endDate: isoDate,
    reason: tenancyEndReason,
    withStartlan: z.boolean(),
  }),
);

export const selfSettlementOpened = defineEvent(
  'ankomst.housing.self-settlement-opened.v1',
  z.object({ caseId: z.uuid(), householdId: z.uuid(), municipality: kommunenummer, monthlyRentNok: z.number().int() }),
);

export const selfSettlementChecklistUpdated = defineEvent(
  'ankomst.housing.self-settlement-checklist-updated.v1',
  z.object({
    caseId: z.uuid(),
    householdId: z.uuid(),
    municipality: kommunenummer,
    checks: z.record(z.string(), z.boolean()),
  }),
);

export const selfSettlementDecided = defineEvent(
  'ankomst.housing.self-settlement-decided.v1',
  z.object({
    caseId: z.uuid(),
    householdId: z.uuid(),
    municipality: kommunenummer,
    outcome: z.enum(['approved', 'rejected']),
    reason: z.string().nullable(),
  }),
);

/** Everything the housing service records: its EventsModule `produces` list. */
export const housingEvents = [
  householdRegistered,
  householdUpdated,
  householdMemberRemoved,
  personUpdated,
  personSettled,
  settlementRequestRecorded,
  settlementRequestCorrected,
  settlementDecisionRecorded,
  dwellingRegistered,
  dwellingUpdated,
  dwellingAllocated,
  tenancyEnded,
  selfSettlementOpened,
  selfSettlementChecklistUpdated,
  selfSettlementDecided,
  ...personTransferEvents,
];
