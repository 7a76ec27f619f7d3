import { z } from 'zod';

/** A calendar date (Europe/Oslo), `YYYY-MM-DD`. */
export const isoDate = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });

export const entityId = z.uuid({ message: 'must be a uuid' });

/** Body of every "get one housing record" request. */
export const housingById = z.object({ id: entityId });
export type HousingById = z.infer<typeof housingById>;

export const settlementYear = z
  .number({ message: 'must be a year' })
  .int('must be a whole year')
  .min(2000, 'must be 2000 or later')
  .max(2100, 'must be 2100 or earlier');

export const count = z.number({ message: 'must be a number' }).int('must be a whole number').min(0, 'must not be negative');

/** Languages as ISO 639-1/3 codes, e.g. `ar`, `ti`, `prs`, `uk`, `so`. */
export const languageCode = z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code (2–3 lower-case letters)');

export const nok = z.number({ message: 'must be an amount in NOK' }).int('must be whole kroner').min(0, 'must not be negative');
