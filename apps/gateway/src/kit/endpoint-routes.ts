import {
  type Endpoint,
  type EndpointAudit,
  fieldsWithoutPathParams,
  type HttpMethod,
  inputWithoutPathParams,
  isPublicEndpoint,
  sendsQuery,
} from '@ankomst/contracts';
import { departmentOf } from '@ankomst/contracts/case-overview';
import { ServiceClient } from '@ankomst/platform-messaging';
import { Controller, Delete, Get, HttpCode, Inject, Patch, Post, Put, Req, type Type } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Audited, type AuditedOptions } from '../audit/audited.decorator';
import { purposeOfReader } from '../audit/purpose-of-reader';
import { Authenticated, Public, RequirePermission } from '../access/access.decorator';
import type { AuthenticatedUser } from '../access/authenticated-request';
import { CurrentActor } from '../access/current-actor.decorator';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { callEndpoint, endpointInput } from './call-endpoint';

const routeFor: Record<HttpMethod, (path: string) => MethodDecorator> = { GET: Get, POST: Post, PUT: Put, PATCH: Patch, DELETE: Delete };

const camel = (kebab: string) => kebab.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** The audited purpose: the declared one, or the reader's own unit's (named for some units). */
function auditPurpose({ purpose }: EndpointAudit<unknown, unknown>): AuditedOptions['purpose'] {
  if (typeof purpose === 'string') return purpose;
  return (reader) => {
    const unit = departmentOf(reader.role);
    return (unit && purpose.ofReader[unit]) || purposeOfReader(reader);
  };
}

/** The decorators a hand-written route would carry, each from the declaration. */
function routeDecorators(endpoint: Endpoint): MethodDecorator[] {
  const rest = inputWithoutPathParams(endpoint);
  const hasFields = fieldsWithoutPathParams(endpoint).length > 0;
  const decorators: MethodDecorator[] = [
    routeFor[endpoint.http.method](endpoint.http.path),
    HttpCode(endpoint.http.status ?? 200),
    'permissions' in endpoint.access
      ? RequirePermission(...endpoint.access.permissions)
      : isPublicEndpoint(endpoint)
        ? Public()
        : Authenticated(),
    ApiDoc({
      summary: endpoint.summary,
      tag: endpoint.service,
      ...(hasFields ? ('shape' in rest && sendsQuery(endpoint) ? { query: rest } : { body: rest }) : {}),
      response: endpoint.output,
      errors: { 400: 'Invalid input (field and rule named)', 502: 'The service answered outside its contract', ...endpoint.http.errors },
    }),
  ];
  const { audit } = endpoint;
  if (audit) {
    decorators.push(
      Audited({
        action: audit.action,
        purpose: auditPurpose(audit as EndpointAudit<unknown, unknown>),
        persons: (body, request) => audit.persons(body as never, endpointInput(request) as never),
      }),
    );
  }
  return decorators;
}

/**
 * The gateway's routes for a department's endpoints, built from their declarations: one Nest
 * controller whose handlers go through the same access guard, audit interceptor and OpenAPI
 * document as every other route. No hand-written proxy code per route.
 */
export function endpointRoutes(name: string, endpoints: readonly Endpoint[]): Type<unknown> {
  @Controller()
  class EndpointRoutes {
    constructor(@Inject(ServiceClient) readonly client: ServiceClient) {}
  }
  Object.defineProperty(EndpointRoutes, 'name', { value: `${name}EndpointRoutes` });
  const prototype = EndpointRoutes.prototype as unknown as Record<string, unknown>;
  for (const endpoint of endpoints) {
    const key = camel(endpoint.command);
    if (key in prototype) throw new Error(`${name}: two endpoints named ${endpoint.command}`);
    prototype[key] = function (this: EndpointRoutes, request: FastifyRequest, user?: AuthenticatedUser) {
      return callEndpoint(this.client, endpoint, request, user);
    };
    Req()(prototype, key, 0);
    // A public endpoint has no logged-in user: it travels as the anonymous actor (callEndpoint).
    if (!isPublicEndpoint(endpoint)) CurrentActor()(prototype, key, 1);
    const descriptor = Object.getOwnPropertyDescriptor(prototype, key)!;
    Object.defineProperty(prototype, key, Reflect.decorate(routeDecorators(endpoint), prototype, key, descriptor) as PropertyDescriptor);
  }
  return EndpointRoutes;
}
