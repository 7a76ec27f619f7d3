import { z } from 'zod';
import { todayInOslo } from './calendar';
import { withCode } from './issue-codes';

/** Earliest birth date the platform accepts (nobody alive was born earlier). */
export const EARLIEST_BIRTH_DATE = '1900-01-01';
/**
 * Earliest date of a case event (residence permit, IMDi request, settlement, tenancy, consent):
 * the same first year as the settlement statistics. A permit in 1900 is a typing error, not a case.
 */
export const EARLIEST_CASE_DATE = '2000-01-01';
/** Latest date a plan may name (a dwelling free from, a consent valid to). */
export const LATEST_PLANNED_DATE = '2100-12-31';

export interface DateRange {
  /** Earliest allowed date, inclusive. */
  from: string;
  /** Latest allowed date, inclusive, or `today` for a date that has already happened. */
  to: string | 'today';
}

/**
 * A calendar date `YYYY-MM-DD` within a plausible range. ISO strings of the same length sort
 * as dates, so plain string comparison is exact. `today` is read at parse time, not at import.
 */
export function calendarDate({ from, to }: DateRange) {
  return z.iso
    .date({ message: 'must be a date (YYYY-MM-DD)' })
    .refine((value) => value >= from, { message: `must not be before ${from}`, params: withCode('date_too_early', { min: from }) })
    .refine((value) => (to === 'today' ? value <= todayInOslo() : value <= to), {
      message: to === 'today' ? 'must not be in the future' : `must not be after ${to}`,
      params: to === 'today' ? withCode('date_in_future') : withCode('date_too_late', { max: to }),
    });
}

/** A birth date: from 1900, not in the future. */
export const birthDate = calendarDate({ from: EARLIEST_BIRTH_DATE, to: 'today' });
/** Something that has happened in a case: from 2000, not in the future (permit, request, decision). */
export const pastCaseDate = calendarDate({ from: EARLIEST_CASE_DATE, to: 'today' });
/** A case date that may lie ahead (tenancy start, dwelling free from, consent valid to). */
export const plannedCaseDate = calendarDate({ from: EARLIEST_CASE_DATE, to: LATEST_PLANNED_DATE });

/**
 * For an object-level refinement: run only when the named fields passed their own rules,
 * so a date in 2031 is reported once (in the future), not again as "before the permit".
 */
export const whenFieldsValid =
  (...fields: string[]) =>
  (payload: z.core.ParsePayload): boolean =>
    payload.issues.every((issue) => !fields.includes(String(issue.path?.[0])));

/**
 * "`later` must not be before `earlier`" across two fields of one object, reported on `later`.
 * Either may be absent (nothing to compare). The English rule names the other field.
 */
export function notBefore<T>(later: keyof T & string, earlier: keyof T & string, earlierLabel: string = earlier) {
  return {
    check: (value: T) => {
      const a = value[later] as unknown;
      const b = value[earlier] as unknown;
      return typeof a !== 'string' || typeof b !== 'string' || a >= b;
    },
    options: {
      path: [later],
      when: whenFieldsValid(later, earlier),
      message: `must not be before ${earlierLabel}`,
      params: withCode('date_before', { other: earlier }),
    },
  };
}
