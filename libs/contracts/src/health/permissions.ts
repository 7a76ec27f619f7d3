import type { Permission } from '../access/roles';

/** Permissions the health routes and handlers check (roles are mapped in access/role-permissions). */
export const healthPermissions = {
  read: 'health:read',
  write: 'health:write',
} as const satisfies Record<string, Permission>;

export type HealthPermission = (typeof healthPermissions)[keyof typeof healthPermissions];
