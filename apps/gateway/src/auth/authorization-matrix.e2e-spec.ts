import { hasPermission, type Role, roles } from '@ankomst/contracts';
import { randomUUID } from 'node:crypto';
import { demoUsers } from '../users/demo-users';
import { declaredRoutes, type DeclaredRoute } from './testing/declared-routes';
import { forgedToken, type GatewayTestEnv, startGatewayTestEnv, unsignedToken } from './testing/gateway-test-env';

type Expectation = 'public' | 'any-user' | readonly Role[];

/**
 * Written out by hand for the routes of identity, audit and users, so that a change of a
 * decorator or of the role table shows up here as a failing row, not silently.
 */
const expectedForOwnRoutes: Record<string, Expectation> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'GET /api/docs': 'public',
  'GET /api/docs/assets/init.js': 'public',
  'GET /metrics': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/refresh': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/auth/oidc': 'public',
  'GET /api/auth/oidc/:municipality/login': 'public',
  'GET /api/auth/oidc/:municipality/callback': 'public',
  'GET /api/auth/me': 'any-user',
  'POST /api/auth/password': 'any-user',
  'GET /api/audit': ['privacy-officer'],
  'GET /api/audit/verify': ['privacy-officer'],
  'GET /api/audit/persons/:personId': ['privacy-officer'],
  'GET /api/break-glass': ['privacy-officer'],
  'POST /api/break-glass': ['housing-officer', 'intro-advisor', 'health-worker', 'coordination-member'],
  'GET /api/users': ['municipal-admin'],
  'GET /api/users/:id': ['municipal-admin'],
  'POST /api/users': ['municipal-admin'],
  'PATCH /api/users/:id': ['municipal-admin'],
  'DELETE /api/users/:id': ['municipal-admin'],
};

/** What the route's own declaration and the role table say (for routes added by other features). */
function expectationFromDeclaration(route: DeclaredRoute): Expectation {
  const access = route.access!;
  if (access.kind === 'public') return 'public';
  if (access.kind === 'authenticated') return 'any-user';
  return roles.filter((role) => access.permissions.every((p) => hasPermission(role, p)));
}

const key = (route: DeclaredRoute) => `${route.method} ${route.path}`;
const concretePath = (path: string) => path.replace(/:municipality/g, '1103').replace(/:(\w+)/g, () => randomUUID());

describe('authorization matrix: every role × every gateway route', () => {
  let env: GatewayTestEnv;
  let routes: DeclaredRoute[];
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    env = await startGatewayTestEnv();
    routes = declaredRoutes(env.app);
    for (const user of demoUsers) tokens.set(user.username, await env.login(user.username));
  }, 60_000);

  afterAll(async () => {
    await env?.close();
  });

  it('finds no route without an access declaration', () => {
    const undeclared = routes.filter((r) => !r.access).map((r) => `${key(r)} (${r.handler})`);
    expect(undeclared).toEqual([]);
    expect(routes.length).toBeGreaterThanOrEqual(Object.keys(expectedForOwnRoutes).length);
  });

  it('lists every route in the OpenAPI document too', async () => {
    const document = (await (await env.call('GET', '/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    for (const route of routes) {
      const openApiPath = route.path.replace(/:(\w+)/g, '{$1}');
      expect(document.paths[openApiPath]?.[route.method.toLowerCase()]).toBeDefined();
    }
  });

  it('matches the hand-written expectations for identity, audit and user routes', () => {
    for (const [route, expected] of Object.entries(expectedForOwnRoutes)) {
      const declared = routes.find((r) => key(r) === route);
      expect({ route, declared: declared ? expectationFromDeclaration(declared) : 'missing' }).toEqual({ route, declared: expected });
    }
  });

  it('refuses anonymous, forged, unsigned and expired tokens with 401 on every non-public route', async () => {
    const admin = demoUsers.find((u) => u.role === 'municipal-admin')!;
    const { rows } = await env.pg.query<{ id: string }>('SELECT id FROM app_user WHERE username = $1', [admin.username]);
    const badTokens: Record<string, string | undefined> = {
      none: undefined,
      forged: await forgedToken({ sub: rows[0].id, usr: admin.username, role: 'privacy-officer', mun: '1103' }),
      unsigned: unsignedToken({ sub: rows[0].id, usr: admin.username, role: 'privacy-officer', mun: '1103' }),
      expired: await env.expiredToken('privacy-officer'),
      garbage: 'not.a.token',
    };
    const unexpected: string[] = [];
    for (const route of routes.filter((r) => r.access?.kind !== 'public')) {
      for (const [kind, token] of Object.entries(badTokens)) {
        const response = await env.call(route.method, concretePath(route.path), { token, body: route.method === 'GET' || route.method === 'DELETE' ? undefined : {} });
        if (response.status !== 401) unexpected.push(`${key(route)} with ${kind} token → ${response.status}`);
      }
    }
    expect(unexpected).toEqual([]);
  }, 120_000);

  it('gives each role exactly 403 where it lacks the permission, and never 401/403 where it holds it', async () => {
    const unexpected: string[] = [];
    let allowedCalls = 0;
    let refusedCalls = 0;
    for (const route of routes.filter((r) => r.access?.kind !== 'public')) {
      const expected = expectedForOwnRoutes[key(route)] ?? expectationFromDeclaration(route);
      for (const user of demoUsers) {
        const allowed = expected === 'any-user' || (expected as readonly string[]).includes(user.role);
        const response = await env.call(route.method, concretePath(route.path), {
          token: tokens.get(user.username),
          body: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
        });
        if (allowed) {
          allowedCalls++;
          if (response.status === 401 || response.status === 403) unexpected.push(`${key(route)} as ${user.username} → ${response.status}, expected allowed`);
        } else {
          refusedCalls++;
          if (response.status !== 403) unexpected.push(`${key(route)} as ${user.username} → ${response.status}, expected 403`);
        }
      }
    }
    expect(unexpected).toEqual([]);
    expect(allowedCalls).toBeGreaterThan(0);
    expect(refusedCalls).toBeGreaterThan(allowedCalls);
  }, 180_000);

  it('answers public routes without asking for a login and without a server error', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.access?.kind === 'public')) {
      const response = await env.call(route.method, concretePath(route.path), { body: route.method === 'POST' ? {} : undefined });
      // Health is 503 here on purpose: no department service runs in this test.
      const acceptable = response.status < 500 || (route.path === '/api/health' && response.status === 503);
      if (!acceptable) failures.push(`${key(route)} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  describe('another municipality', () => {
    it("lets a municipal admin see and change only the own municipality's accounts", async () => {
      const bærumAdmin = tokens.get('municipal-admin-3201');
      const listed = (await (await env.call('GET', '/api/users', { token: bærumAdmin })).json()) as { users: { municipality: string }[] };
      expect(listed.users.length).toBeGreaterThan(0);
      expect(listed.users.every((u) => u.municipality === '3201')).toBe(true);

      const { rows } = await env.pg.query<{ id: string }>("SELECT id FROM app_user WHERE username = 'intro-advisor'");
      const stavangerUser = rows[0].id;
      expect((await env.call('GET', `/api/users/${stavangerUser}`, { token: bærumAdmin })).status).toBe(404);
      expect((await env.call('PATCH', `/api/users/${stavangerUser}`, { token: bærumAdmin, body: { role: 'municipal-admin' } })).status).toBe(404);
      expect((await env.call('DELETE', `/api/users/${stavangerUser}`, { token: bærumAdmin })).status).toBe(404);
      const after = await env.pg.query<{ role: string; active: boolean }>('SELECT role, active FROM app_user WHERE id = $1', [stavangerUser]);
      expect(after.rows[0]).toEqual({ role: 'intro-advisor', active: true });
    });

    it("creates accounts in the admin's own municipality whatever the body says", async () => {
      const response = await env.call('POST', '/api/users', {
        token: tokens.get('municipal-admin-3201'),
        body: { username: 'privacy-officer-3201', displayName: 'Bærum privacy', role: 'privacy-officer', password: 'a-long-enough-password', municipality: '1103' },
      });
      expect(response.status).toBe(201);
      expect(await response.json()).toMatchObject({ municipality: '3201', role: 'privacy-officer' });
    });

    it("keeps the audit log of one municipality away from another's privacy officer", async () => {
      const personId = randomUUID();
      const stavangerOfficer = tokens.get('privacy-officer');
      expect((await env.call('GET', `/api/audit/persons/${personId}`, { token: stavangerOfficer })).status).toBe(200);
      const bærumOfficer = await env.login('privacy-officer-3201', 'a-long-enough-password');
      const report = (await (await env.call('GET', `/api/audit/persons/${personId}`, { token: bærumOfficer })).json()) as { accesses: { municipality: string }[] };
      // The Stavanger lookup of the same person does not show in Bærum (a report lists lookups before itself).
      expect(report.accesses).toEqual([]);
      const stavangerReport = (await (await env.call('GET', `/api/audit/persons/${personId}`, { token: stavangerOfficer })).json()) as { accesses: { municipality: string }[] };
      expect(stavangerReport.accesses.map((a) => a.municipality)).toEqual(['1103']);
      const listing = (await (await env.call('GET', '/api/audit?limit=500', { token: bærumOfficer })).json()) as { entries: { municipality: string }[] };
      expect(listing.entries.every((e) => e.municipality === '3201')).toBe(true);
    });
  });
});
