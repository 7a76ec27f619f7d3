import { type Actor, actorMay } from '@ankomst/contracts';
import { type VolunteeringPermission } from '@ankomst/contracts/volunteering';
import { ServiceException } from '@ankomst/platform-messaging';

/**
 * Refuses an actor whose role lacks the permission (shared role → permission table). The
 * gateway checks too, but a service never relies on being reached through the gateway.
 */
export function authorize(actor: Actor, permission: VolunteeringPermission): void {
  if (!actorMay(actor, permission)) {
    throw new ServiceException('forbidden', `Role ${actor.role} lacks permission ${permission}`);
  }
}
