/**
 * Dates are shown in Europe/Oslo whatever the laptop's zone, in Norwegian formats for nb
 * (23.11.2026, 23.11.2026, 14:05) and British ones for en (23/11/2026).
 */
export const osloTimeZone = 'Europe/Oslo';

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'nb-NO');

/** `YYYY-MM-DD` is a calendar date: parse at noon UTC so no zone shift changes the day. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}

export function formatDate(value: string | Date | null | undefined, language: string): string {
  if (!value) return '–';
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '–';
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: osloTimeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
}

export function formatDateTime(value: string | Date | null | undefined, language: string): string {
  if (!value) return '–';
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '–';
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: osloTimeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

export const formatNumber = (value: number | null | undefined, language: string, digits = 0): string =>
  value === null || value === undefined ? '–' : new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(value);

export const formatPercent = (value: number | null | undefined, language: string): string =>
  value === null || value === undefined
    ? '–'
    : new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

export const formatNok = (value: number | null | undefined, language: string): string =>
  value === null || value === undefined
    ? '–'
    : new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 }).format(value);

/** Today's calendar date in Oslo as `YYYY-MM-DD` (for date inputs' defaults). */
export function osloToday(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: osloTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return parts;
}

export const osloYear = (now = new Date()): number => Number(osloToday(now).slice(0, 4));
