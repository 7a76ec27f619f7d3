import type { Permission } from '../access/roles';

/** Permissions the introduction routes and handlers check (roles are mapped in access/role-permissions). */
export const introductionPermissions = {
  read: 'introduction:read',
  write: 'introduction:write',
} as const satisfies Record<string, Permission>;

export type IntroductionPermission = (typeof introductionPermissions)[keyof typeof introductionPermissions];
