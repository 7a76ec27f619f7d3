import type { SettledSplit, SettlementProgress } from '@ankomst/contracts/housing';
import { ageOn } from '@ankomst/contracts';
import { percent } from '../shared/percent';

export type SettledCategory = 'unaccompaniedMinors' | 'adults' | 'childrenInFamilies';

/**
 * IMDi's split of settled persons: unaccompanied minors count on their own; everyone else
 * is an adult (18 or over on the settlement day) or a child in a family.
 */
export function settledCategory(person: { unaccompaniedMinor: boolean; birthDate: string }, settledOn: string): SettledCategory {
  if (person.unaccompaniedMinor) return 'unaccompaniedMinors';
  return ageOn(person.birthDate, settledOn) >= 18 ? 'adults' : 'childrenInFamilies';
}

export function splitSettled(persons: { unaccompaniedMinor: boolean; birthDate: string; settledOn: string }[]): SettledSplit {
  const split: SettledSplit = { unaccompaniedMinors: 0, adults: 0, childrenInFamilies: 0, total: 0 };
  for (const p of persons) {
    split[settledCategory(p, p.settledOn)] += 1;
    split.total += 1;
  }
  return split;
}

export interface ProgressInput {
  municipality: string;
  year: number;
  /** IMDi's initial and additional requests of the year. */
  requests: { total: number; unaccompaniedMinors: number }[];
  decision: { total: number; unaccompaniedMinors: number } | null;
  settled: SettledSplit;
}

/** Progress = settled against the council's decision (and against IMDi's request). */
export function settlementProgress(input: ProgressInput): SettlementProgress {
  const requested = input.requests.reduce(
    (sum, r) => ({ total: sum.total + r.total, unaccompaniedMinors: sum.unaccompaniedMinors + r.unaccompaniedMinors }),
    { total: 0, unaccompaniedMinors: 0 },
  );
  const { decision, settled } = input;
  return {
    municipality: input.municipality,
    year: input.year,
    requested,
    decided: decision ? { total: decision.total, unaccompaniedMinors: decision.unaccompaniedMinors } : null,
    settled,
    percentOfDecided: decision ? percent(settled.total, decision.total) : null,
    percentOfRequested: percent(settled.total, requested.total),
    unaccompaniedMinorsPercentOfDecided: decision ? percent(settled.unaccompaniedMinors, decision.unaccompaniedMinors) : null,
    remainingToDecided: decision ? Math.max(0, decision.total - settled.total) : null,
  };
}
