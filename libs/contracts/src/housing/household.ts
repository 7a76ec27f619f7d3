import { z } from 'zod';
import { kommunenummer } from '../common/municipality';
import { birthDate, notBefore, pastCaseDate, whenFieldsValid } from '../common/dates';
import { withCode } from '../common/issue-codes';
import { nationalIdAgreesWithBirthDate, nationalIdBirthDateRule } from '../common/national-id-birth-date';
import { norwegianId } from '../common/norwegian-id.schema';
import { queryInt } from '../common/numbers';
import { nameSearchText, singleLineText } from '../common/text';
import { entityId, inputDate, isoDate, languageCode, settlementYearQuery } from './common';
import { registerDwelling } from './dwelling';
import { personMovedOut } from './person-moved-out';

/** How the household came to the municipality. */
export const arrivalOrigin = z.enum(['reception-centre', 'quota-refugee', 'family-reunification', 'unaccompanied-minor']);
export type ArrivalOrigin = z.infer<typeof arrivalOrigin>;

export const householdRelationship = z.enum(['head', 'spouse', 'child', 'sibling', 'parent', 'other']);
export type HouseholdRelationship = z.infer<typeof householdRelationship>;

export const personSex = z.enum(['female', 'male', 'unspecified']);

const name = singleLineText({ min: 1, max: 100 });

/** ISO 3166-1 alpha-2 country code, e.g. SY, ER, AF, UA, SO. */
export const countryOfOriginCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 country code');

const permitAfterBirth = notBefore<{ residencePermitDate?: string | null; birthDate: string }>(
  'residencePermitDate',
  'birthDate',
  'the birth date',
);

export const householdMemberInput = z
  .object({
    givenName: name,
    familyName: name,
    birthDate,
    sex: personSex.default('unspecified'),
    relationship: householdRelationship,
    /** Fødselsnummer or D-nummer; many newly arrived persons have none yet. */
    nationalId: norwegianId.nullish(),
    languages: z.array(languageCode).max(10).default([]),
    residencePermitDate: pastCaseDate.nullish(),
  })
  .refine(permitAfterBirth.check, permitAfterBirth.options)
  .refine((m) => nationalIdAgreesWithBirthDate(m.nationalId, m.birthDate), {
    path: ['nationalId'],
    when: whenFieldsValid('nationalId', 'birthDate'),
    ...nationalIdBirthDateRule,
  });
export type HouseholdMemberInput = z.infer<typeof householdMemberInput>;

export const registerHousehold = z.object({
  origin: arrivalOrigin,
  countryOfOrigin: countryOfOriginCode,
  languages: z.array(languageCode).max(10).default([]),
  /** The day IMDi asked the municipality to settle this household (start of request→housing time). */
  requestedOn: pastCaseDate.nullish(),
  members: z.array(householdMemberInput).min(1, 'must have at least one member').max(30, 'must have at most 30 members'),
});
export type RegisterHousehold = z.infer<typeof registerHousehold>;

/** A household as it is today, for bulk import: settled or not, with its current home or not. */
export const importedHousehold = registerHousehold
  .extend({
    settledOn: pastCaseDate.nullish(),
    /** Registered as a dwelling and allocated to the household in the same transaction. */
    home: registerDwelling.extend({ startDate: inputDate }).nullish(),
  })
  .superRefine((household, ctx) => {
    // The same order the service enforces one by one: permit → settlement, request → tenancy.
    const latestPermit = household.members.map((m) => m.residencePermitDate ?? '').reduce((a, b) => (a > b ? a : b), '');
    if (household.settledOn && latestPermit && household.settledOn < latestPermit) {
      ctx.addIssue({
        code: 'custom',
        path: ['settledOn'],
        message: "must not be before a member's residence permit",
        params: withCode('date_before', { other: 'residencePermitDate' }),
      });
    }
    if (household.home && household.requestedOn && household.home.startDate < household.requestedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['home', 'startDate'],
        message: "must not be before IMDi's request (requestedOn)",
        params: withCode('date_before', { other: 'requestedOn' }),
      });
    }
  });
export type ImportedHousehold = z.infer<typeof importedHousehold>;

/** Bulk registration for demo data and moves from older systems: same rules and events, one transaction per batch. */
export const importHouseholds = z.object({
  households: z.array(importedHousehold).min(1, 'must contain at least one household').max(1000, 'must contain at most 1000 households'),
});
export type ImportHouseholds = z.infer<typeof importHouseholds>;
export const importHouseholdsResult = z.object({ households: z.number(), persons: z.number() });
export type ImportHouseholdsResult = z.infer<typeof importHouseholdsResult>;

/** A person as other services and the portal see them: never the national id itself. */
export const personView = z.object({
  id: entityId,
  householdId: entityId,
  municipality: kommunenummer,
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate,
  sex: personSex,
  relationship: householdRelationship,
  languages: z.array(z.string()),
  unaccompaniedMinor: z.boolean(),
  hasNationalId: z.boolean(),
  residencePermitDate: isoDate.nullable(),
  settledOn: isoDate.nullable(),
  /** Set when the person was released to another municipality; the record then stays here, read-only. */
  movedOut: personMovedOut.nullable(),
});
export type PersonView = z.infer<typeof personView>;

export const householdView = z.object({
  id: entityId,
  municipality: kommunenummer,
  origin: arrivalOrigin,
  countryOfOrigin: z.string(),
  languages: z.array(z.string()),
  requestedOn: isoDate.nullable(),
  registeredAt: z.string(),
  members: z.array(personView),
});
export type HouseholdView = z.infer<typeof householdView>;

/**
 * Where a household stands, from the facts the housing service keeps: members' settlement
 * dates first, then an active tenancy, then an approved self-settlement. The household page,
 * the list's rows and the list's status filter all use this one.
 */
export const householdSituation = z.enum(['waiting', 'dwelling-allocated', 'self-settlement-approved', 'partly-settled', 'settled']);
export type HouseholdSituation = z.infer<typeof householdSituation>;

/** A fragment of a member's name, never a national id (`nameSearchText`). */
export const householdNameSearch = nameSearchText;

export const listHouseholds = z.object({
  limit: queryInt({ min: 1, max: 200 }).default(50),
  offset: queryInt({ min: 0, max: 1_000_000 }).default(0),
  /** Case-insensitive part of any member's "given family" name. */
  search: householdNameSearch.optional(),
  origin: arrivalOrigin.optional(),
  /** Where the household stands, as its row and page show it (`householdSituation`). */
  status: householdSituation.optional(),
  /** Only households with at least one unaccompanied minor. */
  // Text in a query string, a boolean once the gateway has parsed it and passed it on.
  minorsOnly: z.union([z.boolean(), z.stringbool()], { error: 'must be true or false' }).default(false),
});
export type ListHouseholds = z.infer<typeof listHouseholds>;
// The list's page (`householdPage`) is in household-situation.ts: its rows carry the status from the facts.

export const updatePerson = z.object({
  personId: entityId,
  givenName: name.optional(),
  familyName: name.optional(),
  languages: z.array(languageCode).max(10).optional(),
  nationalId: norwegianId.optional(),
  // Against the stored birth and settlement dates in the housing service (not known here).
  residencePermitDate: pastCaseDate.optional(),
});
export type UpdatePerson = z.infer<typeof updatePerson>;

/** Household facts that may be corrected after registration (origin is fixed: it decides the minors' flag). */
export const updateHousehold = z.object({
  id: entityId,
  countryOfOrigin: countryOfOriginCode.optional(),
  languages: z.array(languageCode).max(10).optional(),
  // Against the household's tenancies in the housing service (a tenancy may not start before it).
  requestedOn: pastCaseDate.nullable().optional(),
});
export type UpdateHousehold = z.infer<typeof updateHousehold>;

/** A member joining a registered household (a newborn, a family reunification), the same rules as at registration. */
export const addHouseholdMember = householdMemberInput.safeExtend({ householdId: entityId });
export type AddHouseholdMember = z.infer<typeof addHouseholdMember>;

/** Why a member left the household; the record stays (read-only) with the reason. */
export const householdLeaveReason = z.enum(['moved-out', 'deceased', 'registered-by-mistake', 'other']);
export type HouseholdLeaveReason = z.infer<typeof householdLeaveReason>;

/** Removes a member from the household's current members; not the last one (a household has at least one). */
export const removeHouseholdMember = z.object({
  householdId: entityId,
  personId: entityId,
  leftOn: pastCaseDate,
  reason: householdLeaveReason,
});
export type RemoveHouseholdMember = z.infer<typeof removeHouseholdMember>;

/** Not before the person's residence permit: checked by the housing service against the stored date. */
export const settlePerson = z.object({ personId: entityId, settledOn: pastCaseDate });
export type SettlePerson = z.infer<typeof settlePerson>;

/** One person, the read a break-glass grant for that person may lift. */
export const getPerson = z.object({ personId: entityId });
export type GetPerson = z.infer<typeof getPerson>;

export const findPersonByNationalId = z.object({ nationalId: norwegianId });
export type FindPersonByNationalId = z.infer<typeof findPersonByNationalId>;

export const timeToSettlementQuery = z.object({ year: settlementYearQuery });
export type TimeToSettlementQuery = z.infer<typeof timeToSettlementQuery>;

const durationStats = z.object({
  count: z.number(),
  medianDays: z.number().nullable(),
  withinTarget: z.number(),
  percentWithinTarget: z.number().nullable(),
});
export type DurationStats = z.infer<typeof durationStats>;

export const timeToSettlement = z.object({
  municipality: z.string(),
  year: z.number(),
  /** Residence permit → settlement; target 6 months (3 for unaccompanied minors). */
  permitToSettlement: z.object({
    unaccompaniedMinors: durationStats.extend({ targetMonths: z.number() }),
    others: durationStats.extend({ targetMonths: z.number() }),
  }),
  /** IMDi's request for the household → first day of its tenancy; target 4 weeks. */
  requestToHousing: durationStats.extend({ targetDays: z.number() }),
});
export type TimeToSettlement = z.infer<typeof timeToSettlement>;
