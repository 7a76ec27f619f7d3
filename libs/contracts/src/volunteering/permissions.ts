import type { Permission } from '../access/roles';

/** Permissions the volunteering routes and handlers check (roles are mapped in access/role-permissions). */
export const volunteeringPermissions = {
  read: 'volunteering:read',
  write: 'volunteering:write',
} as const satisfies Record<string, Permission>;

export type VolunteeringPermission = (typeof volunteeringPermissions)[keyof typeof volunteeringPermissions];
