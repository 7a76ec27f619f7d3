import type { Actor } from '../common/actor';
import { breakGlassCoverable, hasPermission } from './role-permissions';
import type { Permission } from './roles';

/** The one person a request is about (a person read), when it is about exactly one. */
export interface PersonScope {
  personId: string;
}

/**
 * The permission check every service makes: the role holds the permission, or the request
 * is about the very person of the actor's break-glass grant and the grant lifted this
 * read permission. Without `about` (lists, households, writes) only the role counts.
 */
export function actorMay(actor: Actor, permission: Permission, about?: PersonScope): boolean {
  return hasPermission(actor.role, permission) || liftedByBreakGlass(actor, permission, about);
}

function liftedByBreakGlass(actor: Actor, permission: Permission, about: PersonScope | undefined): boolean {
  const grant = actor.breakGlass;
  if (!grant || !about || grant.personId !== about.personId) return false;
  // Checked again here, not only in the schema: a write must never ride on a grant.
  return breakGlassCoverable.includes(permission) && grant.permissions.includes(permission);
}
