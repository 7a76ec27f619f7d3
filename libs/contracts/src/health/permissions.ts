import type { Permission } from '../access/roles';

/** Permissions the health routes and handlers check (roles are mapped in access/role-permissions). */
export const healthPermissions = {
  read: 'health:read',
  write: 'health:write',
  /** Coordination-group cases: held by the group's roles, and a case is shown to its members only. */
  coordinationRead: 'coordination:read',
  coordinationWrite: 'coordination:write',
} as const satisfies Record<string, Permission>;

export type HealthPermission = (typeof healthPermissions)[keyof typeof healthPermissions];
