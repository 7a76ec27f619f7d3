import type { Actor } from '@ankomst/contracts';
import { createParamDecorator, type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { accessState, type AuthenticatedUser } from './authenticated-request';

/**
 * `@CurrentActor() actor: AuthenticatedUser`: the logged-in user ({userId, role,
 * municipality, username}). Pass it on to `ServiceClient.request(..., { actor })`, which
 * carries it to the department service in NATS headers.
 */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = accessState(context.switchToHttp().getRequest<FastifyRequest>()).user;
  if (!user) throw new UnauthorizedException('Not logged in');
  return user;
});

/**
 * The Actor alone (no username), exactly as it travels to the services. When the access
 * guard let this request through on a break-glass grant, the grant goes along: services
 * re-check the role and would otherwise refuse what the gateway allowed.
 */
export function toActor(user: AuthenticatedUser, request: FastifyRequest): Actor {
  const actor: Actor = { userId: user.userId, role: user.role, municipality: user.municipality };
  const { breakGlass } = accessState(request);
  return breakGlass ? { ...actor, breakGlass } : actor;
}
