import { z } from 'zod';
import { pastCaseDate } from '../common/dates';
import { entityId, isoDate } from './common';
import { householdSituation, householdView } from './household';
import { selfSettlementStatus } from './self-settlement';

/** A row of the household list: the household and its status from the facts, as its page shows it. */
export const householdListItem = householdView.extend({ situation: householdSituation });
export type HouseholdListItem = z.infer<typeof householdListItem>;
export const householdPage = z.object({ total: z.number(), items: z.array(householdListItem) });
export type HouseholdPage = z.infer<typeof householdPage>;

/** A tenancy of the household with the dwelling's address: its home, now or before. */
export const householdTenancy = z.object({
  id: entityId,
  dwellingId: entityId,
  address: z.string(),
  startDate: isoDate,
  endDate: isoDate.nullable(),
});
export type HouseholdTenancy = z.infer<typeof householdTenancy>;

/** A self-settlement case of the household, so that every colleague finds it from the household. */
export const householdSelfSettlement = z.object({
  id: entityId,
  address: z.string(),
  status: selfSettlementStatus,
  /** When the case was approved or rejected; null while open. */
  decidedAt: z.string().nullable(),
});
export type HouseholdSelfSettlement = z.infer<typeof householdSelfSettlement>;

/** One household as its page shows it: the members and what has happened to them. */
export const householdDetail = householdView.extend({
  situation: householdSituation,
  /** The active tenancy, if any. */
  home: householdTenancy.nullable(),
  /** Every tenancy, newest first (for the timeline). */
  tenancies: z.array(householdTenancy),
  /** Every self-settlement case, newest first; at most one is open. */
  selfSettlements: z.array(householdSelfSettlement),
});
export type HouseholdDetail = z.infer<typeof householdDetail>;

/**
 * Settles every member not yet settled (and not moved out) on one day. With `dwellingId` the
 * household moves in that day: the dwelling is allocated in the same transaction.
 */
export const settleHousehold = z.object({
  id: entityId,
  settledOn: pastCaseDate,
  dwellingId: entityId.optional(),
});
export type SettleHousehold = z.infer<typeof settleHousehold>;
