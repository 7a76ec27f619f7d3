import { z } from 'zod';
import { settlementYearQuery } from './common';

/**
 * Counts of persons below this are not shown outside the municipality: with a handful of
 * persons in a small municipality an aggregate points at someone.
 */
export const SMALL_COUNT_LIMIT = 5;
export const SUPPRESSED = '<5' as const;

/** A count of persons as the county sees it: exact from 5 (and 0), "<5" for 1–4. */
export const suppressedCount = z.union([z.number().int().nonnegative(), z.literal(SUPPRESSED)]);
export type SuppressedCount = z.infer<typeof suppressedCount>;

export function suppressSmallCount(count: number): SuppressedCount {
  return count > 0 && count < SMALL_COUNT_LIMIT ? SUPPRESSED : count;
}

/** The county number: the first two digits of the kommunenummer. */
export const countyOf = (municipality: string): string => municipality.slice(0, 2);

export const countyStatisticsQuery = z.object({ year: settlementYearQuery });
export type CountyStatisticsQuery = z.infer<typeof countyStatisticsQuery>;

/** IMDi's requests and the council's decisions are public figures: shown as they are. */
const publicFigure = z.object({ total: z.number(), unaccompaniedMinors: z.number() }).nullable();

export const countyMunicipality = z.object({
  municipality: z.string(),
  requested: publicFigure,
  decided: publicFigure,
  settled: z.object({ total: suppressedCount, unaccompaniedMinors: suppressedCount }),
  /** Settled ÷ decided in percent; null without a decision or when the settled count is suppressed. */
  percentOfDecided: z.number().nullable(),
  /** Median days from residence permit to settlement; null below 5 persons. */
  medianDaysPermitToSettlement: z.number().nullable(),
});
export type CountyMunicipality = z.infer<typeof countyMunicipality>;

/** The county governor's view: per municipality of the county, aggregates only, never a person. */
export const countyStatistics = z.object({
  county: z.string(),
  year: z.number(),
  municipalities: z.array(countyMunicipality),
});
export type CountyStatistics = z.infer<typeof countyStatistics>;
