import { z } from 'zod';
import { kommunenummer } from './municipality';

/** Who is acting: carried from the gateway to every service in NATS headers. */
export const actor = z.object({
  userId: z.string().min(1),
  role: z.string().min(1),
  municipality: kommunenummer,
});
export type Actor = z.infer<typeof actor>;

/** Header names used on every NATS message (request/reply and events). */
export const headers = {
  correlationId: 'x-correlation-id',
  actor: 'x-ankomst-actor',
} as const;
