import { permissionsOf } from '@ankomst/contracts';
import { demoPassword } from '../users/demo-users';
import { type GatewayTestEnv, startGatewayTestEnv } from './testing/gateway-test-env';

const refreshCookieOf = (response: Response) => {
  const header = response.headers.getSetCookie().find((c) => c.startsWith('ankomst_refresh='));
  return { header, value: header ? header.slice('ankomst_refresh='.length).split(';')[0] : undefined };
};

describe('login, refresh rotation, logout and password change', () => {
  let env: GatewayTestEnv;

  beforeAll(async () => {
    env = await startGatewayTestEnv();
  }, 60_000);

  afterAll(async () => {
    await env?.close();
  });

  const login = (username: string, password = demoPassword) => env.call('POST', '/api/auth/login', { body: { username, password } });
  const refresh = (cookie: string | undefined, headers: Record<string, string> = { 'x-requested-with': 'ankomst' }) =>
    env.call('POST', '/api/auth/refresh', { headers: { ...(cookie ? { cookie: `ankomst_refresh=${cookie}` } : {}), ...headers } });

  it('logs in with a short-lived bearer token and an httpOnly, SameSite=Strict refresh cookie on /api/auth', async () => {
    const response = await login('intro-advisor');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { accessToken: string; tokenType: string; expiresIn: number };
    expect(body).toMatchObject({ tokenType: 'Bearer', expiresIn: 600 });
    const { header } = refreshCookieOf(response);
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Strict/i);
    expect(header).toMatch(/Path=\/api\/auth/);
    expect(header).not.toMatch(/Secure/); // only in production

    const me = await env.call('GET', '/api/auth/me', { token: body.accessToken });
    expect(await me.json()).toEqual({
      userId: expect.any(String),
      username: 'intro-advisor',
      displayName: 'Demo Introduction Advisor',
      role: 'intro-advisor',
      municipality: '1103',
      permissions: [...permissionsOf('intro-advisor')],
    });
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrong = await login('volunteer', 'not-the-password');
    const unknown = await login('nobody-here', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(((await wrong.json()) as { message: string }).message).toBe(((await unknown.json()) as { message: string }).message);
  });

  it('rotates the refresh token, and a reused one revokes the whole family', async () => {
    const first = refreshCookieOf(await login('health-worker')).value;
    const rotated = await refresh(first);
    expect(rotated.status).toBe(200);
    const { accessToken, user } = (await rotated.json()) as { accessToken: string; user: { username: string; permissions: string[] } };
    // The user comes with the new token: a reloaded portal needs no /me round.
    expect(user).toMatchObject({ username: 'health-worker', permissions: expect.arrayContaining(['health:read']) });
    expect((await env.call('GET', '/api/auth/me', { token: accessToken })).status).toBe(200);
    const second = refreshCookieOf(rotated).value;
    expect(second).toBeDefined();
    expect(second).not.toBe(first);

    // The first token again: a thief or a replay. Both copies die.
    const replay = await refresh(first);
    expect(replay.status).toBe(401);
    expect((await refresh(second)).status).toBe(401);
    // Access tokens of the family die with it, not only when they expire.
    expect((await env.call('GET', '/api/auth/me', { token: accessToken })).status).toBe(401);
    const { rows } = await env.pg.query<{ revoked: string }>(
      `SELECT count(*) FILTER (WHERE revoked_at IS NULL) AS revoked FROM refresh_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = 'health-worker'`,
    );
    expect(Number(rows[0].revoked)).toBe(0);
  });

  it('keeps other sessions of the user alive when one family is revoked', async () => {
    const laptop = refreshCookieOf(await login('coordination-member')).value;
    const phone = refreshCookieOf(await login('coordination-member')).value;
    const next = refreshCookieOf(await refresh(laptop)).value;
    expect((await refresh(laptop)).status).toBe(401);
    expect((await refresh(next)).status).toBe(401);
    expect((await refresh(phone)).status).toBe(200);
  });

  it('refuses refresh without the CSRF header or from a foreign origin', async () => {
    const cookie = refreshCookieOf(await login('housing-officer')).value;
    expect((await refresh(cookie, {})).status).toBe(403);
    expect((await refresh(cookie, { 'x-requested-with': 'ankomst', origin: 'https://evil.example' })).status).toBe(403);
    expect((await refresh(cookie, { 'x-requested-with': 'ankomst', origin: env.baseUrl })).status).toBe(200);
    expect((await refresh(undefined)).status).toBe(401);
  });

  it('ends the session on logout', async () => {
    const loggedIn = await login('volunteer-coordinator');
    const cookie = refreshCookieOf(loggedIn).value;
    const { accessToken } = (await loggedIn.json()) as { accessToken: string };
    const otherSession = (await (await login('volunteer-coordinator')).json()) as { accessToken: string };
    const csrfless = await env.call('POST', '/api/auth/logout', { headers: { cookie: `ankomst_refresh=${cookie}` } });
    expect(csrfless.status).toBe(403);
    const out = await env.call('POST', '/api/auth/logout', {
      headers: { cookie: `ankomst_refresh=${cookie}`, 'x-requested-with': 'ankomst' },
    });
    expect(out.status).toBe(204);
    expect(refreshCookieOf(out).header).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await refresh(cookie)).status).toBe(401);
    expect((await env.call('GET', '/api/auth/me', { token: accessToken })).status).toBe(401);
    expect((await env.call('GET', '/api/auth/me', { token: otherSession.accessToken })).status).toBe(200);
  });

  it('ends every session on password change and accepts only the new password', async () => {
    const firstLogin = await login('county-analyst');
    const cookie = refreshCookieOf(firstLogin).value;
    const { accessToken } = (await firstLogin.json()) as { accessToken: string };
    const weak = await env.call('POST', '/api/auth/password', {
      token: accessToken,
      body: { currentPassword: demoPassword, newPassword: 'short' },
    });
    expect(weak.status).toBe(400);
    const wrong = await env.call('POST', '/api/auth/password', {
      token: accessToken,
      body: { currentPassword: 'wrong-one', newPassword: 'a-much-better-passphrase' },
    });
    expect(wrong.status).toBe(400);
    const changed = await env.call('POST', '/api/auth/password', {
      token: accessToken,
      body: { currentPassword: demoPassword, newPassword: 'a-much-better-passphrase' },
    });
    expect(changed.status).toBe(204);
    expect((await refresh(cookie)).status).toBe(401);
    expect((await env.call('GET', '/api/auth/me', { token: accessToken })).status).toBe(401);
    expect((await login('county-analyst')).status).toBe(401);
    expect((await login('county-analyst', 'a-much-better-passphrase')).status).toBe(200);
  });

  it('refuses login and refresh for a deactivated account', async () => {
    const loggedIn = await login('volunteer');
    const cookie = refreshCookieOf(loggedIn).value;
    const { accessToken } = (await loggedIn.json()) as { accessToken: string };
    const admin = (await (await login('municipal-admin')).json()) as { accessToken: string };
    const { rows } = await env.pg.query<{ id: string }>("SELECT id FROM app_user WHERE username = 'volunteer'");
    expect((await env.call('DELETE', `/api/users/${rows[0].id}`, { token: admin.accessToken })).status).toBe(200);
    expect((await refresh(cookie)).status).toBe(401);
    expect((await env.call('GET', '/api/auth/me', { token: accessToken })).status).toBe(401);
    expect((await login('volunteer')).status).toBe(401);
  });

  it('refuses an administrator deactivating their own account or changing their own role, naming the field', async () => {
    const admin = (await (await login('municipal-admin')).json()) as { accessToken: string };
    const { rows } = await env.pg.query<{ id: string }>("SELECT id FROM app_user WHERE username = 'municipal-admin'");
    const self = rows[0].id;

    const deactivated = await env.call('DELETE', `/api/users/${self}`, { token: admin.accessToken });
    expect(deactivated.status).toBe(400);
    expect(await deactivated.json()).toMatchObject({ issues: [{ field: 'active', rule: 'you cannot deactivate your own account' }] });
    const demoted = await env.call('PATCH', `/api/users/${self}`, { token: admin.accessToken, body: { role: 'volunteer' } });
    expect(demoted.status).toBe(400);
    expect(await demoted.json()).toMatchObject({ issues: [{ field: 'role', rule: 'you cannot change your own role' }] });
    // Renaming oneself is fine, and the account is still an active administrator.
    const renamed = await env.call('PATCH', `/api/users/${self}`, {
      token: admin.accessToken,
      body: { displayName: 'Demo Administrator' },
    });
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ role: 'municipal-admin', active: true, displayName: 'Demo Administrator' });
  });

  it('stores only argon2id hashes with the OWASP parameters', async () => {
    const { rows } = await env.pg.query<{ password_hash: string }>("SELECT password_hash FROM app_user WHERE username = 'intro-advisor'");
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });
});
