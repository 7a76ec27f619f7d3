import { addDays, addMonths, daysBetween } from '@ankomst/contracts';
import { type DecisionDeadlineState } from '@ankomst/contracts/introduction';

/** The municipality decides on the programme within 3 months of settlement (integreringsloven § 12). */
export const DECISION_MONTHS = 3;
/** The attention list warns this many days before the deadline, and again on the day. */
export const WARNING_DAYS = 14;

export interface DecisionDeadline {
  /** The last day for the decision: settlement + 3 months, clamped to the month's end (30 November → 28/29 February). */
  deadline: string;
  /** The first day of the warning. */
  warnFrom: string;
  state: DecisionDeadlineState;
  /** Days until the deadline (0 on the day), negative when overdue; null once decided. */
  daysLeft: number | null;
}

export function decisionDeadlineOf(settledOn: string): string {
  return addMonths(settledOn, DECISION_MONTHS);
}

/** The deadline's state on `today`: decided ends it; otherwise open, warning (14 days before), due (the day), overdue. */
export function decisionDeadline(settledOn: string, today: string, decidedOn: string | null = null): DecisionDeadline {
  const deadline = decisionDeadlineOf(settledOn);
  const warnFrom = addDays(deadline, -WARNING_DAYS);
  if (decidedOn) return { deadline, warnFrom, state: 'decided', daysLeft: null };
  const daysLeft = daysBetween(today, deadline);
  const state: DecisionDeadlineState = daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'due' : daysLeft <= WARNING_DAYS ? 'warning' : 'open';
  return { deadline, warnFrom, state, daysLeft };
}
