import { z } from 'zod';

/** The id of any record of the platform (households, persons, cases, ...). */
export const entityId = z.uuid({ message: 'must be a uuid' });

/** A calendar date as stored and answered (`YYYY-MM-DD`); input dates use the rules in ./dates. */
export const isoDate = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });
