import type { HousingRpcSubject } from '@ankomst/contracts';
import { ServiceClient } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../access/authenticated-request';
import { toActor } from '../access/current-actor.decorator';

/** Request/reply to the housing service as the logged-in user, under the request's correlation id. */
@Injectable()
export class HousingClient {
  constructor(private readonly client: ServiceClient) {}

  send<T>(subject: HousingRpcSubject, body: unknown, user: AuthenticatedUser, request: FastifyRequest): Promise<T> {
    return this.client.request<T>(subject, body, { correlationId: String(request.id), actor: toActor(user, request) });
  }
}
