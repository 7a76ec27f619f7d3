/** Median of whole days (the lower middle for an even count keeps it a whole day), null for none. */
export function medianDays(days: readonly number[]): number | null {
  if (days.length === 0) return null;
  const sorted = [...days].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** A person waiting longer than the configured number of weeks goes on the attention list. */
export const waitsTooLong = (waitingDays: number, attentionWeeks: number) => waitingDays > attentionWeeks * 7;
