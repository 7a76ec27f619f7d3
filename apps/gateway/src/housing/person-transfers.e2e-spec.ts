import { makeNorwegianId } from '@ankomst/contracts';
import { databaseUrl } from '@ankomst/platform-database';
import {
  createTestDatabase,
  freePort,
  spawnApp,
  type SpawnedApp,
  startTestNats,
  type TestDatabase,
  type TestNats,
  waitForHttp,
} from '@ankomst/testing';
import { Client } from 'pg';
import { demoPassword } from '../users/demo-users';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A synthetic D-nummer with valid check digits for a birth date, never a real person's number. */
function dNumber(year: number, month: number, day: number): string {
  for (let individual = 100; individual < 500; individual++) {
    const id = makeNorwegianId({ year, month, day }, individual, 'd-nummer');
    if (id) return id;
  }
  throw new Error('no valid D-nummer');
}

/**
 * A person moving from Stavanger (1103) to Bærum (3201), through the real gateway and the
 * real housing service, as the two municipalities' demo housing officers. What Bærum learns
 * before the release is asserted as exactly: "held elsewhere, a transfer can be requested".
 */
describe('/api/housing/transfers between two municipalities (separate processes)', () => {
  let nats: TestNats;
  const databases: TestDatabase[] = [];
  const apps: SpawnedApp[] = [];
  let baseUrl: string;
  let gatewayDb: Client;
  const tokens: Record<string, string> = {};

  const call = async (method: string, path: string, as: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens[as]}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as Json };
  };
  const stavanger = 'housing-officer';
  const baerum = 'housing-officer-3201';
  /** An error body without its correlation id: what the answer tells, request by request. */
  const told = ({ status, body }: { status: number; body: Json }) => ({ status, body: { ...body, correlationId: undefined } });

  const nationalId = dNumber(1992, 7, 14);
  const unknownNumber = dNumber(1970, 1, 1);
  const household = (members: object[]) => ({ origin: 'quota-refugee', countryOfOrigin: 'SO', languages: ['so'], members });
  const amal = {
    givenName: 'Amal',
    familyName: 'Yusuf',
    birthDate: '1992-07-14',
    relationship: 'head',
    residencePermitDate: '2025-01-20',
    nationalId,
  };

  beforeAll(async () => {
    nats = await startTestNats();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const [housing, gateway] = await Promise.all([createTestDatabase('e2e_transfer_housing'), createTestDatabase('e2e_transfer_gateway')]);
    databases.push(housing, gateway);
    const common = { NATS_URL: nats.url, DATABASE_URL: housing.serverUrl, NODE_ENV: 'test' };
    apps.push(spawnApp('housing-service', { ...common, DATABASE_NAME: housing.name }));
    apps.push(
      spawnApp('gateway', {
        ...common,
        DATABASE_NAME: gateway.name,
        PORT: String(port),
        PORTAL_DIST: '/nonexistent',
        JWT_SECRET: 'transfer-e2e-secret-0123456789abcdefghij',
        RATE_LIMIT_PER_MINUTE: '100000',
        LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      }),
    );
    const dump = (error: Error) => {
      throw new Error(`${error.message}\n${apps.map((a) => `--- ${a.name}\n${a.output()}`).join('\n')}`);
    };
    await waitForHttp(`${baseUrl}/api/openapi.json`, (status) => status === 200, 90_000).catch(dump);
    for (const username of [stavanger, baerum, 'privacy-officer']) {
      const response = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: demoPassword }),
      });
      if (response.status !== 200) throw new Error(`login ${username}: ${response.status}`);
      tokens[username] = ((await response.json()) as { accessToken: string }).accessToken;
    }
    const deadline = Date.now() + 60_000;
    while ((await call('GET', '/api/housing/statistics/progress?year=2025', stavanger)).status !== 200) {
      if (Date.now() > deadline) dump(new Error('housing service did not answer'));
      await new Promise((r) => setTimeout(r, 250));
    }
    gatewayDb = new Client({ connectionString: databaseUrl(gateway.serverUrl, gateway.name) });
    await gatewayDb.connect();
  }, 120_000);

  afterAll(async () => {
    await gatewayDb?.end();
    await Promise.all(apps.map((a) => a.stop()));
    await Promise.all([nats?.stop(), ...databases.map((d) => d.drop())]);
  });

  let sent: Json;
  let personInStavanger: string;
  let transfer: Json;

  it('Stavanger registers Amal with her D-nummer', async () => {
    const { status, body } = await call('POST', '/api/housing/households', stavanger, household([amal]));
    expect(status).toBe(201);
    sent = body;
    personInStavanger = body.members[0].id;
  });

  it('regression (#14 finding 7): Bærum registering the number learns only "held elsewhere", and a lookup answers as for an unknown number', async () => {
    const registration = await call('POST', '/api/housing/households', baerum, household([{ ...amal, familyName: 'Y' }]));
    expect(registration).toMatchObject({ status: 409, body: { code: 'national_id_held_elsewhere' } });
    expect(Object.keys(registration.body).sort()).toEqual(['code', 'correlationId', 'message', 'status']);
    for (const secret of ['1103', 'Stavanger', personInStavanger, sent.id, 'Yusuf', nationalId]) {
      expect(JSON.stringify(registration.body)).not.toContain(secret);
    }
    const heldLookup = await call('POST', '/api/housing/persons/lookup', baerum, { nationalId });
    const unknownLookup = await call('POST', '/api/housing/persons/lookup', baerum, { nationalId: unknownNumber });
    expect(heldLookup.status).toBe(404);
    expect(told(heldLookup)).toEqual(told(unknownLookup));
  });

  it('Bærum requests the transfer with the number in the body (201) and sees only its own request', async () => {
    const refused = await call('POST', '/api/housing/transfers', baerum, { nationalId: '123', reason: 'moved here' });
    expect(refused).toMatchObject({
      status: 400,
      body: { issues: [{ field: 'nationalId', rule: 'national id must be 11 digits (got 3)' }] },
    });
    expect((await call('POST', '/api/housing/transfers', baerum, { nationalId: unknownNumber, reason: 'moved here' })).status).toBe(404);

    const requested = await call('POST', '/api/housing/transfers', baerum, { nationalId, reason: 'Moved to Bærum, case 2025/77' });
    expect(requested).toMatchObject({ status: 201, body: { status: 'pending', municipality: '3201', householdId: null } });
    transfer = requested.body;
    expect(JSON.stringify(transfer)).not.toContain('1103');
    expect((await call('POST', '/api/housing/transfers', baerum, { nationalId, reason: 'again' })).status).toBe(409);
  });

  it('Stavanger sees the incoming request; Bærum cannot release it', async () => {
    const incoming = await call('GET', '/api/housing/transfers/incoming?status=pending', stavanger);
    expect(incoming).toMatchObject({
      status: 200,
      body: {
        items: [
          {
            id: transfer.id,
            requestingMunicipality: '3201',
            person: { id: personInStavanger, givenName: 'Amal' },
            reason: 'Moved to Bærum, case 2025/77',
          },
        ],
      },
    });
    expect((await call('GET', '/api/housing/transfers/incoming', baerum)).body).toEqual({ items: [] });
    expect((await call('POST', `/api/housing/transfers/${transfer.id}/release`, baerum)).status).toBe(404);
    expect(await call('POST', `/api/housing/transfers/${transfer.id}/decline`, stavanger, {})).toMatchObject({
      status: 400,
      body: { issues: [{ field: 'reason', rule: expect.any(String) }] },
    });
  });

  it('Stavanger releases: Bærum finds Amal by number under its own person id, Stavanger keeps her record as moved out', async () => {
    const released = await call('POST', `/api/housing/transfers/${transfer.id}/release`, stavanger);
    expect(released).toMatchObject({ status: 200, body: { status: 'released', person: { id: personInStavanger } } });

    const found = await call('POST', '/api/housing/persons/lookup', baerum, { nationalId });
    expect(found).toMatchObject({ status: 200, body: { id: transfer.personId, municipality: '3201', givenName: 'Amal', movedOut: null } });
    expect((await call('POST', '/api/housing/persons/lookup', stavanger, { nationalId })).status).toBe(404);
    const kept = await call('GET', `/api/housing/households/${sent.id}`, stavanger);
    expect(kept).toMatchObject({ status: 200, body: { members: [{ id: personInStavanger, movedOut: { municipality: '3201' } }] } });
    expect(await call('GET', '/api/housing/transfers/outgoing', baerum)).toMatchObject({
      status: 200,
      body: { items: [{ id: transfer.id, status: 'released', personId: transfer.personId, householdId: found.body.householdId }] },
    });
  });

  it("audits both sides, each under its own person id; Stavanger's access report shows the transfer", async () => {
    const report = await call('GET', `/api/audit/persons/${personInStavanger}`, 'privacy-officer');
    expect(report.status).toBe(200);
    const stavangerActions = (report.body.accesses as Json[]).map((a) => `${a.username} ${a.action} ${a.result}`);
    expect(stavangerActions).toEqual(
      expect.arrayContaining([`${stavanger} person-transfer.list-incoming success`, `${stavanger} person-transfer.release success`]),
    );
    const { rows } = await gatewayDb.query<{ action: string; username: string; result: string }>(
      `SELECT action, username, result FROM audit_entry WHERE municipality = '3201' AND $1 = ANY(person_ids) ORDER BY seq`,
      [transfer.personId],
    );
    expect(rows.map((r) => `${r.username} ${r.action} ${r.result}`)).toEqual([
      `${baerum} person-transfer.request success`,
      `${baerum} person.lookup success`,
      `${baerum} person-transfer.list-outgoing success`,
    ]);
  });
});
