import { caseOverviewRpc } from '@ankomst/contracts';
import { ServiceClient } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../access/authenticated-request';
import { toActor } from '../access/current-actor.decorator';

type CaseOverviewSubject = (typeof caseOverviewRpc)[keyof typeof caseOverviewRpc];

/**
 * Request/reply to the case-overview service as the logged-in user: the service filters
 * every query by the actor's municipality from the NATS headers.
 */
@Injectable()
export class CasesClient {
  constructor(private readonly client: ServiceClient) {}

  send<T>(subject: CaseOverviewSubject, body: unknown, user: AuthenticatedUser, request: FastifyRequest): Promise<T> {
    return this.client.request<T>(subject, body, { correlationId: String(request.id), actor: toActor(user, request) });
  }
}
