import type { Actor, ActorBreakGlass } from '@ankomst/contracts';
import type { FastifyRequest } from 'fastify';

/** Who the access guard found behind a request's bearer token. */
export interface AuthenticatedUser extends Actor {
  username: string;
}

/** What the access guard leaves on the request for decorators and the audit interceptor. */
export interface AccessState {
  user?: AuthenticatedUser;
  /**
   * Set when access rests on a break-glass grant instead of the role's permissions: which
   * grant, for whom, and which read permissions it lifted. Travels on to the services.
   */
  breakGlass?: ActorBreakGlass;
}

const ACCESS_STATE = Symbol.for('ankomst.access');

export function accessState(request: FastifyRequest): AccessState {
  const holder = request as unknown as Record<symbol, AccessState | undefined>;
  return (holder[ACCESS_STATE] ??= {});
}
