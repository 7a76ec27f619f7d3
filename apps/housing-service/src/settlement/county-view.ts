import { type CountyMunicipality, SMALL_COUNT_LIMIT, suppressSmallCount } from '@ankomst/contracts/housing';
import { median, percent } from '../shared/percent';

export interface MunicipalityFigures {
  municipality: string;
  requested: { total: number; unaccompaniedMinors: number } | null;
  decided: { total: number; unaccompaniedMinors: number } | null;
  settled: { total: number; unaccompaniedMinors: number };
  /** Days from residence permit to settlement of each person settled in the year (with a permit date). */
  permitToSettlementDays: number[];
}

/**
 * One municipality as the county governor sees it: requests and decisions as they are (public
 * figures), counts of persons 1–4 as "<5", and nothing derived from a suppressed count.
 */
export function countyMunicipalityView(figures: MunicipalityFigures): CountyMunicipality {
  const settledTotal = suppressSmallCount(figures.settled.total);
  const enough = figures.permitToSettlementDays.length >= SMALL_COUNT_LIMIT;
  return {
    municipality: figures.municipality,
    requested: figures.requested,
    decided: figures.decided,
    settled: { total: settledTotal, unaccompaniedMinors: suppressSmallCount(figures.settled.unaccompaniedMinors) },
    // With the decision public, the percentage of a suppressed count would give the count away.
    percentOfDecided: figures.decided && typeof settledTotal === 'number' ? percent(settledTotal, figures.decided.total) : null,
    medianDaysPermitToSettlement: enough ? median(figures.permitToSettlementDays) : null,
  };
}
