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

/** The Actor alone (no username), exactly as it travels to the services. */
export function toActor(user: AuthenticatedUser) {
  return { userId: user.userId, role: user.role, municipality: user.municipality };
}
