import type { Permission } from '../access/roles';

/** Permissions the housing routes and handlers check (roles are mapped in access/role-permissions). */
export const housingPermissions = {
  read: 'housing:read',
  write: 'housing:write',
  dwellingsRead: 'dwellings:read',
  dwellingsWrite: 'dwellings:write',
  statistics: 'housing:statistics',
} as const satisfies Record<string, Permission>;

export type HousingPermission = (typeof housingPermissions)[keyof typeof housingPermissions];
