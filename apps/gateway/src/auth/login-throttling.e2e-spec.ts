import { demoPassword } from '../users/demo-users';
import { type GatewayTestEnv, startGatewayTestEnv } from './testing/gateway-test-env';

describe('login throttling, lockout and rate limits', () => {
  let env: GatewayTestEnv;

  beforeAll(async () => {
    env = await startGatewayTestEnv({
      LOGIN_MAX_FAILURES_PER_USER: '3',
      LOGIN_MAX_FAILURES_PER_IP: '6',
      LOGIN_LOCKOUT_SECONDS: '120',
      RATE_LIMIT_PER_MINUTE: '20',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    });
  }, 60_000);

  afterAll(async () => {
    await env?.close();
  });

  // The test process is the gateway's loopback proxy (TRUST_PROXY=loopback): it may name the client IP.
  const loginFrom = (ip: string, username: string, password: string) =>
    env.call('POST', '/api/auth/login', { body: { username, password }, headers: { 'x-forwarded-for': ip } });

  it('locks a username after N failures, even for the right password, and says when to retry', async () => {
    for (let i = 0; i < 3; i++) expect((await loginFrom('10.0.0.1', 'housing-officer', 'guess-' + i)).status).toBe(401);
    const locked = await loginFrom('10.0.0.1', 'housing-officer', demoPassword);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(await locked.json()).toMatchObject({ code: 'too_many_requests' });
    // From another address too: the lock is on the username.
    expect((await loginFrom('10.0.0.2', 'housing-officer', demoPassword)).status).toBe(429);
    // Other users are not affected.
    expect((await loginFrom('10.0.0.1', 'intro-advisor', demoPassword)).status).toBe(200);
  });

  it('locks an IP spraying passwords over many usernames', async () => {
    for (const username of ['a-user', 'b-user', 'c-user', 'd-user', 'e-user', 'f-user']) {
      expect((await loginFrom('10.0.0.9', username, 'Password1!')).status).toBe(401);
    }
    expect((await loginFrom('10.0.0.9', 'health-worker', demoPassword)).status).toBe(429);
    expect((await loginFrom('10.0.0.10', 'health-worker', demoPassword)).status).toBe(200);
  });

  it('locks non-existent usernames the same way, so a lock tells nothing about existence', async () => {
    for (let i = 0; i < 3; i++) await loginFrom('10.0.1.1', 'no-such-person', 'x');
    expect((await loginFrom('10.0.1.2', 'no-such-person', 'x')).status).toBe(429);
  });

  it('rate-limits each user separately', async () => {
    const busy = await env.login('volunteer');
    const calm = await env.login('volunteer-coordinator');
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await env.call('GET', '/api/auth/me', { token: busy })).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
    const limited = await env.call('GET', '/api/auth/me', { token: busy });
    expect(await limited.json()).toMatchObject({ code: 'too_many_requests' });
    expect((await env.call('GET', '/api/auth/me', { token: calm })).status).toBe(200);
  });

  it('never counts static files against the per-IP budget of anonymous requests', async () => {
    const fromOffice = { headers: { 'x-forwarded-for': '10.0.5.5' } };
    for (let i = 0; i < 30; i++) {
      expect((await env.call('GET', '/api/docs/assets/swagger-ui.css', fromOffice)).status).toBe(200);
    }
    // The same address still has its whole API budget (20 per minute here).
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await env.call('GET', '/api/auth/me', fromOffice)).status);
    expect(statuses.slice(0, 20).every((s) => s !== 429)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
