import { type GatewayTestEnv, startGatewayTestEnv } from '../auth/testing/gateway-test-env';

const metricsToken = 'scraper-token-for-the-metrics-e2e-0123456789';

describe('/metrics is read only by the scraper holding METRICS_TOKEN', () => {
  let env: GatewayTestEnv;

  beforeAll(async () => {
    env = await startGatewayTestEnv({ METRICS_TOKEN: metricsToken });
  }, 60_000);

  afterAll(async () => {
    await env?.close();
  });

  it('answers the configured token with the metrics', async () => {
    const sut = await env.call('GET', '/metrics', { headers: { authorization: `Bearer ${metricsToken}` } });
    expect(sut.status).toBe(200);
    expect(await sut.text()).toContain('ankomst_gateway_');
  });

  it('refuses no token, a wrong token and a user access token with 401 and no metrics', async () => {
    const userToken = await env.login('privacy-officer');
    for (const authorization of [undefined, `Bearer ${metricsToken}x`, `Bearer ${userToken}`, metricsToken]) {
      const sut = await env.call('GET', '/metrics', { headers: authorization ? { authorization } : {} });
      const body = await sut.text();
      expect({ authorization, status: sut.status, leaks: body.includes('ankomst_gateway_') }).toEqual({
        authorization,
        status: 401,
        leaks: false,
      });
    }
  });
});

describe('/metrics without METRICS_TOKEN', () => {
  let env: GatewayTestEnv;

  beforeAll(async () => {
    env = await startGatewayTestEnv();
  }, 60_000);

  afterAll(async () => {
    await env?.close();
  });

  it('does not exist, for anyone', async () => {
    const sut = await env.call('GET', '/metrics');
    expect(sut.status).toBe(404);
    expect(await sut.text()).not.toContain('ankomst_gateway_');
  });
});
