import { type DayRange, daysBetween, quarterOf } from '@ankomst/contracts';
import { percent } from '../shared/percent';

export interface DwellingPeriod {
  /** First day the dwelling could be let. */
  availableFrom: string;
  /** Last day it counted (retired dwellings leave the stock); null while in the stock. */
  retiredOn: string | null;
  tenancies: { startDate: string; endDate: string | null }[];
}

/** Inclusive day count of the overlap of [from, to] with a range; 0 when they do not meet. */
function overlapDays(from: string, to: string | null, range: DayRange): number {
  const start = from > range.from ? from : range.from;
  const end = to === null || to > range.to ? range.to : to;
  return end < start ? 0 : daysBetween(start, end) + 1;
}

/**
 * Vacancy of a stock of dwellings over a period, weighted by days: vacant dwelling-days /
 * dwelling-days in stock. A tenancy's end day counts as let (the key is handed back that day).
 */
export function vacancy(dwellings: DwellingPeriod[], range: DayRange): { dwellings: number; vacancyPercent: number | null } {
  let stockDays = 0;
  let letDays = 0;
  let counted = 0;
  for (const d of dwellings) {
    const inStock = overlapDays(d.availableFrom, d.retiredOn, range);
    if (!inStock) continue;
    counted += 1;
    stockDays += inStock;
    const stockRange = { from: d.availableFrom > range.from ? d.availableFrom : range.from, to: range.to };
    // Tenancies of one dwelling never overlap (the database refuses two active ones).
    letDays += Math.min(
      inStock,
      d.tenancies.reduce((sum, t) => sum + overlapDays(t.startDate, t.endDate, stockRange), 0),
    );
  }
  return { dwellings: counted, vacancyPercent: percent(stockDays - letDays, stockDays) };
}

export interface QuarterVacancy {
  quarter: string;
  dwellings: number;
  vacancyPercent: number | null;
  targetPercent: number;
  withinTarget: boolean | null;
}

/** The quarterly report to the council: each quarter's vacancy against the target (4 %). */
export function vacancyByQuarter(dwellings: DwellingPeriod[], year: number, targetPercent: number): QuarterVacancy[] {
  return ([1, 2, 3, 4] as const).map((q) => {
    const { dwellings: count, vacancyPercent } = vacancy(dwellings, quarterOf(year, q));
    return {
      quarter: `${year}-Q${q}`,
      dwellings: count,
      vacancyPercent,
      targetPercent,
      withinTarget: vacancyPercent === null ? null : vacancyPercent <= targetPercent,
    };
  });
}
