import type { Actor, HousingPermission } from '@ankomst/contracts';
import { ServiceException } from '@ankomst/platform-messaging';
import { roleHasPermission } from './role-permissions';

/** Refuses an actor whose role lacks the permission (the gateway checks too; services never rely on it). */
export function authorize(actor: Actor, permission: HousingPermission): void {
  if (!roleHasPermission(actor.role, permission)) {
    throw new ServiceException('forbidden', `Role ${actor.role} lacks permission ${permission}`);
  }
}

/**
 * Staff see only their own municipality's records. Another municipality's record answers
 * "not found", so its existence is not revealed either.
 */
export function assertOwnMunicipality(actor: Actor, record: { municipality: string } | null | undefined, what: string): asserts record {
  if (!record || record.municipality !== actor.municipality) {
    throw new ServiceException('not_found', `No such ${what}`);
  }
}
