import { housingApi } from '@ankomst/contracts/housing';
import { connect, JSONCodec, type NatsConnection } from 'nats';
import { type GatewayTestEnv, startGatewayTestEnv } from '../auth/testing/gateway-test-env';

const { listDwellingTenancies } = housingApi;

// The gateway's routes built from endpoint declarations, against a stand-in for the housing
// service on the gateway's own NATS: what the gateway checks, sends, passes on and audits.

const dwellingId = '2f0c4a8e-6b1d-4c3e-9a7f-5d2b8e1c0a94';
const tenancy = {
  id: '7c9e2d4a-1b3f-4e5a-8c6d-0f2a4b6c8d0e',
  dwellingId,
  householdId: '4b8d1f3a-5c7e-4a9b-8d2f-6e0a2c4e6a8b',
  municipality: '1103',
  startDate: '2025-01-01',
  endDate: null,
  endReason: null,
  withStartlan: false,
  memberIds: ['9a1c3e5b-7d9f-4b2d-8e4a-6c8e0a2c4e6b'],
};
const path = `/api/housing/dwellings/${dwellingId}/tenancies`;

describe('routes built from endpoint declarations', () => {
  let env: GatewayTestEnv;
  let nats: NatsConnection;
  let answer: unknown;
  const received: unknown[] = [];

  beforeAll(async () => {
    env = await startGatewayTestEnv();
    nats = await connect({ servers: env.config.NATS_URL });
    const codec = JSONCodec<{ id: string; data: unknown }>();
    // Nest's NATS transport: a request is {pattern, data, id}; the reply {id, response, isDisposed}.
    nats.subscribe(listDwellingTenancies.subject, {
      callback: (_error, message) => {
        const request = codec.decode(message.data);
        received.push(request.data);
        message.respond(JSONCodec().encode({ id: request.id, response: answer, isDisposed: true }));
      },
    });
  });
  afterAll(async () => {
    await nats?.close();
    await env?.close();
  });
  beforeEach(() => {
    received.length = 0;
  });

  it('passes a valid answer on, without fields the contract does not declare, and audits whose data it was', async () => {
    answer = { items: [{ ...tenancy, internalNote: 'not for clients' }] };
    const token = await env.login('housing-officer');
    const response = await env.call('GET', path, { token });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ items: [tenancy] });
    expect(received).toEqual([{ dwellingId }]);
    const { rows } = await env.pg.query<{ action: string; purpose: string; person_ids: string[] }>(
      'SELECT action, purpose, person_ids FROM audit_entry ORDER BY seq DESC LIMIT 1',
    );
    expect(rows[0]).toEqual({ action: 'dwelling.tenancies.read', purpose: 'housing allocation', person_ids: tenancy.memberIds });
  });

  it('never passes on an answer that misses a declared field: 502', async () => {
    const { memberIds: _dropped, ...withoutMembers } = tenancy;
    answer = { items: [withoutMembers] };
    const token = await env.login('housing-officer');
    const response = await env.call('GET', path, { token });
    expect(response.status).toBe(502);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.code).toBe('bad_gateway');
    expect(JSON.stringify(body)).not.toContain(tenancy.householdId);
  });

  it('refuses a malformed path parameter with a 400 naming it, before any service is asked', async () => {
    const token = await env.login('housing-officer');
    const response = await env.call('GET', '/api/housing/dwellings/flat-12/tenancies', { token });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'validation_failed', issues: [{ field: 'dwellingId' }] });
    expect(received).toEqual([]);
  });

  it('lets only holders of the declared permission through', async () => {
    answer = { items: [] };
    // dwellings:read: the housing officer has it; the intro advisor and the privacy officer do not.
    for (const username of ['intro-advisor', 'privacy-officer', 'volunteer']) {
      const response = await env.call('GET', path, { token: await env.login(username) });
      expect({ username, status: response.status }).toEqual({ username, status: 403 });
    }
    expect((await env.call('GET', path)).status).toBe(401);
    expect(received).toEqual([]);
  });

  it('documents the operation in OpenAPI with its permission and response schema', async () => {
    const document = (await (await env.call('GET', '/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { 'x-permissions'?: string[]; responses: Record<string, { content?: unknown }> }>>;
    };
    const operation = document.paths['/api/housing/dwellings/{dwellingId}/tenancies']?.get;
    expect(operation?.['x-permissions']).toEqual(['dwellings:read']);
    expect(operation?.responses['200'].content).toBeDefined();
    expect(operation?.responses['502']).toBeDefined();
  });
});
