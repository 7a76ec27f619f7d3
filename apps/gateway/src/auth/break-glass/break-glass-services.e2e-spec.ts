import { createTestDatabase, spawnApp, type SpawnedApp, type TestDatabase } from '@ankomst/testing';
import { type GatewayTestEnv, startGatewayTestEnv } from '../testing/gateway-test-env';

type Person = { id: string; givenName: string };

/**
 * Break-glass end to end: the gateway lifts the missing read permission, and the housing
 * service (its own process, re-checking the role) accepts it because the grant travels in
 * the actor header, for that one person's read and nothing else.
 */
describe('break-glass through the gateway and the housing service', () => {
  let env: GatewayTestEnv;
  let housingDb: TestDatabase;
  let housing: SpawnedApp;
  let officer: string;
  let coordinator: string;
  let household: { id: string; members: Person[] };

  const read = (token: string, path: string) => env.call('GET', path, { token });
  const lastAudit = async (action: string) => {
    const { rows } = await env.pg.query<{ break_glass: boolean; person_ids: string[]; result: string }>(
      'SELECT break_glass, person_ids, result FROM audit_entry WHERE action = $1 ORDER BY seq DESC LIMIT 1',
      [action],
    );
    return rows[0];
  };

  beforeAll(async () => {
    env = await startGatewayTestEnv({ REQUEST_TIMEOUT_MS: '5000' });
    housingDb = await createTestDatabase('e2e_break_glass_housing');
    housing = spawnApp('housing-service', {
      NODE_ENV: 'test',
      NATS_URL: env.config.NATS_URL,
      DATABASE_URL: housingDb.serverUrl,
      DATABASE_NAME: housingDb.name,
    });
    officer = await env.login('housing-officer');
    // Holds breakglass:use, but not housing:read.
    coordinator = await env.login('coordination-member');
    // The housing service answers once it has migrated its database.
    const deadline = Date.now() + 90_000;
    while ((await read(officer, '/api/housing/households')).status !== 200) {
      if (Date.now() > deadline) throw new Error(`housing service did not answer\n${housing.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const registered = await env.call('POST', '/api/housing/households', {
      token: officer,
      body: {
        origin: 'quota-refugee',
        countryOfOrigin: 'SO',
        languages: ['so'],
        requestedOn: '2025-02-01',
        members: [
          { givenName: 'Amal', familyName: 'Yusuf', birthDate: '1992-07-14', relationship: 'head', residencePermitDate: '2025-01-20' },
          { givenName: 'Hodan', familyName: 'Yusuf', birthDate: '2016-03-02', relationship: 'child', residencePermitDate: '2025-01-20' },
        ],
      },
    });
    expect(registered.status).toBe(201);
    household = (await registered.json()) as typeof household;
  }, 120_000);

  afterAll(async () => {
    await housing?.stop();
    await env?.close();
    await housingDb?.drop();
  });

  it("refuses the person's housing record without a grant, then answers it from the service on a grant, audited as break-glass", async () => {
    const amal = household.members[0];
    expect((await read(coordinator, `/api/housing/persons/${amal.id}`)).status).toBe(403);

    const reason = 'Acute housing emergency at night, housing officer unreachable';
    expect((await env.call('POST', '/api/break-glass', { token: coordinator, body: { personId: amal.id, reason } })).status).toBe(201);

    const sut = await read(coordinator, `/api/housing/persons/${amal.id}`);
    expect(sut.status).toBe(200);
    expect(await sut.json()).toMatchObject({ id: amal.id, givenName: 'Amal', householdId: household.id });
    expect(await lastAudit('person.read')).toEqual({ break_glass: true, person_ids: [amal.id], result: 'success' });
  });

  it('still refuses another member of the household, the household itself and a write about the person', async () => {
    const [amal, hodan] = household.members;
    expect((await read(coordinator, `/api/housing/persons/${hodan.id}`)).status).toBe(403);
    expect((await read(coordinator, `/api/housing/households/${household.id}`)).status).toBe(403);
    const write = await env.call('PATCH', `/api/housing/persons/${amal.id}`, { token: coordinator, body: { givenName: 'Amaal' } });
    expect(write.status).toBe(403);
  });

  it('reads without break-glass for a role that holds housing:read', async () => {
    const amal = household.members[0];
    expect((await read(officer, `/api/housing/persons/${amal.id}`)).status).toBe(200);
    expect(await lastAudit('person.read')).toMatchObject({ break_glass: false });
  });
});
