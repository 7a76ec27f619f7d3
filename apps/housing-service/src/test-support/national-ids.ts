import { makeNorwegianId } from '@ankomst/contracts';

/** A valid D-nummer for a birth date (individual numbers that would give check digit 10 are skipped). */
export function dNumber(year: number, month: number, day: number, from = 100): string {
  for (let individual = from; individual < 500; individual++) {
    const id = makeNorwegianId({ year, month, day }, individual, 'd-nummer');
    if (id) return id;
  }
  throw new Error('no valid D-nummer found');
}
