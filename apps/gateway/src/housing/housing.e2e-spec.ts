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

type Json = Record<string, unknown> & { members: { id: string }[]; id: string };

/**
 * Every /api/housing route through the real gateway and the real housing service, each its
 * own process, logged in as demo users. Bad input must answer 400 naming field and rule,
 * and write nothing (no row, no event) in the housing database.
 */
describe('/api/housing through the gateway and the housing service (separate processes)', () => {
  let nats: TestNats;
  const databases: TestDatabase[] = [];
  const apps: SpawnedApp[] = [];
  let baseUrl: string;
  let housingDb: Client;
  let gatewayDb: Client;
  const tokens: Record<string, string> = {};

  const call = async (method: string, path: string, options: { as?: string; body?: unknown } = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(options.as ? { authorization: `Bearer ${tokens[options.as]}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as Json };
  };
  const officer = { as: 'housing-officer' };

  /** Rows and events in the housing database: must not move on a refused request. */
  const writes = async () => {
    const { rows } = await housingDb.query(
      `SELECT (SELECT count(*) FROM outbox) + (SELECT count(*) FROM household) + (SELECT count(*) FROM person)
            + (SELECT count(*) FROM dwelling) + (SELECT count(*) FROM tenancy) + (SELECT count(*) FROM settlement_request)
            + (SELECT count(*) FROM self_settlement_case) AS n`,
    );
    return Number(rows[0].n);
  };
  const expectRefused = async (method: string, path: string, body: unknown, issue: { field: string; rule: string | RegExp }) => {
    const before = await writes();
    const { status, body: error } = await call(method, path, { ...officer, body });
    expect({ status, issues: error.issues }).toEqual({
      status: 400,
      issues: expect.arrayContaining([
        expect.objectContaining({
          field: issue.field,
          rule: typeof issue.rule === 'string' ? issue.rule : expect.stringMatching(issue.rule),
        }),
      ]),
    });
    expect(await writes()).toBe(before);
  };

  beforeAll(async () => {
    nats = await startTestNats();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const [housing, gateway] = await Promise.all([createTestDatabase('e2e_housing'), createTestDatabase('e2e_gateway')]);
    databases.push(housing, gateway);
    const common = { NATS_URL: nats.url, DATABASE_URL: housing.serverUrl, NODE_ENV: 'test' };
    apps.push(spawnApp('housing-service', { ...common, DATABASE_NAME: housing.name }));
    apps.push(
      spawnApp('gateway', {
        ...common,
        DATABASE_NAME: gateway.name,
        PORT: String(port),
        PORTAL_DIST: '/nonexistent',
        JWT_SECRET: 'housing-e2e-secret-0123456789abcdefghij',
        RATE_LIMIT_PER_MINUTE: '100000',
        LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      }),
    );
    const dump = (error: Error) => {
      throw new Error(`${error.message}\n${apps.map((a) => `--- ${a.name}\n${a.output()}`).join('\n')}`);
    };
    await waitForHttp(`${baseUrl}/api/openapi.json`, (status) => status === 200, 90_000).catch(dump);
    for (const username of ['housing-officer', 'housing-officer-3201', 'intro-advisor', 'volunteer']) {
      const { status, body } = await call('POST', '/api/auth/login', { body: { username, password: demoPassword } });
      if (status !== 200) throw new Error(`login ${username}: ${status} ${JSON.stringify(body)}`);
      tokens[username] = body.accessToken as string;
    }
    // The housing service answers once it has migrated its database.
    const deadline = Date.now() + 60_000;
    while ((await call('GET', '/api/housing/statistics/progress?year=2025', officer)).status !== 200) {
      if (Date.now() > deadline) dump(new Error('housing service did not answer'));
      await new Promise((r) => setTimeout(r, 250));
    }
    housingDb = new Client({ connectionString: databaseUrl(housing.serverUrl, housing.name) });
    await housingDb.connect();
    gatewayDb = new Client({ connectionString: databaseUrl(gateway.serverUrl, gateway.name) });
    await gatewayDb.connect();
  }, 120_000);

  afterAll(async () => {
    await housingDb?.end();
    await gatewayDb?.end();
    await Promise.all(apps.map((a) => a.stop()));
    await Promise.all([nats?.stop(), ...databases.map((d) => d.drop())]);
  });

  let household: Json;
  let dwellingId: string;
  let tenancyId: string;

  describe('settlement requests and decisions', () => {
    it('records a request (201) and refuses more minors than total', async () => {
      const ok = await call('POST', '/api/housing/settlement-requests', {
        ...officer,
        body: { year: 2025, total: 30, unaccompaniedMinors: 4, receivedOn: '2024-10-01' },
      });
      expect(ok).toMatchObject({ status: 201, body: { municipality: '1103', kind: 'initial' } });
      await expectRefused(
        'POST',
        '/api/housing/settlement-requests',
        { year: 2025, total: 1, unaccompaniedMinors: 2, receivedOn: '2024-10-01' },
        { field: 'unaccompaniedMinors', rule: 'must not exceed total' },
      );
    });

    it('records a decision (201) and refuses a bad date', async () => {
      const ok = await call('POST', '/api/housing/settlement-decisions', {
        ...officer,
        body: { year: 2025, total: 25, unaccompaniedMinors: 4, decidedOn: '2024-12-12' },
      });
      expect(ok).toMatchObject({ status: 201, body: { total: 25 } });
      await expectRefused(
        'POST',
        '/api/housing/settlement-decisions',
        { year: 2025, total: 25, unaccompaniedMinors: 4, decidedOn: '12.12.2024' },
        { field: 'decidedOn', rule: 'must be a date (YYYY-MM-DD)' },
      );
    });
  });

  describe('households and persons', () => {
    const member = {
      givenName: 'Amal',
      familyName: 'Yusuf',
      birthDate: '1992-07-14',
      relationship: 'head',
      residencePermitDate: '2025-01-20',
    };

    it('registers a household (201)', async () => {
      const { status, body } = await call('POST', '/api/housing/households', {
        ...officer,
        body: { origin: 'quota-refugee', countryOfOrigin: 'SO', languages: ['so'], requestedOn: '2025-02-01', members: [member] },
      });
      expect(status).toBe(201);
      household = body;
      expect(household.members?.[0]).toMatchObject({ givenName: 'Amal', hasNationalId: false });
    });

    it('refuses a national id with a wrong check digit: 400 naming members.0.nationalId and the rule, nothing written', async () => {
      await expectRefused(
        'POST',
        '/api/housing/households',
        { origin: 'quota-refugee', countryOfOrigin: 'SO', members: [{ ...member, nationalId: '31129956716' }] },
        { field: 'members.0.nationalId', rule: 'national id second check digit is wrong' },
      );
    });

    it('lists and reads households of the own municipality only', async () => {
      expect(await call('GET', '/api/housing/households', officer)).toMatchObject({ status: 200, body: { total: 1 } });
      expect(await call('GET', `/api/housing/households/${household.id}`, officer)).toMatchObject({
        status: 200,
        body: { id: household.id },
      });
      expect((await call('GET', `/api/housing/households/${household.id}`, { as: 'housing-officer-3201' })).status).toBe(404);
      expect(await call('GET', '/api/housing/households', { as: 'housing-officer-3201' })).toMatchObject({
        status: 200,
        body: { total: 0 },
      });
      await expectRefused('GET', '/api/housing/households?limit=0', undefined, { field: 'limit', rule: 'must be at least 1' });
    });

    it('searches and filters the list through the query string, refusing a one-letter search', async () => {
      const found = await call('GET', '/api/housing/households?search=yus&origin=quota-refugee&status=waiting&minorsOnly=false', officer);
      expect(found).toMatchObject({ status: 200, body: { total: 1, items: [{ id: household.id }] } });
      expect(await call('GET', '/api/housing/households?search=nobody', officer)).toMatchObject({
        status: 200,
        body: { total: 0, items: [] },
      });
      await expectRefused('GET', '/api/housing/households?search=y', undefined, { field: 'search', rule: 'must be at least 2 characters' });
    });

    it('updates a person with a valid D-nummer and finds them by it', async () => {
      const personId = household.members[0].id;
      // A synthetic D-nummer with valid check digits, never a real person's number.
      let nationalId: string | null = null;
      for (let i = 100; !nationalId; i++) nationalId = makeNorwegianId({ year: 1992, month: 7, day: 14 }, i, 'd-nummer');
      const updated = await call('PATCH', `/api/housing/persons/${personId}`, { ...officer, body: { nationalId } });
      expect(updated).toMatchObject({ status: 200, body: { hasNationalId: true } });
      expect(JSON.stringify(updated.body)).not.toContain(nationalId);
      expect(await call('POST', '/api/housing/persons/lookup', { ...officer, body: { nationalId } })).toMatchObject({
        status: 200,
        body: { id: personId },
      });
      await expectRefused(
        'POST',
        '/api/housing/persons/lookup',
        { nationalId: '123' },
        { field: 'nationalId', rule: 'national id must be 11 digits (got 3)' },
      );
      await expectRefused(
        'PATCH',
        `/api/housing/persons/${personId}`,
        { languages: ['Arabic'] },
        { field: 'languages.0', rule: 'must be an ISO 639 language code (2–3 lower-case letters)' },
      );
    });

    it('settles a person once (200, then 409)', async () => {
      const personId = household.members[0].id;
      expect(
        await call('POST', `/api/housing/persons/${personId}/settle`, { ...officer, body: { settledOn: '2025-03-01' } }),
      ).toMatchObject({ status: 200, body: { settledOn: '2025-03-01' } });
      expect(
        (await call('POST', `/api/housing/persons/${personId}/settle`, { ...officer, body: { settledOn: '2025-03-02' } })).status,
      ).toBe(409);
      await expectRefused('POST', `/api/housing/persons/${personId}/settle`, {}, { field: 'settledOn', rule: /./ });
    });
  });

  describe('dwellings and tenancies', () => {
    const flat = {
      ownership: 'municipal',
      address: 'Storgata 1',
      postalCode: '4006',
      sizeSquareMetres: 55,
      rooms: 2,
      monthlyRentNok: 9000,
      availableFrom: '2024-01-01',
    };

    it('registers a dwelling (201) and refuses a negative size', async () => {
      const { status, body } = await call('POST', '/api/housing/dwellings', { ...officer, body: flat });
      expect(status).toBe(201);
      dwellingId = body.id;
      await expectRefused(
        'POST',
        '/api/housing/dwellings',
        { ...flat, sizeSquareMetres: -3 },
        { field: 'sizeSquareMetres', rule: 'must be at least 1' },
      );
    });

    it('allocates it (201), refuses a second allocation (409) and lists it as not vacant', async () => {
      const allocated = await call('POST', '/api/housing/tenancies', {
        ...officer,
        body: { dwellingId, householdId: household.id, startDate: '2025-02-10' },
      });
      expect(allocated.status).toBe(201);
      tenancyId = allocated.body.id;
      expect(
        (
          await call('POST', '/api/housing/tenancies', {
            ...officer,
            body: { dwellingId, householdId: household.id, startDate: '2025-02-11' },
          })
        ).status,
      ).toBe(409);
      expect(await call('GET', '/api/housing/dwellings?vacantOnly=true', { as: 'housing-officer' })).toMatchObject({
        status: 200,
        body: { total: 0 },
      });
      await expectRefused(
        'POST',
        '/api/housing/tenancies',
        { dwellingId: 'x', householdId: household.id, startDate: '2025-02-10' },
        { field: 'dwellingId', rule: 'must be a uuid' },
      );
    });

    it('ends the tenancy (200) and refuses an unknown reason', async () => {
      await expectRefused(
        'POST',
        `/api/housing/tenancies/${tenancyId}/end`,
        { endDate: '2025-12-31', reason: 'vanished' },
        { field: 'reason', rule: /expected one of/i },
      );
      expect(
        await call('POST', `/api/housing/tenancies/${tenancyId}/end`, {
          ...officer,
          body: { endDate: '2025-12-31', reason: 'bought-own-home', withStartlan: true },
        }),
      ).toMatchObject({
        status: 200,
        body: { endReason: 'bought-own-home', withStartlan: true },
      });
    });
  });

  describe('two officers allocating one dwelling at the same moment', () => {
    it('lets exactly one win; the other gets 409', async () => {
      const single = (givenName: string) => ({
        origin: 'reception-centre',
        countryOfOrigin: 'ER',
        members: [{ givenName, familyName: 'Habte', birthDate: '1996-01-01', relationship: 'head' }],
      });
      const [a, b] = await Promise.all([
        call('POST', '/api/housing/households', { ...officer, body: single('Yonas') }),
        call('POST', '/api/housing/households', { ...officer, body: single('Selam') }),
      ]);
      const flat = await call('POST', '/api/housing/dwellings', {
        ...officer,
        body: {
          ownership: 'municipal',
          address: 'Nygata 9',
          postalCode: '4005',
          sizeSquareMetres: 40,
          rooms: 1,
          monthlyRentNok: 7000,
          availableFrom: '2024-01-01',
        },
      });
      const attempts = await Promise.all(
        [a.body.id, b.body.id].map((householdId) =>
          call('POST', '/api/housing/tenancies', { ...officer, body: { dwellingId: flat.body.id, householdId, startDate: '2025-05-01' } }),
        ),
      );
      expect(attempts.map((r) => r.status).sort()).toEqual([201, 409]);
      const { rows } = await housingDb.query('SELECT count(*)::int AS n FROM tenancy WHERE dwelling_id = $1', [flat.body.id]);
      expect(rows[0].n).toBe(1);
    });
  });

  describe('agreed self-settlement', () => {
    let caseId: string;

    it('opens, checks, refuses approval over the rent limit, rejects with a reason', async () => {
      const opened = await call('POST', '/api/housing/self-settlements', {
        ...officer,
        body: { householdId: household.id, address: 'Privatveien 2', monthlyRentNok: 9500 },
      });
      expect(opened).toMatchObject({ status: 201, body: { status: 'open', rentLimitNok: 7000 } });
      const id = opened.body.id;
      caseId = id;
      const checks = {
        permitConfirmedWithImdi: true,
        notAssignedElsewhere: true,
        depositAndFirstRentAvailable: true,
        leaseLegallyApproved: true,
        standardInspected: true,
      };
      expect(await call('PATCH', `/api/housing/self-settlements/${id}/checklist`, { ...officer, body: checks })).toMatchObject({
        status: 200,
        body: { readyForApproval: false },
      });
      expect(
        (await call('POST', `/api/housing/self-settlements/${id}/decision`, { ...officer, body: { outcome: 'approved' } })).status,
      ).toBe(409);
      await expectRefused('POST', `/api/housing/self-settlements/${id}/decision`, { outcome: 'rejected' }, { field: 'reason', rule: /./ });
      await expectRefused(
        'PATCH',
        `/api/housing/self-settlements/${id}/checklist`,
        { standardInspected: 'yes' },
        { field: 'standardInspected', rule: /boolean/ },
      );
      expect(
        await call('POST', `/api/housing/self-settlements/${id}/decision`, {
          ...officer,
          body: { outcome: 'rejected', reason: 'Rent above the limit' },
        }),
      ).toMatchObject({
        status: 200,
        body: { status: 'rejected', rejectionReason: 'Rent above the limit' },
      });
      expect(await call('GET', `/api/housing/self-settlements/${id}`, officer)).toMatchObject({
        status: 200,
        body: { status: 'rejected' },
      });
    });

    it("audits a case read with housing's case work for housing, the reader's own unit's purpose for anyone else", async () => {
      expect((await call('GET', `/api/housing/self-settlements/${caseId}`, officer)).status).toBe(200);
      expect((await call('GET', `/api/housing/self-settlements/${caseId}`, { as: 'intro-advisor' })).status).toBe(200);
      expect((await call('GET', `/api/housing/households/${household.id}`, officer)).status).toBe(200);
      expect((await call('GET', `/api/housing/households/${household.id}`, { as: 'intro-advisor' })).status).toBe(200);
      const { rows } = await gatewayDb.query<{ action: string; username: string; purpose: string }>(
        `SELECT action, username, purpose FROM audit_entry WHERE action IN ('self-settlement.read', 'household.read') ORDER BY seq DESC LIMIT 4`,
      );
      expect(rows.reverse()).toEqual([
        { action: 'self-settlement.read', username: 'housing-officer', purpose: 'agreed self-settlement case work' },
        { action: 'self-settlement.read', username: 'intro-advisor', purpose: 'introduction programme case work' },
        { action: 'household.read', username: 'housing-officer', purpose: 'settlement case work' },
        { action: 'household.read', username: 'intro-advisor', purpose: 'introduction programme case work' },
      ]);
    });
  });

  describe('statistics', () => {
    it('reports progress, time to settlement and vacancy, and refuses a bad year', async () => {
      expect(await call('GET', '/api/housing/statistics/progress?year=2025', officer)).toMatchObject({
        status: 200,
        body: { requested: { total: 30 }, decided: { total: 25 }, settled: { adults: 1, total: 1 }, percentOfDecided: 4 },
      });
      expect(await call('GET', '/api/housing/statistics/time-to-settlement?year=2025', officer)).toMatchObject({
        status: 200,
        body: { permitToSettlement: { others: { count: 1, medianDays: 40 } }, requestToHousing: { count: 1, medianDays: 9 } },
      });
      const vacancy = await call('GET', '/api/housing/statistics/vacancy?year=2025', officer);
      expect(vacancy.status).toBe(200);
      expect((vacancy.body.quarters as { quarter: string }[]).map((q) => q.quarter)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
      await expectRefused('GET', '/api/housing/statistics/vacancy?year=nineteen', undefined, { field: 'year', rule: 'must be a year' });
    });
  });

  describe('access', () => {
    it('answers 401 without a login and 403 for a role without housing permissions', async () => {
      expect((await call('GET', '/api/housing/households')).status).toBe(401);
      expect((await call('GET', '/api/housing/households', { as: 'volunteer' })).status).toBe(403);
      expect((await call('GET', '/api/housing/households', { as: 'intro-advisor' })).status).toBe(200);
      expect((await call('POST', '/api/housing/dwellings', { as: 'intro-advisor', body: {} })).status).toBe(403);
    });

    it('documents every housing route in the OpenAPI document', async () => {
      const { body } = await call('GET', '/api/openapi.json');
      const housingPaths = Object.keys(body.paths as object).filter((p) => p.startsWith('/api/housing'));
      expect(housingPaths).toEqual(
        expect.arrayContaining([
          '/api/housing/households',
          '/api/housing/persons/{personId}/settle',
          '/api/housing/statistics/vacancy',
          '/api/housing/tenancies/{tenancyId}/end',
          '/api/housing/dwellings/{dwellingId}/tenancies',
        ]),
      );
    });
  });

  describe('correcting a request, and settling a whole household (2026: the 2025 figures above stay as they are)', () => {
    it('corrects a request (200, audited with who), refuses a negative total by field and code, writes nothing then', async () => {
      const recorded = await call('POST', '/api/housing/settlement-requests', {
        ...officer,
        body: { year: 2026, total: 300, unaccompaniedMinors: 3, receivedOn: '2025-10-01' },
      });
      const id = recorded.body.id as string;
      const figures = { kind: 'initial', total: 30, unaccompaniedMinors: 3, receivedOn: '2025-10-01' };
      expect(await call('PATCH', `/api/housing/settlement-requests/${id}`, { ...officer, body: figures })).toMatchObject({
        status: 200,
        body: { id, total: 30, correctedAt: expect.any(String) },
      });
      await expectRefused('PATCH', `/api/housing/settlement-requests/${id}`, { ...figures, total: -1 }, { field: 'total', rule: /./ });
      const refused = await call('PATCH', `/api/housing/settlement-requests/${id}`, { ...officer, body: { ...figures, total: 'tretti' } });
      expect(refused).toMatchObject({
        status: 400,
        body: { issues: [expect.objectContaining({ field: 'total', code: expect.any(String) })] },
      });
      expect(await call('GET', '/api/housing/settlement-figures?year=2026', officer)).toMatchObject({
        status: 200,
        body: { year: 2026, requests: [{ id, total: 30 }], decision: null },
      });
      // The refused attempts are in the log too; the one correction made is there once, with who made it.
      const { rows } = await gatewayDb.query(
        `SELECT username, purpose FROM audit_entry WHERE action = 'settlement-request.correct' AND result = 'success'`,
      );
      expect(rows).toEqual([{ username: 'housing-officer', purpose: 'settlement request and decision' }]);
    });

    it('settles every member on one day into a dwelling (200), then 409; the household reads as settled with its home', async () => {
      const registered = await call('POST', '/api/housing/households', {
        ...officer,
        body: {
          origin: 'reception-centre',
          countryOfOrigin: 'ER',
          requestedOn: '2026-01-05',
          members: [
            { givenName: 'Selam', familyName: 'Tesfay', birthDate: '1990-02-02', relationship: 'head', residencePermitDate: '2026-01-02' },
            { givenName: 'Hana', familyName: 'Tesfay', birthDate: '2018-02-02', relationship: 'child', residencePermitDate: '2026-01-02' },
          ],
        },
      });
      const id = registered.body.id as string;
      const dwelling = await call('POST', '/api/housing/dwellings', {
        ...officer,
        body: {
          ownership: 'municipal',
          address: 'Tesfays vei 2',
          postalCode: '4006',
          sizeSquareMetres: 60,
          rooms: 3,
          monthlyRentNok: 9000,
          availableFrom: '2026-01-01',
        },
      });
      await expectRefused('POST', `/api/housing/households/${id}/settle`, { settledOn: '2026-02-30' }, { field: 'settledOn', rule: /./ });
      const settled = await call('POST', `/api/housing/households/${id}/settle`, {
        ...officer,
        body: { settledOn: '2026-02-01', dwellingId: dwelling.body.id },
      });
      expect(settled).toMatchObject({
        status: 200,
        body: { situation: 'settled', home: { address: 'Tesfays vei 2', startDate: '2026-02-01' } },
      });
      expect((await call('POST', `/api/housing/households/${id}/settle`, { ...officer, body: { settledOn: '2026-02-02' } })).status).toBe(
        409,
      );
      expect(
        (await call('POST', `/api/housing/households/${id}/settle`, { as: 'intro-advisor', body: { settledOn: '2026-02-02' } })).status,
      ).toBe(403);
      expect(await call('GET', `/api/housing/households/${id}`, officer)).toMatchObject({
        status: 200,
        body: {
          situation: 'settled',
          home: { address: 'Tesfays vei 2' },
          tenancies: [expect.objectContaining({ startDate: '2026-02-01' })],
        },
      });
      // The intro advisor reads the household and its status, not where the family lives (no dwellings:read).
      expect(await call('GET', `/api/housing/households/${id}`, { as: 'intro-advisor' })).toMatchObject({
        status: 200,
        body: { situation: 'settled', home: null, tenancies: [] },
      });
    });
  });
});
