import { z } from 'zod';

/** Postgres `integer` (int4): a larger value is a 500 at insert time unless refused here. */
export const INT4_MAX = 2_147_483_647;

export interface IntBounds {
  min: number;
  /** Never above INT4_MAX: every integer column of the platform is int4. */
  max: number;
  /** English name of the number for the type message, e.g. "an amount in NOK". */
  kind?: string;
}

/** A whole number from a JSON body, within its domain's bounds and its column's. */
export function boundedInt({ min, max, kind = 'a number' }: IntBounds) {
  const upper = Math.min(max, INT4_MAX);
  return z
    .number({ message: `must be ${kind}` })
    .int('must be a whole number')
    .min(min, min === 0 ? 'must not be negative' : `must be at least ${min}`)
    .max(upper, `must be at most ${upper}`);
}

/** The same from a query string ("25"): coerced, then the same bounds. */
export function queryInt(bounds: IntBounds) {
  return z.coerce.number({ message: `must be ${bounds.kind ?? 'a number'}` }).pipe(boundedInt(bounds));
}
