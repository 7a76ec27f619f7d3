import { demoPassword, demoUsers } from '../users/demo-users';
import { type GatewayTestEnv, startGatewayTestEnv } from './testing/gateway-test-env';

// The test process is the gateway's loopback proxy (TRUST_PROXY=loopback): it may name the client IP.
const loginFrom = async (env: GatewayTestEnv, ip: string, username: string, password: string) => {
  const response = await env.call('POST', '/api/auth/login', { body: { username, password }, headers: { 'x-forwarded-for': ip } });
  const body = (await response.json()) as { code?: string; message?: string };
  return { status: response.status, retryAfter: Number(response.headers.get('retry-after')), body };
};

describe('login throttling, lockout and rate limits', () => {
  let env: GatewayTestEnv;
  const login = (ip: string, username: string, password: string) => loginFrom(env, ip, username, password);

  beforeAll(async () => {
    env = await startGatewayTestEnv({
      LOGIN_MAX_FAILURES_PER_USER_IP: '3',
      LOGIN_MAX_FAILURES_PER_USER: '5',
      LOGIN_MAX_FAILURES_PER_IP: '8',
      LOGIN_LOCKOUT_SECONDS: '120',
      RATE_LIMIT_PER_MINUTE: '20',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    });
  }, 60_000);

  afterAll(async () => {
    await env?.close();
  });

  it('locks a username at one address after N failures, even for the right password, and says when to retry', async () => {
    for (let i = 0; i < 3; i++) expect((await login('10.0.0.1', 'housing-officer', 'guess-' + i)).status).toBe(401);
    const locked = await login('10.0.0.1', 'housing-officer', demoPassword);
    expect(locked.status).toBe(429);
    expect(locked.retryAfter).toBeGreaterThan(60);
    expect(locked.body).toMatchObject({
      code: 'too_many_requests',
      message: `Too many failed logins: try again in ${locked.retryAfter} s`,
    });
    // A colleague behind the same address is not affected, nor the same user elsewhere.
    expect((await login('10.0.0.1', 'intro-advisor', demoPassword)).status).toBe(200);
    expect((await login('10.0.0.2', 'housing-officer', demoPassword)).status).toBe(200);
  });

  it('locks a username guessed from many addresses', async () => {
    for (let i = 0; i < 5; i++) expect((await login(`10.0.2.${i}`, 'health-worker', 'guess-' + i)).status).toBe(401);
    expect((await login('10.0.2.99', 'health-worker', demoPassword)).status).toBe(429);
  });

  it('locks an IP spraying passwords over many usernames', async () => {
    for (const username of ['a-user', 'b-user', 'c-user', 'd-user', 'e-user', 'f-user', 'g-user', 'h-user']) {
      expect((await login('10.0.0.9', username, 'Password1!')).status).toBe(401);
    }
    expect((await login('10.0.0.9', 'coordination-member', demoPassword)).status).toBe(429);
    expect((await login('10.0.0.10', 'coordination-member', demoPassword)).status).toBe(200);
  });

  it('locks non-existent usernames the same way, so a lock tells nothing about existence', async () => {
    for (let i = 0; i < 3; i++) await login('10.0.1.1', 'no-such-person', 'x');
    expect((await login('10.0.1.1', 'no-such-person', 'x')).status).toBe(429);
  });

  it('rate-limits each user separately, with Retry-After', async () => {
    const busy = await env.login('volunteer');
    const calm = await env.login('volunteer-coordinator');
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const response = await env.call('GET', '/api/auth/me', { token: busy });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
    const limited = await env.call('GET', '/api/auth/me', { token: busy });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ code: 'too_many_requests' });
    expect(await (await env.call('GET', '/api/auth/me', { token: calm })).json()).toMatchObject({ username: 'volunteer-coordinator' });
  });

  it('never counts static files against the per-IP budget of anonymous requests', async () => {
    const fromOffice = { headers: { 'x-forwarded-for': '10.0.5.5' } };
    for (let i = 0; i < 30; i++) {
      const response = await env.call('GET', '/api/docs/assets/swagger-ui.css', fromOffice);
      await response.arrayBuffer();
      expect(response.status).toBe(200);
    }
    // The same address still has its whole API budget (20 per minute here).
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const response = await env.call('GET', '/api/auth/me', fromOffice);
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 20).every((s) => s !== 429)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});

describe('login limits with the default settings: a municipality behind one NAT address', () => {
  let env: GatewayTestEnv;

  beforeAll(async () => {
    // Only the general rate limits are lifted (other tests' logins); the lockout rules are the defaults.
    env = await startGatewayTestEnv();
  }, 60_000);

  afterAll(async () => {
    await env?.close();
  });

  it('lets every colleague log in after mistyping, though all share one address', async () => {
    const office = '192.0.2.10';
    const staff = demoUsers.filter((u) => u.municipality === '1103').map((u) => u.username);
    const failures: string[] = [];
    // Forty mistypes spread over the office in a few minutes, each followed by the right password.
    for (let round = 0; round < 5; round++) {
      for (const username of staff) {
        if ((await loginFrom(env, office, username, 'mistyped-' + round)).status !== 401) failures.push(`${username} mistype ${round}`);
        const answer = await loginFrom(env, office, username, demoPassword);
        if (answer.status !== 200) failures.push(`${username} round ${round} → ${answer.status}`);
      }
    }
    expect(staff.length * 5).toBeGreaterThanOrEqual(40);
    expect(failures).toEqual([]);
  }, 120_000);
});
