import type { Permission } from '@ankomst/contracts';
import { SetMetadata } from '@nestjs/common';

/**
 * Every route declares who may call it, next to the route. The access guard refuses a
 * route that declares nothing, so a forgotten declaration fails closed.
 */
export const ACCESS_METADATA = 'ankomst:access';

export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'permission'; permissions: string[] };

/** Open to anyone (health, login, OpenAPI). */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** Any logged-in user, whatever the role (own profile, own password). */
export const Authenticated = () => SetMetadata(ACCESS_METADATA, { kind: 'authenticated' } satisfies AccessRule);

/** Needs an authenticated user holding every one of these permissions (see libs/contracts access/role-permissions.ts). */
export const RequirePermission = (...permissions: Permission[]) =>
  SetMetadata(ACCESS_METADATA, { kind: 'permission', permissions } satisfies AccessRule);
