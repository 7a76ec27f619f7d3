import { makeNorwegianId } from '@ankomst/contracts';

/** A valid D-nummer for a birth date (individual numbers that would give check digit 10 are skipped). */
export function dNumber(year: number, month: number, day: number, from?: number): string {
  // The individual number carries the century: 000–499 for 1900–1999, 500–999 for 2000–2039.
  const [low, high] = year >= 2000 ? [500, 1000] : [100, 500];
  for (let individual = from ?? low; individual < high; individual++) {
    const id = makeNorwegianId({ year, month, day }, individual, 'd-nummer');
    if (id) return id;
  }
  throw new Error('no valid D-nummer found');
}
