import type { Permission } from '@ankomst/contracts';
import type { CurrentUser } from './auth-api';

export type { Permission };

/** The portal only hides what a user may not use; the gateway is what enforces it. */
export const can = (user: CurrentUser | null | undefined, permission: Permission): boolean =>
  Boolean(user?.permissions.includes(permission));

export const canAny = (user: CurrentUser | null | undefined, permissions: readonly Permission[]): boolean =>
  permissions.some((permission) => can(user, permission));
