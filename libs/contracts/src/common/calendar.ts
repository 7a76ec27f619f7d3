/**
 * Calendar arithmetic on `YYYY-MM-DD` dates, the one copy every service and the portal use.
 * The platform's dates are whole days in Europe/Oslo, so they are handled as UTC midnights:
 * no time zone or summer time can shift a day. Only "today" and "the day of an instant" look
 * at the clock, and they read it in Oslo.
 */
const DAY_MS = 86_400_000;
const osloDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

const toUtc = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The calendar date in Europe/Oslo of an instant. */
export const dateInOslo = (instant: Date): string => osloDate.format(instant);

/** Today in Europe/Oslo (23:30 UTC on 31 December is already New Year there). */
export const todayInOslo = (now: Date = new Date()): string => dateInOslo(now);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Same day `months` later, clamped to the month's last day (31 August + 6 months = 28/29 February). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
}

/** Age in whole years on a day: the birthday itself counts. */
export function ageOn(birthDate: string, day: string): number {
  const years = +day.slice(0, 4) - +birthDate.slice(0, 4);
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The day a person turns `years` (a 29 February birthday is 1 March in other years). */
export function birthday(birthDate: string, years: number): string {
  return fromUtc(Date.UTC(+birthDate.slice(0, 4) + years, +birthDate.slice(5, 7) - 1, +birthDate.slice(8, 10)));
}

/** A span of whole days, both ends included. */
export interface DayRange {
  from: string;
  to: string;
}

export function quarterOf(year: number, quarter: 1 | 2 | 3 | 4): DayRange {
  const from = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(addMonths(from, 3), -1) };
}
