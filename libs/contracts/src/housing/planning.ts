import { z } from 'zod';
import { settlementYearQuery } from './common';

export const settlementPlanningQuery = z.object({ year: settlementYearQuery });
export type SettlementPlanningQuery = z.infer<typeof settlementPlanningQuery>;

/** Dwellings by number of rooms: the size a household needs. */
export const dwellingsByRooms = z.object({
  oneRoom: z.number(),
  twoRooms: z.number(),
  threeRooms: z.number(),
  fourOrMoreRooms: z.number(),
  total: z.number(),
});
export type DwellingsByRooms = z.infer<typeof dwellingsByRooms>;

const persons = z.object({ total: z.number(), unaccompaniedMinors: z.number() });

export const planningQuarter = z.object({
  quarter: z.string(),
  /** The quarter has ended: nothing more is planned in it. */
  past: z.boolean(),
  /** Persons planned to be settled in the quarter: what remains of the year spread over the quarters left. */
  toSettle: persons,
  /** Municipal dwellings free from this quarter (the current quarter includes those vacant today). */
  freed: dwellingsByRooms,
  /** Persons other than unaccompanied minors planned up to the end of the quarter. */
  cumulativeNeed: z.number(),
  /** Places (one person per room) in the dwellings freed up to the end of the quarter. */
  cumulativePlaces: z.number(),
  /** Persons without a place by the end of the quarter; 0 when the dwellings suffice. */
  shortfall: z.number(),
});
export type PlanningQuarter = z.infer<typeof planningQuarter>;

/**
 * Settlement planning: who is still to be settled this year (decided minus settled, or the
 * request while the council has not decided) against vacant and soon-vacant municipal
 * dwellings, per quarter. Unaccompanied minors are counted separately: they live in the
 * municipality's own residential care (botiltak), not in the ordinary dwellings.
 */
export const settlementPlanning = z.object({
  municipality: z.string(),
  year: z.number(),
  basis: z.enum(['decision', 'request', 'none']),
  remaining: persons,
  quarters: z.array(planningQuarter),
});
export type SettlementPlanning = z.infer<typeof settlementPlanning>;
