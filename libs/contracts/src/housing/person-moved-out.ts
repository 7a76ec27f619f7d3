import { z } from 'zod';
import { kommunenummer } from '../common/municipality';

/** On a person record that was released to another municipality: where to and when; the record is read-only. */
export const personMovedOut = z.object({ municipality: kommunenummer, at: z.string() });
export type PersonMovedOut = z.infer<typeof personMovedOut>;
