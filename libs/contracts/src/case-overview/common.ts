import { z } from 'zod';

export const entityId = z.uuid({ message: 'must be a uuid' });
/** A calendar date (Europe/Oslo), `YYYY-MM-DD`. */
export const isoDate = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });
