import { type Actor, actor as actorSchema, headers as headerNames } from '@ankomst/contracts';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { NatsContext } from '@nestjs/microservices';
import { ServiceException } from './service-exception';

export interface RequestContext {
  correlationId: string;
  actor: Actor;
}

/**
 * Reads who is acting from the message headers. A message without a valid actor is
 * refused: services never trust that the gateway was the only way in.
 */
export function readRequestContext(ctx: NatsContext): RequestContext {
  const hdrs = ctx.getHeaders();
  const correlationId = hdrs?.get(headerNames.correlationId) || 'none';
  const raw = hdrs?.get(headerNames.actor);
  if (!raw) throw new ServiceException('unauthenticated', 'Message carries no actor');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ServiceException('unauthenticated', 'Message actor header is not JSON');
  }
  const result = actorSchema.safeParse(parsed);
  if (!result.success) throw new ServiceException('unauthenticated', 'Message actor is invalid');
  return { correlationId, actor: result.data };
}

/** `@Ctx()` for handlers: `handle(@Payload() body, @Context() ctx: RequestContext)`. */
export const Context = createParamDecorator((_: unknown, host: ExecutionContext): RequestContext => {
  return readRequestContext(host.switchToRpc().getContext<NatsContext>());
});
