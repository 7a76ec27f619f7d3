import { addMonths } from '@ankomst/contracts';

/** A temporary stop lasts at most 3 months (integreringsloven; registered in NIR). */
export const MAX_TEMPORARY_STOP_MONTHS = 3;

export type StopProblem = 'temporary-without-end' | 'end-before-start' | 'longer-than-3-months' | 'permanent-with-end';

/** The latest end of a temporary stop starting on `from`: + 3 months, clamped to the month's end (30 November → 28/29 February). */
export const latestTemporaryStopEnd = (from: string) => addMonths(from, MAX_TEMPORARY_STOP_MONTHS);

export function checkStop(stop: { kind: 'temporary' | 'permanent'; from: string; to: string | null }): StopProblem[] {
  if (stop.kind === 'permanent') return stop.to ? ['permanent-with-end'] : [];
  if (!stop.to) return ['temporary-without-end'];
  if (stop.to < stop.from) return ['end-before-start'];
  return stop.to > latestTemporaryStopEnd(stop.from) ? ['longer-than-3-months'] : [];
}
