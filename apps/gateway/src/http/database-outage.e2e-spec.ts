import { createTestDatabase, spawnApp, type SpawnedApp, startTcpProxy, type TcpProxy, type TestDatabase } from '@ankomst/testing';
import { type GatewayTestEnv, startGatewayTestEnv } from '../auth/testing/gateway-test-env';

// Postgres goes away under a running stack: the gateway and the housing service reach the
// machine's real Postgres through TCP relays this test cuts (the shared server itself keeps
// running for everyone else's tests). A dependency outage answers 503 with Retry-After.

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432';

describe('a database outage under a running stack', () => {
  let env: GatewayTestEnv;
  let gatewayDb: TcpProxy;
  let housingDbProxy: TcpProxy;
  let housingDb: TestDatabase;
  let housing: SpawnedApp;
  let officer: string;

  const households = async () => {
    const response = await env.call('GET', '/api/housing/households', { token: officer });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as { code?: string; message?: string },
    };
  };

  beforeAll(async () => {
    const target = new URL(serverUrl);
    gatewayDb = await startTcpProxy(target.hostname, Number(target.port || 5432));
    housingDbProxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    env = await startGatewayTestEnv({ DATABASE_URL: gatewayDb.url(serverUrl), REQUEST_TIMEOUT_MS: '5000' });
    housingDb = await createTestDatabase('e2e_outage_housing');
    housing = spawnApp('housing-service', {
      NODE_ENV: 'test',
      NATS_URL: env.config.NATS_URL,
      DATABASE_URL: housingDbProxy.url(serverUrl),
      DATABASE_NAME: housingDb.name,
    });
    officer = await env.login('housing-officer');
    const deadline = Date.now() + 90_000;
    while ((await households()).status !== 200) {
      if (Date.now() > deadline) throw new Error(`housing service did not answer\n${housing.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, 120_000);

  afterAll(async () => {
    await housing?.stop();
    await env?.close();
    await housingDb?.drop();
    await gatewayDb?.close();
    await housingDbProxy?.close();
  });

  it("answers 503 with Retry-After when the service's database is down, and recovers", async () => {
    await housingDbProxy.cut();
    const sut = await households();
    expect(sut).toMatchObject({
      status: 503,
      retryAfter: '5',
      body: { code: 'unavailable', message: expect.stringContaining('(database or network) is unavailable') },
    });
    // The failed read is audited as failed: the gateway's own database is fine.
    const { rows } = await env.pg.query<{ result: string }>(
      `SELECT result FROM audit_entry WHERE action = 'household.list' ORDER BY seq DESC LIMIT 1`,
    );
    expect(rows[0]).toEqual({ result: 'failed' });

    await housingDbProxy.restore();
    expect((await households()).status).toBe(200);
  });

  it("answers 503 with Retry-After when the gateway's own database is down (session check), and recovers", async () => {
    await gatewayDb.cut();
    for (const path of ['/api/auth/me', '/api/housing/households']) {
      const response = await env.call('GET', path, { token: officer });
      expect({ path, status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() }).toEqual({
        path,
        status: 503,
        retryAfter: '5',
        body: expect.objectContaining({ code: 'unavailable' }),
      });
    }
    await gatewayDb.restore();
    expect((await env.call('GET', '/api/auth/me', { token: officer })).status).toBe(200);
  });

  it('says the same for a NATS outage: 503 with Retry-After, naming the subject', async () => {
    await housing.stop();
    const sut = await households();
    expect(sut.status).toBe(503);
    expect(sut.retryAfter).toBe('5');
    expect(sut.body.message).toContain('ankomst.housing.rpc.list-households.v1');
  });
});
