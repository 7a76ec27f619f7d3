import { type Actor, actorMay, type Permission, type PersonScope } from '@ankomst/contracts';
import { ServiceException } from './service-exception';

/**
 * The permission check of every service, the same everywhere: refuses an actor whose role lacks
 * the permission (shared role → permission table). The gateway checks too, but a service never
 * relies on being reached through the gateway.
 * A read about one person (`about`) also passes on the actor's break-glass grant for
 * exactly that person; reads of lists or households and all writes never do.
 */
export function authorize(actor: Actor, permission: Permission, about?: PersonScope): void {
  if (!actorMay(actor, permission, about)) {
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
