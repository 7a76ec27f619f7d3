import { z } from 'zod';
import { plannedCaseDate } from '../common/dates';
import { entityId, isoDate } from '../common/ids';
import { boundedInt, queryInt } from '../common/numbers';

/** The platform's ids and answered dates (`YYYY-MM-DD`, Europe/Oslo), kept here for housing's schemas. */
export { entityId, isoDate };

/** A case date in input that may lie ahead; dates that must have happened use `pastCaseDate`. */
export const inputDate = plannedCaseDate;

/** Body of every "get one housing record" request. */
export const housingById = z.object({ id: entityId });
export type HousingById = z.infer<typeof housingById>;

export const settlementYear = z
  .number({ message: 'must be a year' })
  .int('must be a whole year')
  .min(2000, 'must be 2000 or later')
  .max(2100, 'must be 2100 or earlier');
/** A settlement year from a query string. */
export const settlementYearQuery = queryInt({ min: 2000, max: 2100, kind: 'a year' });

/** Persons in a settlement request or decision: far above any municipality's yearly number, well inside int4. */
export const MAX_SETTLEMENT_COUNT = 100_000;
export const count = boundedInt({ min: 0, max: MAX_SETTLEMENT_COUNT });

/** Languages as ISO 639-1/3 codes, e.g. `ar`, `ti`, `prs`, `uk`, `so`. */
export const languageCode = z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code (2–3 lower-case letters)');

/** A month's rent: far above any rent a municipality approves, so a typo of extra digits is refused. */
export const MAX_MONTHLY_RENT_NOK = 1_000_000;
export const nok = boundedInt({ min: 0, max: MAX_MONTHLY_RENT_NOK, kind: 'an amount in NOK' });
