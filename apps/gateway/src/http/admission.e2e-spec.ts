import { connect, type NatsConnection } from 'nats';
import { randomUUID } from 'node:crypto';
import { type GatewayTestEnv, startGatewayTestEnv } from '../auth/testing/gateway-test-env';

// Beyond its capacity the gateway answers at once with 503 and Retry-After (load shedding)
// instead of letting every caller wait for the NATS timeout. A "service" that takes every
// request and never answers keeps the allowed number of requests in flight.

describe('requests in flight beyond the limit', () => {
  let env: GatewayTestEnv;
  let silentService: NatsConnection;
  let member: string;

  const caseView = () => env.call('GET', `/api/cases/${randomUUID()}`, { token: member });

  beforeAll(async () => {
    env = await startGatewayTestEnv({ MAX_REQUESTS_IN_FLIGHT: '2', REQUEST_TIMEOUT_MS: '1500' });
    member = await env.login('coordination-member');
    silentService = await connect({ servers: env.config.NATS_URL });
    silentService.subscribe('ankomst.case-overview.rpc.>');
    await silentService.flush();
  }, 60_000);

  afterAll(async () => {
    await silentService?.close();
    await env?.close();
  });

  it('answers 503 with Retry-After at once while the limit is taken, and admits requests again once they finish', async () => {
    const admitted = [caseView(), caseView()];
    await new Promise((resolve) => setTimeout(resolve, 200));

    const shed = await caseView();
    expect({ status: shed.status, retryAfter: shed.headers.get('retry-after') }).toEqual({ status: 503, retryAfter: '1' });
    expect(await shed.json()).toMatchObject({ code: 'unavailable', message: expect.stringContaining('capacity') });
    // The health check is never shed: it must tell an overloaded gateway from a dead one.
    const health = await env.call('GET', '/api/health');
    expect(await health.text()).not.toContain('capacity');

    // The two admitted ones wait for the service until the NATS timeout (504), then free their places.
    expect((await Promise.all(admitted)).map((r) => r.status)).toEqual([504, 504]);
    expect((await caseView()).status).toBe(504);
  }, 30_000);
});
