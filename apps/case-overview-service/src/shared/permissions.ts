import { hasPermission, type Actor, type Permission } from '@ankomst/contracts';
import { ServiceException } from '@ankomst/platform-messaging';

/**
 * The service checks writes itself: the gateway is not the only way onto the bus. Reads
 * are checked at the gateway, where break-glass may lift a read permission for one person.
 */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor.role, permission)) {
    throw new ServiceException('forbidden', `Role ${actor.role} lacks permission ${permission}`);
  }
}
