import { makeNorwegianId } from '@ankomst/contracts';
import { createTestDatabase, spawnApp, type SpawnedApp, type TestDatabase } from '@ankomst/testing';
import { type GatewayTestEnv, startGatewayTestEnv, SERVICE_REQUEST_TIMEOUT_MS } from '../auth/testing/gateway-test-env';

const path = '/api/audit/persons/by-national-id';

/** A valid D-nummer for 3 March 1990 (an individual number that gives no check digit 10). */
function dNumber(from: number): string {
  for (let individual = from; individual < 500; individual++) {
    const id = makeNorwegianId({ year: 1990, month: 3, day: 3 }, individual, 'd-nummer');
    if (id) return id;
  }
  throw new Error('no valid D-nummer found');
}

/**
 * The privacy officer's access report found by national id: the gateway asks the housing
 * service (its own process) which records the number has in the officer's municipality and
 * answers the report of those ids. The number travels in the body only, and the audit log
 * records who looked up whom by id, never the number.
 */
describe('access report by national id through the gateway and the housing service', () => {
  let env: GatewayTestEnv;
  let housingDb: TestDatabase;
  let housing: SpawnedApp;
  let officer: string;
  let privacyOfficer: string;
  let personId: string;
  const number = dNumber(100);
  const unknownNumber = dNumber(Number(number.slice(6, 9)) + 1);

  beforeAll(async () => {
    env = await startGatewayTestEnv({ REQUEST_TIMEOUT_MS: SERVICE_REQUEST_TIMEOUT_MS });
    housingDb = await createTestDatabase('e2e_access_report_housing');
    housing = spawnApp('housing-service', {
      NODE_ENV: 'test',
      NATS_URL: env.config.NATS_URL,
      DATABASE_URL: housingDb.serverUrl,
      DATABASE_NAME: housingDb.name,
    });
    officer = await env.login('housing-officer');
    privacyOfficer = await env.login('privacy-officer');
    const deadline = Date.now() + 90_000;
    while ((await env.call('GET', '/api/housing/households', { token: officer })).status !== 200) {
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
        members: [{ givenName: 'Testa', familyName: 'Oppslagsen', birthDate: '1990-03-03', relationship: 'head', nationalId: number }],
      },
    });
    expect(registered.status).toBe(201);
    personId = ((await registered.json()) as { members: { id: string }[] }).members[0].id;
    // The earlier read the report must list.
    expect((await env.call('GET', `/api/housing/persons/${personId}`, { token: officer })).status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await housing?.stop();
    await env?.close();
    await housingDb?.drop();
  });

  it('answers the report of the person the number belongs to, naming them, with the earlier read', async () => {
    const sut = await env.call('POST', path, { token: privacyOfficer, body: { nationalId: number } });
    expect(sut.status).toBe(200);
    const report = (await sut.json()) as { persons: unknown[]; accesses: { action: string; username: string; personId: string }[] };
    expect(report.persons).toEqual([{ personId, displayName: 'Testa Oppslagsen' }]);
    expect(report.accesses).toContainEqual(expect.objectContaining({ action: 'person.read', username: 'housing-officer', personId }));
  });

  it('audits the lookup as who looked up whom, by id, with the access report as purpose', async () => {
    await env.call('POST', path, { token: privacyOfficer, body: { nationalId: number } });
    const { rows } = await env.pg.query<{ username: string; purpose: string; person_ids: string[]; result: string }>(
      'SELECT username, purpose, person_ids, result FROM audit_entry WHERE action = $1 ORDER BY seq DESC LIMIT 1',
      ['audit.person-report.by-national-id'],
    );
    expect(rows[0]).toEqual({ username: 'privacy-officer', purpose: 'access report (innsyn)', person_ids: [personId], result: 'success' });
  });

  it('says no person has this number (404 person_not_on_record), not that nobody has seen them', async () => {
    const sut = await env.call('POST', path, { token: privacyOfficer, body: { nationalId: unknownNumber } });
    expect(sut.status).toBe(404);
    expect(await sut.json()).toMatchObject({ code: 'not_found', reason: 'person_not_on_record' });
  });

  it('refuses a bad check digit with 400 naming the field and code, before asking housing', async () => {
    const bad = `${number.slice(0, 10)}${(Number(number[10]) + 1) % 10}`;
    const sut = await env.call('POST', path, { token: privacyOfficer, body: { nationalId: bad } });
    expect(sut.status).toBe(400);
    expect(await sut.json()).toMatchObject({ issues: [expect.objectContaining({ field: 'nationalId', code: 'national_id_invalid' })] });
  });

  it('is for the privacy officer only: the housing officer and the intro advisor get 403', async () => {
    for (const role of ['housing-officer', 'intro-advisor']) {
      const sut = await env.call('POST', path, { token: await env.login(role), body: { nationalId: number } });
      expect(sut.status).toBe(403);
    }
  });

  it('keeps the number out of every audit field: no entry holds it in clear', async () => {
    const { rows } = await env.pg.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM audit_entry WHERE row_to_json(audit_entry)::text LIKE $1',
      [`%${number}%`],
    );
    const { rows: all } = await env.pg.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry');
    expect(all[0].n).toBeGreaterThan(0);
    expect(rows[0].n).toBe(0);
  });
});
