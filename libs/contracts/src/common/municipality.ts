import { z } from 'zod';

/** Kommunenummer: four digits, e.g. Stavanger 1103, Bærum 3201, Drammen 3301. */
export const kommunenummer = z.string().regex(/^\d{4}$/, { message: 'must be a four-digit kommunenummer' });

export type Kommunenummer = z.infer<typeof kommunenummer>;
