import { serviceList } from '@ankomst/contracts';
import { databaseUrl } from '@ankomst/platform-database';
import { Client } from 'pg';
import { freePort } from '../free-port';
import { spawnApp, type SpawnedApp, waitForHttp } from '../spawn-app';
import { createTestDatabase, type TestDatabase } from '../test-database';
import { startTestNats, type TestNats } from '../test-nats';
import type { FuzzTarget } from './fuzz-runner';
import type { KnownIds } from './json-schema-values';

/** Every demo role (docs/security.md), plus no login at all. Password of all: `ankomst-demo`. */
export const demoUsers = [
  'anonymous',
  'housing-officer',
  'intro-advisor',
  'health-worker',
  'coordination-member',
  'volunteer-coordinator',
  'volunteer',
  'privacy-officer',
  'municipal-admin',
  'county-analyst',
  'housing-officer-3201',
  'municipal-admin-3201',
] as const;
const demoPassword = 'ankomst-demo';

export interface FuzzSystem extends FuzzTarget {
  apps: SpawnedApp[];
  close(): Promise<void>;
}

/**
 * The records of one database as a fingerprint: the content of the tables the commands write,
 * and the newest outbox row (the relay deletes sent rows later, so not their count).
 */
async function fingerprint(client: Client, tables: string[]): Promise<string> {
  const parts = tables.map((table) => `(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM ${table} t)`);
  const { rows } = await client.query<{ f: string }>(
    `SELECT concat_ws(',', ${parts.join(', ')}, (SELECT max(created_at)::text FROM outbox)) AS f`,
  );
  return rows[0].f;
}

async function call(baseUrl: string, token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown> & { id: string };
}

/** Records the fuzz can name in paths and bodies, so that it reaches past "not found". */
async function seedKnownIds(baseUrl: string, login: (user: string) => Promise<string>): Promise<KnownIds> {
  const officer = await login('housing-officer');
  const household = await call(baseUrl, officer, 'POST', '/api/housing/households', {
    origin: 'quota-refugee',
    countryOfOrigin: 'SO',
    requestedOn: '2025-02-01',
    members: [
      { givenName: 'Amal', familyName: 'Yusuf', birthDate: '1992-07-14', relationship: 'head', residencePermitDate: '2025-01-20' },
      { givenName: 'Nur', familyName: 'Yusuf', birthDate: '2012-03-02', relationship: 'child', residencePermitDate: '2025-01-20' },
    ],
  });
  const dwelling = await call(baseUrl, officer, 'POST', '/api/housing/dwellings', {
    ownership: 'municipal',
    address: 'Storgata 1',
    postalCode: '4006',
    sizeSquareMetres: 60,
    rooms: 3,
    monthlyRentNok: 9000,
    availableFrom: '2025-01-01',
  });
  const selfSettlement = await call(baseUrl, officer, 'POST', '/api/housing/self-settlements', {
    householdId: household.id,
    address: 'Kirkegata 2',
    monthlyRentNok: 8000,
  });
  const personIds = (household.members as { id: string }[]).map((m) => m.id);
  return {
    personId: personIds,
    householdId: [household.id],
    dwellingId: [dwelling.id],
    caseId: [selfSettlement.id],
    // Not the demo accounts' ids: a fuzzed PATCH /api/users/{id} would change their passwords.
    id: [household.id, dwelling.id, selfSettlement.id],
  };
}

/**
 * The gateway and every department service, each its own process, on fresh databases and a
 * private nats-server: every operation in the OpenAPI document reaches a real service. Login
 * throttling is lifted so the fuzz can log in as every role however many bad logins it sends.
 */
export async function startFuzzSystem(): Promise<FuzzSystem> {
  const nats: TestNats = await startTestNats();
  const [gatewayDb, ...serviceDbs] = await Promise.all([
    createTestDatabase('fuzz_gateway'),
    ...serviceList.map((service) => createTestDatabase(`fuzz_${service.key}`)),
  ]);
  const databases: TestDatabase[] = [gatewayDb, ...serviceDbs];
  const dbOf = (app: string) => serviceDbs[serviceList.findIndex((service) => service.app === app)];
  const [housingDb, casesDb] = [dbOf('housing-service'), dbOf('case-overview-service')];
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const common = {
    NATS_URL: nats.url,
    DATABASE_URL: gatewayDb.serverUrl,
    NODE_ENV: 'test',
    LOG_LEVEL: 'fatal',
    REQUEST_TIMEOUT_MS: '10000',
  };
  const apps = [
    ...serviceList.map((service) => spawnApp(service.app, { ...common, DATABASE_NAME: dbOf(service.app).name })),
    spawnApp('gateway', {
      ...common,
      DATABASE_NAME: gatewayDb.name,
      PORT: String(port),
      PORTAL_DIST: '/nonexistent',
      JWT_SECRET: 'fuzz-secret-0123456789abcdefghijklmnop',
      RATE_LIMIT_PER_MINUTE: '1000000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
      LOGIN_MAX_FAILURES_PER_USER: '1000000',
      LOGIN_MAX_FAILURES_PER_IP: '1000000',
    }),
  ];
  const clients: Client[] = [];
  const close = async () => {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
    await Promise.all(apps.map((a) => a.stop()));
    await nats.stop();
    await Promise.all(databases.map((d) => d.drop()));
  };
  try {
    // Green only when every service answers with its database migrated.
    await waitForHttp(`${baseUrl}/api/health`, (status) => status === 200, 180_000);
    const login = async (username: string) => {
      const response = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: demoPassword }),
      });
      if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { accessToken: string }).accessToken;
    };
    // The services answer once they have migrated their databases.
    const officer = await login('housing-officer');
    for (const path of ['/api/housing/statistics/progress?year=2025', '/api/cases?name=xx']) {
      const deadline = Date.now() + 120_000;
      while ((await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${officer}` } })).status !== 200) {
        if (Date.now() > deadline) throw new Error(`${path} did not answer`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    const ids = await seedKnownIds(baseUrl, login);
    for (const db of [housingDb, casesDb]) {
      const client = new Client({ connectionString: databaseUrl(db.serverUrl, db.name) });
      await client.connect();
      clients.push(client);
    }
    const [housing, cases] = clients;
    return {
      apps,
      baseUrl,
      roles: demoUsers,
      ids,
      login,
      writes: async () =>
        [
          await fingerprint(housing, [
            'household',
            'person',
            'dwelling',
            'tenancy',
            'settlement_request',
            'settlement_decision',
            'self_settlement_case',
          ]),
          await fingerprint(cases, ['consent', 'referral']),
        ].join(';'),
      close,
    };
  } catch (error) {
    const output = apps.map((a) => `--- ${a.name}\n${a.output()}`).join('\n');
    await close();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
}
