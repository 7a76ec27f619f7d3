import { type Actor, hasPermission, type HousingPermission } from '@ankomst/contracts';
import { ServiceException } from '@ankomst/platform-messaging';

/**
 * Refuses an actor whose role lacks the permission (shared role → permission table). The
 * gateway checks too, but a service never relies on being reached through the gateway.
 */
export function authorize(actor: Actor, permission: HousingPermission): void {
  if (!hasPermission(actor.role, permission)) {
    throw new ServiceException('forbidden', `Role ${actor.role} lacks permission ${permission}`);
  }
}

/**
 * Staff see only their own municipality's records. Another municipality's record answers
 * "not found", so its existence is not revealed either.
 */
export function assertOwnMunicipality(
  actor: Actor,
  record: { municipality: string } | null | undefined,
  what: string,
): asserts record {
  if (!record || record.municipality !== actor.municipality) {
    throw new ServiceException('not_found', `No such ${what}`);
  }
}
