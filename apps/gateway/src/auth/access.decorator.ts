import { SetMetadata } from '@nestjs/common';

/**
 * Every route declares who may call it, next to the route. The access guard refuses a
 * route that declares nothing, so a forgotten declaration fails closed.
 */
export const ACCESS_METADATA = 'ankomst:access';

export type AccessRule = { kind: 'public' } | { kind: 'permission'; permissions: string[] };

/** Open to anyone (health, login, OpenAPI). */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** Needs an authenticated user holding every one of these permissions. */
export const RequirePermission = (...permissions: string[]) =>
  SetMetadata(ACCESS_METADATA, { kind: 'permission', permissions } satisfies AccessRule);
