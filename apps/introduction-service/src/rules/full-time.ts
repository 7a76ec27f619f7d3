import { addDays } from '@ankomst/contracts';
import { type MandatoryElement, measureCatalogue, type MeasureKind } from '@ankomst/contracts/introduction';

/** Full time is 37.5 hours a week, or 30 where a measure needs substantial self-study. */
export const FULL_TIME_HOURS = 37.5;
export const FULL_TIME_HOURS_WITH_SELF_STUDY = 30;

export interface PlannedMeasure {
  kind: MeasureKind;
  hoursPerWeek: number;
  /** Both ends included. */
  from: string;
  to: string;
  /** Overrides the catalogue's self-study flag for this participant. */
  substantialSelfStudy?: boolean;
}

export interface WeekCheck {
  /** The Monday of the ISO week. */
  weekStart: string;
  hours: number;
  requiredHours: number;
  fullTime: boolean;
}

export interface FullTimeCheck {
  weeks: WeekCheck[];
  /** Mandatory elements no measure of the plan covers. */
  missing: MandatoryElement[];
  /** Every week reaches full time and nothing mandatory is missing. */
  complete: boolean;
}

const catalogue = new Map(measureCatalogue.map((entry) => [entry.kind, entry]));

/** The Monday on or before `day` (1970-01-01 was a Thursday). */
export function mondayOf(day: string): string {
  const weekday = (Math.floor(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86_400_000) + 3) % 7;
  return addDays(day, -weekday);
}

const needsSelfStudy = (measure: PlannedMeasure) => measure.substantialSelfStudy ?? catalogue.get(measure.kind)?.selfStudy ?? false;

/** Mandatory elements not covered by any measure (foreldreveiledning only for those who have or expect children). */
export function missingMandatory(measures: readonly PlannedMeasure[], hasOrExpectsChildren: boolean): MandatoryElement[] {
  const kinds = new Set(measures.filter((m) => m.hoursPerWeek > 0).map((m) => m.kind));
  const missing: MandatoryElement[] = [];
  for (const entry of measureCatalogue) {
    if (entry.mandatory === 'always' || (entry.mandatory === 'parents' && hasOrExpectsChildren)) {
      if (!kinds.has(entry.kind)) missing.push(entry.kind as MandatoryElement);
    }
  }
  if (![...kinds].some((kind) => catalogue.get(kind)?.workOrEducation)) missing.push('work-or-education');
  return missing;
}

/**
 * Per ISO week from the plan's start to its end: the hours of the measures running that week
 * (a measure counts in every week its period touches) against 37.5, or 30 when a running
 * measure needs substantial self-study.
 */
export function checkFullTime(plan: {
  startDate: string;
  endDate: string;
  measures: readonly PlannedMeasure[];
  hasOrExpectsChildren: boolean;
}): FullTimeCheck {
  const weeks: WeekCheck[] = [];
  for (let weekStart = mondayOf(plan.startDate); weekStart <= plan.endDate; weekStart = addDays(weekStart, 7)) {
    const weekEnd = addDays(weekStart, 6);
    const running = plan.measures.filter((m) => m.from <= weekEnd && m.to >= weekStart);
    const hours = Math.round(running.reduce((sum, m) => sum + m.hoursPerWeek, 0) * 100) / 100;
    const requiredHours = running.some(needsSelfStudy) ? FULL_TIME_HOURS_WITH_SELF_STUDY : FULL_TIME_HOURS;
    weeks.push({ weekStart, hours, requiredHours, fullTime: hours >= requiredHours });
  }
  const missing = missingMandatory(plan.measures, plan.hasOrExpectsChildren);
  return { weeks, missing, complete: missing.length === 0 && weeks.every((w) => w.fullTime) };
}
