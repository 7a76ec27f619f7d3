import { z } from 'zod';
import { breakGlassCoverable } from '../access/role-permissions';
import { permission } from '../access/roles';
import { kommunenummer } from './municipality';

/**
 * Emergency read access to one person that the gateway granted on an active break-glass
 * grant. It travels with the actor so that a service re-checking the role can honour it,
 * but only for that person and only for read permissions break-glass may lift.
 */
export const actorBreakGlass = z.object({
  grantId: z.uuid(),
  personId: z.uuid(),
  permissions: z.array(permission.refine((p) => breakGlassCoverable.includes(p), 'is not a permission break-glass may lift')).min(1),
});
export type ActorBreakGlass = z.infer<typeof actorBreakGlass>;

/** Who is acting: carried from the gateway to every service in NATS headers. */
export const actor = z.object({
  userId: z.string().min(1),
  role: z.string().min(1),
  municipality: kommunenummer,
  /** Present only on a request the gateway let through on a break-glass grant. */
  breakGlass: actorBreakGlass.optional(),
});
export type Actor = z.infer<typeof actor>;

/** Header names used on every NATS message (request/reply and events). */
export const headers = {
  correlationId: 'x-correlation-id',
  actor: 'x-ankomst-actor',
} as const;
