import { addMonths, ageOn } from '@ankomst/contracts';
import { type SluttmaalGroup } from '@ankomst/contracts/introduction';

/**
 * The plan length table (integreringsforskriften, IMDi's guidance): per sluttmål group the
 * shortest and longest ordinary programme and the extension it may get, never beyond 4 years.
 */
export interface PlanLengthRule {
  minMonths: number;
  maxMonths: number;
  extensionMonths: number;
}

export const planLengthTable: Readonly<Record<SluttmaalGroup, PlanLengthRule>> = {
  'work-or-higher-education': { minMonths: 3, maxMonths: 6, extensionMonths: 6 },
  'upper-secondary-under-25': { minMonths: 3, maxMonths: 36, extensionMonths: 12 },
  'upper-secondary-25-plus': { minMonths: 3, maxMonths: 36, extensionMonths: 12 },
  'work-or-basic-education': { minMonths: 3, maxMonths: 24, extensionMonths: 12 },
};

export const MAX_PROGRAMME_MONTHS = 48;

/** The group a participant belongs to, from education and age on the plan's start. */
export function sluttmaalGroupFor(facts: {
  hasUpperSecondary: boolean;
  birthDate: string;
  startDate: string;
  aimsAtUpperSecondary: boolean;
}): SluttmaalGroup {
  if (facts.hasUpperSecondary) return 'work-or-higher-education';
  const age = ageOn(facts.birthDate, facts.startDate);
  if (age < 25) return 'upper-secondary-under-25';
  return facts.aimsAtUpperSecondary ? 'upper-secondary-25-plus' : 'work-or-basic-education';
}

export interface PlanWindow {
  /** The earliest allowed end date (start + minimum). */
  earliestEnd: string;
  /** The latest ordinary end date (start + maximum). */
  latestOrdinaryEnd: string;
  /** The latest end date with the extension, never beyond 4 years from the start. */
  latestExtendedEnd: string;
}

/** End dates allowed for a plan starting on `startDate`: start + n months (the same day, clamped to the month's end). */
export function planWindow(group: SluttmaalGroup, startDate: string): PlanWindow {
  const rule = planLengthTable[group];
  const cap = addMonths(startDate, MAX_PROGRAMME_MONTHS);
  const extended = addMonths(startDate, rule.maxMonths + rule.extensionMonths);
  return {
    earliestEnd: addMonths(startDate, rule.minMonths),
    latestOrdinaryEnd: addMonths(startDate, rule.maxMonths),
    latestExtendedEnd: extended < cap ? extended : cap,
  };
}

export type PlanLengthProblem = 'shorter-than-minimum' | 'longer-than-maximum' | 'longer-than-extension' | 'extension-without-reason';

/** Checks a plan's end date: the ordinary maximum unless extended (with a reason), the extension and 4 years never. */
export function checkPlanLength(plan: {
  group: SluttmaalGroup;
  startDate: string;
  endDate: string;
  extended: boolean;
  extensionReason?: string | null;
}): PlanLengthProblem[] {
  const window = planWindow(plan.group, plan.startDate);
  const problems: PlanLengthProblem[] = [];
  if (plan.endDate < window.earliestEnd) problems.push('shorter-than-minimum');
  if (!plan.extended && plan.endDate > window.latestOrdinaryEnd) problems.push('longer-than-maximum');
  if (plan.extended && plan.endDate > window.latestExtendedEnd) problems.push('longer-than-extension');
  if (plan.extended && !plan.extensionReason?.trim()) problems.push('extension-without-reason');
  return problems;
}
