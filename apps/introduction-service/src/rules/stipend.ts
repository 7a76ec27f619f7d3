import { ageOn } from '@ankomst/contracts';
import { type LivingSituation } from '@ankomst/contracts/introduction';

/**
 * The introduction stipend's arithmetic (integreringsloven §§ 20–21 as the domain notes give
 * it). Amounts are kept in øre and compared exactly: the yearly amount is a whole number of
 * øre, so "at least 50 % of the payment" and "at least 1/12 G" are compared by cross
 * multiplication, never on rounded numbers. Hours are counted in hundredths.
 */

/** The National Insurance basic amount (grunnbeløpet), in NOK, from the day it applies (1 May each year). */
export interface GrunnbelopPeriod {
  from: string;
  amountNok: number;
}

/** Dated configuration: add a row each May. */
export const grunnbelop: readonly GrunnbelopPeriod[] = [
  { from: '2022-05-01', amountNok: 111_477 },
  { from: '2023-05-01', amountNok: 118_620 },
  { from: '2024-05-01', amountNok: 124_028 },
  { from: '2025-05-01', amountNok: 130_160 },
];

export const HOURS_PER_YEAR = 1850;

/** G on a day: the latest period that has started. */
export function gOn(day: string, table: readonly GrunnbelopPeriod[] = grunnbelop): number {
  const period = [...table]
    .sort((a, b) => a.from.localeCompare(b.from))
    .filter((p) => p.from <= day)
    .pop();
  if (!period) throw new Error(`No grunnbeløp configured for ${day}`);
  return period.amountNok;
}

export type StipendRate = 'full' | 'under-25-alone' | 'under-25-with-parents';

/** 2G a year; 2/3 of it for under-25s living alone, 1/3 for under-25s living with their parents. */
export function stipendRate(birthDate: string, onDay: string, living: LivingSituation): StipendRate {
  if (ageOn(birthDate, onDay) >= 25) return 'full';
  if (living === 'alone') return 'under-25-alone';
  if (living === 'with-parents') return 'under-25-with-parents';
  return 'full';
}

/** The yearly amount in øre: 2G, 2/3 of it or 1/3 of it, rounded to the øre. */
export function yearlyOre(g: number, rate: StipendRate): number {
  const twoG = 2 * g * 100;
  return rate === 'full' ? twoG : Math.round(rate === 'under-25-alone' ? (twoG * 2) / 3 : twoG / 3);
}

export interface MonthlyBasis {
  g: number;
  rate: StipendRate;
  yearlyOre: number;
  /** 1/12 of the yearly amount, rounded to the øre. */
  monthOre: number;
  /** 1/1850 of the yearly amount, rounded to the øre (shown; the deduction is computed unrounded). */
  hourOre: number;
  unapprovedHours: number;
  /** Unapproved hours × yearly / 1850, rounded to the øre, never more than the month. */
  deductionOre: number;
  payableOre: number;
  /** The cut takes at least 50 % of the month's payment and at least 1/12 G: it needs an enkeltvedtak. */
  enkeltvedtakRequired: boolean;
}

/**
 * The month's payment basis. `unapprovedHundredths`: unapproved absence in hundredths of an
 * hour (7.5 h = 750).
 */
export function monthlyBasis(input: { g: number; rate: StipendRate; unapprovedHundredths: number }): MonthlyBasis {
  const yearly = yearlyOre(input.g, input.rate);
  const monthOre = Math.round(yearly / 12);
  const hourOre = Math.round(yearly / HOURS_PER_YEAR);
  const h = input.unapprovedHundredths;
  // deduction = h/100 × yearly / 1850 (øre)
  const rawDeduction = (h * yearly) / (100 * HOURS_PER_YEAR);
  const deductionOre = Math.min(monthOre, Math.round(rawDeduction));
  // ≥ 50 % of the month: h·yearly/(100·1850) ≥ yearly/24  ⇔  24·h ≥ 100·1850
  const halfOrMore = 24 * h >= 100 * HOURS_PER_YEAR;
  // The cut is never more than the month itself, so it reaches G/12 (in øre: 100·G/12) only when
  // the deduction does,  h·yearly/(100·1850) ≥ 100·G/12  ⇔  12·h·yearly ≥ 100·100·1850·G,
  // and the month does,  yearly/12 ≥ 100·G/12  ⇔  yearly ≥ 100·G.
  const atLeastTwelfthG = 12 * h * yearly >= 100 * 100 * HOURS_PER_YEAR * input.g && yearly >= 100 * input.g;
  return {
    g: input.g,
    rate: input.rate,
    yearlyOre: yearly,
    monthOre,
    hourOre,
    unapprovedHours: h / 100,
    deductionOre,
    payableOre: monthOre - deductionOre,
    enkeltvedtakRequired: h > 0 && halfOrMore && atLeastTwelfthG,
  };
}
