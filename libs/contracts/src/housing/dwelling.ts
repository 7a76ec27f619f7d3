import { z } from 'zod';
import { queryInt } from '../common/numbers';
import { singleLineText } from '../common/text';
import { entityId, inputDate, isoDate, nok, settlementYearQuery } from './common';

export const dwellingOwnership = z.enum(['municipal', 'private']);
/** `available` dwellings may be let; occupancy itself follows from active tenancies. */
export const dwellingStatus = z.enum(['available', 'maintenance', 'retired']);

const dwellingFields = {
  ownership: dwellingOwnership,
  address: singleLineText({ min: 3, max: 200 }),
  postalCode: z.string().regex(/^\d{4}$/, 'must be a four-digit postal code'),
  // At least 1: the column keeps one decimal, so a smaller size would be stored as 0.
  sizeSquareMetres: z.number({ message: 'must be a number' }).min(1, 'must be at least 1').max(1000, 'must be at most 1000'),
  rooms: z.number({ message: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(20, 'must be at most 20'),
  monthlyRentNok: nok,
  accessible: z.boolean(),
  status: dwellingStatus,
  availableFrom: inputDate,
};

export const registerDwelling = z.object({
  ...dwellingFields,
  accessible: dwellingFields.accessible.default(false),
  status: dwellingFields.status.default('available'),
});
export type RegisterDwelling = z.infer<typeof registerDwelling>;

export const dwellingView = registerDwelling.extend({
  id: entityId,
  municipality: z.string(),
  occupiedBy: entityId.nullable(),
});
export type DwellingView = z.infer<typeof dwellingView>;

/** Corrections and changes to a dwelling: only the fields sent change (at least one). */
export const updateDwelling = z.object(dwellingFields).partial().extend({ dwellingId: entityId });
export type UpdateDwelling = z.infer<typeof updateDwelling>;

export const listDwellings = z.object({
  vacantOnly: z.union([z.boolean(), z.stringbool()], { error: 'must be true or false' }).default(false),
  limit: queryInt({ min: 1, max: 500 }).default(100),
  offset: queryInt({ min: 0, max: 1_000_000 }).default(0),
});
export type ListDwellings = z.infer<typeof listDwellings>;
export const dwellingPage = z.object({ total: z.number(), items: z.array(dwellingView) });

export const allocateDwelling = z.object({
  dwellingId: entityId,
  householdId: entityId,
  /** Not before IMDi's request for the household: checked by the housing service against the stored date. */
  startDate: inputDate,
});
export type AllocateDwelling = z.infer<typeof allocateDwelling>;

export const tenancyEndReason = z.enum(['moved', 'bought-own-home', 'evicted', 'deceased', 'other']);

export const endTenancy = z.object({
  tenancyId: entityId,
  endDate: inputDate,
  reason: tenancyEndReason,
  /** Bought with a startlån from Husbanken (only with reason bought-own-home). */
  withStartlan: z.boolean().default(false),
});
export type EndTenancy = z.infer<typeof endTenancy>;

export const tenancyView = z.object({
  id: entityId,
  dwellingId: entityId,
  householdId: entityId,
  municipality: z.string(),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  endReason: tenancyEndReason.nullable(),
  withStartlan: z.boolean(),
});
export type TenancyView = z.infer<typeof tenancyView>;

/** Where a household lives now: its active tenancy with the dwelling's address, or none. */
export const householdHome = z.object({
  householdId: entityId,
  memberIds: z.array(entityId),
  home: tenancyView.extend({ address: z.string(), postalCode: z.string() }).nullable(),
});
export type HouseholdHome = z.infer<typeof householdHome>;

export const vacancyQuery = z.object({ year: settlementYearQuery });
export type VacancyQuery = z.infer<typeof vacancyQuery>;

export const quarterVacancy = z.object({
  quarter: z.string(),
  dwellings: z.number(),
  /** Vacant share of municipal dwelling-days in the quarter, percent with one decimal. */
  vacancyPercent: z.number().nullable(),
  targetPercent: z.number(),
  withinTarget: z.boolean().nullable(),
});
export const vacancyReport = z.object({ municipality: z.string(), year: z.number(), quarters: z.array(quarterVacancy) });
export type VacancyReport = z.infer<typeof vacancyReport>;
