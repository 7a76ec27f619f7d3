import { type Actor, actorMay, type PersonScope } from '@ankomst/contracts';
import type { HealthPermission } from '@ankomst/contracts/health';
import { ServiceException } from '@ankomst/platform-messaging';

/**
 * Refuses an actor whose role lacks the permission (shared role → permission table). The
 * gateway checks too, but a service never relies on being reached through the gateway.
 */
export function authorize(actor: Actor, permission: HealthPermission, about?: PersonScope): void {
  if (!actorMay(actor, permission, about)) {
    throw new ServiceException('forbidden', `Role ${actor.role} lacks permission ${permission}`);
  }
}
