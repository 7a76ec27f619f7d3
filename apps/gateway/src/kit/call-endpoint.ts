import { type Actor, ANONYMOUS_ROLE, type Endpoint, isPublicEndpoint, sendsQuery, toFieldIssues } from '@ankomst/contracts';
import { parseInput, ServiceClient } from '@ankomst/platform-messaging';
import { BadGatewayException, Logger, UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../access/authenticated-request';
import { toActor } from '../access/current-actor.decorator';

const logger = new Logger('Endpoint');
const inputKey = Symbol('ankomst:endpoint-input');

/** The parsed input of the request's endpoint call, for the audit log's person selector. */
export const endpointInput = (request: FastifyRequest): Record<string, unknown> =>
  (request as unknown as Record<symbol, Record<string, unknown> | undefined>)[inputKey] ?? {};

/**
 * One HTTP call of a declared endpoint: the input from path, query or body is checked against
 * its schema (400 naming field and rule, before any service is asked), sent to the owning
 * service as the logged-in user, and the answer is checked against the output schema. An
 * answer outside the contract is never passed on: it is a 502 and a log line naming the fields.
 * Only declared fields leave: whatever else a service put in its answer is dropped here.
 * A public endpoint's call travels as the anonymous actor of the municipality its path names.
 */
export async function callEndpoint(
  client: ServiceClient,
  endpoint: Endpoint,
  request: FastifyRequest,
  user: AuthenticatedUser | undefined,
): Promise<unknown> {
  const carried = (sendsQuery(endpoint) ? request.query : request.body) ?? {};
  const raw = { ...(typeof carried === 'object' ? carried : {}), ...(request.params as object) };
  const input = parseInput(endpoint.input, raw) as Record<string, unknown>;
  (request as unknown as Record<symbol, unknown>)[inputKey] = input;
  const answer = await client.request<unknown>(endpoint.subject, input, {
    correlationId: String(request.id),
    actor: actorOf(endpoint, request, user, input),
  });
  const checked = endpoint.output.safeParse(answer);
  if (!checked.success) {
    const issues = toFieldIssues(checked.error);
    logger.error(
      { subject: endpoint.subject, correlationId: String(request.id), issues },
      'Service answer does not match its declared output',
    );
    throw new BadGatewayException(`The ${endpoint.service} service answered outside its contract`);
  }
  return checked.data;
}

function actorOf(endpoint: Endpoint, request: FastifyRequest, user: AuthenticatedUser | undefined, input: Record<string, unknown>): Actor {
  if (isPublicEndpoint(endpoint)) return { userId: ANONYMOUS_ROLE, role: ANONYMOUS_ROLE, municipality: String(input.municipality) };
  if (!user) throw new UnauthorizedException('Not logged in');
  return toActor(user, request);
}
