const osloDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Europe/Oslo of an instant, as YYYY-MM-DD. */
export function dateInOslo(instant: Date): string {
  return osloDate.format(instant);
}

/** Today's date in Europe/Oslo as YYYY-MM-DD (deadlines are calendar dates there). */
export function todayInOslo(now: Date = new Date()): string {
  return dateInOslo(now);
}

const toUtc = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** Whole years from birth date to `on`. */
export function ageOn(birthDate: string, on: string): number {
  const years = +on.slice(0, 4) - +birthDate.slice(0, 4);
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The day a person turns `years` (29 February → 1 March in other years). */
export function birthday(birthDate: string, years: number): string {
  const year = +birthDate.slice(0, 4) + years;
  const date = new Date(Date.UTC(year, +birthDate.slice(5, 7) - 1, +birthDate.slice(8, 10)));
  return date.toISOString().slice(0, 10);
}
