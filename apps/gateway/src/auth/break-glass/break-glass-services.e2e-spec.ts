import { randomUUID } from 'node:crypto';
import { createTestDatabase, spawnApp, type SpawnedApp, type TestDatabase } from '@ankomst/testing';
import { type GatewayTestEnv, startGatewayTestEnv, SERVICE_REQUEST_TIMEOUT_MS } from '../testing/gateway-test-env';

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
  let privacyOfficer: string;
  let household: { id: string; members: Person[] };
  let bærumHousehold: { id: string; members: Person[] };

  const read = (token: string, path: string) => env.call('GET', path, { token });
  const lastAudit = async (action: string) => {
    const { rows } = await env.pg.query<{ break_glass: boolean; person_ids: string[]; result: string }>(
      'SELECT break_glass, person_ids, result FROM audit_entry WHERE action = $1 ORDER BY seq DESC LIMIT 1',
      [action],
    );
    return rows[0];
  };

  beforeAll(async () => {
    env = await startGatewayTestEnv({ REQUEST_TIMEOUT_MS: SERVICE_REQUEST_TIMEOUT_MS, BREAK_GLASS_MINUTES: '30' });
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
    privacyOfficer = await env.login('privacy-officer');
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
    const inBærum = await env.call('POST', '/api/housing/households', {
      token: await env.login('housing-officer-3201'),
      body: {
        origin: 'quota-refugee',
        countryOfOrigin: 'ER',
        languages: ['ti'],
        requestedOn: '2025-03-01',
        members: [
          { givenName: 'Selam', familyName: 'Tesfay', birthDate: '1990-01-09', relationship: 'head', residencePermitDate: '2025-02-10' },
        ],
      },
    });
    expect(inBærum.status).toBe(201);
    bærumHousehold = (await inBærum.json()) as typeof bærumHousehold;
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

  it('grants time-limited access on a stated reason, flagged in the audit log and visible to the privacy officer', async () => {
    const personId = household.members[1].id;
    const reason = 'Acute housing emergency at night, case worker unreachable';
    const response = await env.call('POST', '/api/break-glass', { token: officer, body: { personId, reason } });
    expect(response.status).toBe(201);
    const grant = (await response.json()) as { id: string; grantedAt: string; expiresAt: string };
    expect(new Date(grant.expiresAt).getTime() - new Date(grant.grantedAt).getTime()).toBe(30 * 60_000);

    // The officer's own running grants (the portal's banner), and only theirs.
    const mine = (await (await env.call('GET', '/api/break-glass/mine', { token: officer })).json()) as {
      minutes: number;
      grants: { id: string; personId: string }[];
    };
    expect(mine.minutes).toBe(30);
    expect(mine.grants).toContainEqual(expect.objectContaining({ id: grant.id, personId }));
    const coordinatorsOwn = (await (await env.call('GET', '/api/break-glass/mine', { token: coordinator })).json()) as {
      grants: { id: string }[];
    };
    expect(coordinatorsOwn.grants.map((g) => g.id)).not.toContain(grant.id);

    const { rows } = await env.pg.query<{ action: string; break_glass: boolean; purpose: string; person_ids: string[] }>(
      'SELECT action, break_glass, purpose, person_ids FROM audit_entry ORDER BY seq DESC LIMIT 1',
    );
    expect(rows[0]).toEqual({ action: 'break-glass.open', break_glass: true, purpose: reason, person_ids: [personId] });

    const list = (await (await env.call('GET', '/api/break-glass', { token: privacyOfficer })).json()) as {
      grants: { id: string; reason: string; username: string; displayName?: string }[];
    };
    expect(list.grants).toContainEqual(
      expect.objectContaining({ id: grant.id, reason, username: 'housing-officer', displayName: expect.any(String) }),
    );

    const flagged = (await (await env.call('GET', '/api/audit?breakGlass=true', { token: privacyOfficer })).json()) as {
      entries: { personIds: string[] }[];
    };
    expect(flagged.entries.some((e) => e.personIds.includes(personId))).toBe(true);

    const report = (await (await env.call('GET', `/api/audit/persons/${personId}`, { token: privacyOfficer })).json()) as {
      accesses: { username: string; purpose: string; breakGlass: boolean }[];
    };
    expect(report.accesses).toContainEqual(expect.objectContaining({ username: 'housing-officer', purpose: reason, breakGlass: true }));
  });

  it('grants nothing for a person who does not exist or belongs to another municipality', async () => {
    const grantsBefore = (await env.pg.query('SELECT 1 FROM break_glass_grant')).rowCount;
    const reason = 'Acute housing emergency at night, housing officer unreachable';
    for (const personId of [randomUUID(), bærumHousehold.members[0].id]) {
      const sut = await env.call('POST', '/api/break-glass', { token: coordinator, body: { personId, reason } });
      expect({ personId, status: sut.status }).toEqual({ personId, status: 404 });
    }
    expect((await env.pg.query('SELECT 1 FROM break_glass_grant')).rowCount).toBe(grantsBefore);
    const opened = await env.pg.query(`SELECT 1 FROM audit_entry WHERE action = 'break-glass.open' AND $1 = ANY(person_ids)`, [
      bærumHousehold.members[0].id,
    ]);
    expect(opened.rowCount).toBe(0);
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
