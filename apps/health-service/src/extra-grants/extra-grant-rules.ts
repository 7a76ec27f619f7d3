import { addDays, addMonths } from '@ankomst/contracts';

/**
 * IMDi's extra grant for settling refugees with disabilities or health needs (ekstratilskudd).
 * Tilskudd 1 is one-off, for grant year 1 or 2; tilskudd 2 is yearly, up to 5 grant years, for
 * an unaccompanied minor until the year they turn 20. A grant year is the 12 months from the day
 * of settlement (year 1 = settlement day to the day before its first anniversary). The
 * application for grant year n is due 2 months after that year ends, so the first is due 14
 * months after settlement.
 */

export type ExtraGrantKind = 'tilskudd-1' | 'tilskudd-2';

export const DEADLINE_MONTHS_AFTER_GRANT_YEAR = 2;
export const TILSKUDD_1_LAST_YEAR = 2;
export const TILSKUDD_2_LAST_YEAR = 5;
export const UNACCOMPANIED_UNTIL_AGE = 20;
export const BORN_AFTER_SETTLEMENT_MONTHS = 6;

export function grantYear(settledOn: string, year: number): { from: string; to: string } {
  return { from: addMonths(settledOn, 12 * (year - 1)), to: addDays(addMonths(settledOn, 12 * year), -1) };
}

/** The last day to apply for grant year `year`: 2 months after it ends (year 1: 14 months after settlement). */
export function applicationDeadline(settledOn: string, year: number): string {
  return addMonths(settledOn, 12 * year + DEADLINE_MONTHS_AFTER_GRANT_YEAR);
}

export type CoverageIssue = 'tilskudd-1-years-1-2' | 'tilskudd-2-up-to-5-years' | 'unaccompanied-until-year-turning-20';

/** Whether a grant year can be applied for with this kind of grant; null when it can. */
export function coverageIssue(
  kind: ExtraGrantKind,
  year: number,
  person: { settledOn: string; birthDate: string; unaccompaniedMinor: boolean },
): CoverageIssue | null {
  if (kind === 'tilskudd-1') return year <= TILSKUDD_1_LAST_YEAR ? null : 'tilskudd-1-years-1-2';
  if (person.unaccompaniedMinor) {
    const lastCalendarYear = Number(person.birthDate.slice(0, 4)) + UNACCOMPANIED_UNTIL_AGE;
    return Number(grantYear(person.settledOn, year).from.slice(0, 4)) <= lastCalendarYear ? null : 'unaccompanied-until-year-turning-20';
  }
  return year <= TILSKUDD_2_LAST_YEAR ? null : 'tilskudd-2-up-to-5-years';
}

export interface EligibilityInput {
  settledByAgreementWithImdi: boolean;
  conditionKnownBeforeSettlement: boolean;
  /** For a child born after the mother was settled: its birth date and her settlement date. */
  bornAfterMothersSettlement: { bornOn: string; motherSettledOn: string } | null;
}

export type EligibilityIssue =
  'not-settled-by-agreement' | 'condition-not-known-before-settlement' | 'born-more-than-6-months-after-settlement';

/**
 * Eligible: settled by agreement with IMDi, and the condition known before settlement, or the
 * person a child born within 6 months of the mother's settlement.
 */
export function eligibilityIssues(input: EligibilityInput): EligibilityIssue[] {
  const issues: EligibilityIssue[] = [];
  if (!input.settledByAgreementWithImdi) issues.push('not-settled-by-agreement');
  const born = input.bornAfterMothersSettlement;
  if (born) {
    if (born.bornOn > addMonths(born.motherSettledOn, BORN_AFTER_SETTLEMENT_MONTHS))
      issues.push('born-more-than-6-months-after-settlement');
  } else if (!input.conditionKnownBeforeSettlement) {
    issues.push('condition-not-known-before-settlement');
  }
  return issues;
}

export interface CostLine {
  unit: string;
  amountNok: number;
}

/** The cost the municipality documents: the sum of its lines, per involved unit and in all. */
export function costOf(lines: readonly CostLine[]): { totalNok: number; byUnit: Record<string, number> } {
  const byUnit: Record<string, number> = {};
  for (const line of lines) byUnit[line.unit] = (byUnit[line.unit] ?? 0) + line.amountNok;
  return { totalNok: lines.reduce((sum, line) => sum + line.amountNok, 0), byUnit };
}

export type SubmissionIssue =
  'consent-form-missing' | 'doctor-statement-missing' | 'no-involved-unit' | 'no-cost' | EligibilityIssue | CoverageIssue;

export interface SubmissionDraft extends EligibilityInput {
  kind: ExtraGrantKind;
  grantYear: number;
  consentFormReceivedOn: string | null;
  doctorStatementReceivedOn: string | null;
  involvedUnits: readonly string[];
  costLines: readonly CostLine[];
}

/** Everything that stops a draft being submitted to IMDi, in the order a case worker fixes it. */
export function submissionIssues(
  draft: SubmissionDraft,
  person: { settledOn: string; birthDate: string; unaccompaniedMinor: boolean },
): SubmissionIssue[] {
  const issues: SubmissionIssue[] = [];
  if (!draft.consentFormReceivedOn) issues.push('consent-form-missing');
  if (!draft.doctorStatementReceivedOn) issues.push('doctor-statement-missing');
  issues.push(...eligibilityIssues(draft));
  const coverage = coverageIssue(draft.kind, draft.grantYear, person);
  if (coverage) issues.push(coverage);
  if (draft.involvedUnits.length === 0) issues.push('no-involved-unit');
  if (costOf(draft.costLines).totalNok <= 0) issues.push('no-cost');
  return issues;
}

export type ExtraGrantStatus = 'draft' | 'submitted' | 'granted' | 'rejected';

export interface TotalsRow {
  status: ExtraGrantStatus;
  submittedOn: string | null;
  involvedUnits: readonly string[];
  appliedNok: number;
  grantedNok: number | null;
}

export interface YearTotals {
  year: number;
  applications: number;
  /** Distinct municipal units involved across the year's applications. */
  units: number;
  appliedNok: number;
  grantedNok: number;
  granted: number;
  rejected: number;
  pending: number;
}

/** Per year of submission (drafts are not applications yet), newest first. */
export function yearlyTotals(rows: readonly TotalsRow[]): YearTotals[] {
  const years = new Map<number, { totals: YearTotals; units: Set<string> }>();
  for (const row of rows) {
    if (row.status === 'draft' || !row.submittedOn) continue;
    const year = Number(row.submittedOn.slice(0, 4));
    const entry = years.get(year) ?? {
      totals: { year, applications: 0, units: 0, appliedNok: 0, grantedNok: 0, granted: 0, rejected: 0, pending: 0 },
      units: new Set<string>(),
    };
    entry.totals.applications += 1;
    entry.totals.appliedNok += row.appliedNok;
    if (row.status === 'granted') {
      entry.totals.granted += 1;
      entry.totals.grantedNok += row.grantedNok ?? 0;
    } else if (row.status === 'rejected') entry.totals.rejected += 1;
    else entry.totals.pending += 1;
    for (const unit of row.involvedUnits) entry.units.add(unit);
    entry.totals.units = entry.units.size;
    years.set(year, entry);
  }
  return [...years.values()].map((e) => e.totals).sort((a, b) => b.year - a.year);
}
