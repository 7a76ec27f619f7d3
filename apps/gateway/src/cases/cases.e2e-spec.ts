import { exportHeader, services } from '@ankomst/contracts';
import { type CasePage, type CaseView } from '@ankomst/contracts/case-overview';
import { householdRegistered, housingEvents, type PersonBasics } from '@ankomst/contracts/housing/events';
import { deadLetterSubject, defaultStreamName, ensureStream } from '@ankomst/platform-messaging';
import { createTestDatabase, spawnApp, type SpawnedApp, type TestDatabase } from '@ankomst/testing';
import { randomUUID } from 'node:crypto';
import { connect, type NatsConnection } from 'nats';
import { type GatewayTestEnv, startGatewayTestEnv, SERVICE_REQUEST_TIMEOUT_MS } from '../auth/testing/gateway-test-env';

// The real gateway in-process and the real case-overview service as its own process on one
// private NATS; housing events are published to JetStream as the housing relay would.

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

function household(municipality: string, familyName: string) {
  const householdId = randomUUID();
  const person = (givenName: string, birthDate: string, relationship: PersonBasics['relationship']): PersonBasics => ({
    personId: randomUUID(),
    householdId,
    municipality,
    givenName,
    familyName,
    birthDate,
    sex: 'unspecified',
    relationship,
    origin: 'quota-refugee',
    countryOfOrigin: 'SY',
    languages: ['ar'],
    unaccompaniedMinor: false,
    hasNationalId: false,
    residencePermitDate: daysAgo(200),
    settledOn: null,
  });
  return {
    householdId,
    municipality,
    origin: 'quota-refugee' as const,
    countryOfOrigin: 'SY',
    languages: ['ar'],
    requestedOn: null,
    members: [person('Aster', '1985-03-14', 'head'), person('Celo', '2016-01-20', 'child')],
  };
}

describe('/api/cases through the gateway (real case-overview service)', () => {
  let env: GatewayTestEnv;
  let db: TestDatabase;
  let service: SpawnedApp;
  let nc: NatsConnection;
  const stavanger = household('1103', 'Fjordvik');
  const baerum = household('3201', 'Granlia');
  const tokens: Record<string, string> = {};

  const get = async <T>(path: string, user: string) => {
    const response = await env.call('GET', path, { token: tokens[user] });
    return { status: response.status, body: (await response.json()) as T };
  };
  const post = async <T>(path: string, user: string, body: unknown) => {
    const response = await env.call('POST', path, { token: tokens[user], body });
    return { status: response.status, body: (await response.json()) as T };
  };
  const auditEntries = async (action: string) =>
    (
      await env.pg.query<{ person_ids: string[]; result: string; username: string }>(
        `SELECT person_ids, result, username FROM audit_entry WHERE action = $1 ORDER BY seq`,
        [action],
      )
    ).rows;

  async function publish(payload: ReturnType<typeof household>) {
    const envelope = {
      id: randomUUID(),
      subject: householdRegistered.subject,
      aggregateId: payload.householdId,
      municipality: payload.municipality,
      occurredAt: new Date().toISOString(),
      actor: 'housing-officer-test',
      correlationId: randomUUID(),
      payload: householdRegistered.payload.parse(payload),
    };
    await nc.jetstream().publish(householdRegistered.subject, JSON.stringify(envelope), { msgID: envelope.id });
  }

  beforeAll(async () => {
    env = await startGatewayTestEnv({ REQUEST_TIMEOUT_MS: SERVICE_REQUEST_TIMEOUT_MS });
    db = await createTestDatabase('case_overview_gw');
    nc = await connect({ servers: env.config.NATS_URL });
    await ensureStream(await nc.jetstreamManager(), {
      name: defaultStreamName(services.housing.key),
      subjects: [...housingEvents.map((c) => c.subject), deadLetterSubject(services.housing.key)],
      duplicateWindowMs: 600_000,
      maxAgeMs: 3600_000,
    });
    service = spawnApp(services.caseOverview.app, { NATS_URL: env.config.NATS_URL, DATABASE_URL: db.serverUrl, DATABASE_NAME: db.name });
    for (const user of ['coordination-member', 'intro-advisor', 'health-worker', 'housing-officer', 'housing-officer-3201', 'volunteer']) {
      tokens[user] = await env.login(user);
    }
    await publish(stavanger);
    await publish(baerum);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const response = await env.call('GET', `/api/cases/${stavanger.householdId}`, { token: tokens['coordination-member'] });
      if (response.status === 200) break;
      if (Date.now() > deadline) throw new Error(`case never appeared: ${response.status}\n${service.output()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 90_000);

  afterAll(async () => {
    await nc?.close();
    await service?.stop();
    await env?.close();
    await db?.drop();
  });

  it('answers a case and writes one audit entry naming every person returned', async () => {
    const sut = await get<CaseView>(`/api/cases/${stavanger.householdId}`, 'coordination-member');
    expect(sut.status).toBe(200);
    expect(sut.body.members.map((m) => m.givenName)).toEqual(['Aster', 'Celo']);
    expect(sut.body.members[0].sections['housing']).toMatchObject({ restricted: true, scope: 'housing-status→coordination-group' });
    const entries = await auditEntries('case.read');
    expect(entries.at(-1)).toMatchObject({
      result: 'success',
      username: 'coordination-member',
      person_ids: expect.arrayContaining(stavanger.members.map((m) => m.personId)),
    });
  });

  it('searches within the caller municipality only, audited with the persons found', async () => {
    const ours = await get<CasePage>('/api/cases?name=fjordvik', 'coordination-member');
    expect(ours.body.items.map((i) => i.householdId)).toEqual([stavanger.householdId]);
    expect((await auditEntries('case.search')).at(-1)?.person_ids.sort()).toEqual(stavanger.members.map((m) => m.personId).sort());

    expect((await get<CasePage>('/api/cases?name=granlia', 'coordination-member')).body.items).toEqual([]);
    expect((await get<CasePage>('/api/cases?name=fjordvik', 'housing-officer-3201')).body.items).toEqual([]);
    expect((await get<CasePage>('/api/cases?name=granlia', 'housing-officer-3201')).body.items.map((i) => i.householdId)).toEqual([
      baerum.householdId,
    ]);
    expect((await get(`/api/cases/${stavanger.householdId}`, 'housing-officer-3201')).status).toBe(404);
    const attention = await get<{ items: { householdId: string }[] }>('/api/cases/attention?withinDays=365', 'housing-officer-3201');
    expect(attention.body.items.map((i) => i.householdId)).not.toContain(stavanger.householdId);
  });

  it('audits a CSV export as an export of the persons it answered, and lets it see no more than the read', async () => {
    const headers = { [exportHeader.name]: exportHeader.value };
    const exported = await env.call('GET', '/api/cases?name=fjordvik', { token: tokens['coordination-member'], headers });
    expect(exported.status).toBe(200);
    const entry = (await auditEntries('case.search.export')).at(-1);
    expect(entry).toMatchObject({ result: 'success', username: 'coordination-member' });
    expect(entry?.person_ids.sort()).toEqual(stavanger.members.map((m) => m.personId).sort());

    const refused = await env.call('GET', '/api/cases?name=fjordvik', { token: tokens.volunteer, headers });
    expect(refused.status).toBe(403);
    expect((await auditEntries('case.search.export')).map((e) => e.username)).not.toContain('volunteer');
  });

  it('refuses a role without case:read before any service is asked', async () => {
    expect((await get(`/api/cases/${stavanger.householdId}`, 'volunteer')).status).toBe(403);
  });

  it('removes shared data on the next read after a consent is withdrawn', async () => {
    const [adult] = stavanger.members;
    const given = await post(`/api/cases/persons/${adult.personId}/consents`, 'intro-advisor', {
      scope: 'housing-status→coordination-group',
      evidenceNote: 'signed form',
    });
    expect(given.status).toBe(201);
    let view = await get<CaseView>(`/api/cases/${stavanger.householdId}`, 'coordination-member');
    expect(view.body.members[0].sections['housing']).toMatchObject({ restricted: false });

    const withdrawn = await post(`/api/cases/persons/${adult.personId}/consents/withdraw`, 'intro-advisor', {
      scope: 'housing-status→coordination-group',
      note: 'by phone',
    });
    expect(withdrawn.status).toBe(200);
    view = await get<CaseView>(`/api/cases/${stavanger.householdId}`, 'coordination-member');
    expect(view.body.members[0].sections['housing']).toMatchObject({ restricted: true, reason: expect.stringContaining('withdrawn') });
    expect((await auditEntries('consent.withdraw')).at(-1)?.person_ids).toEqual([adult.personId]);
  });

  it("refuses a referral that names its sender: the sender is the caller's own unit", async () => {
    const [adult] = stavanger.members;
    const posing = {
      personId: adult.personId,
      fromDepartment: 'coordination-group',
      toDepartment: 'health',
      reason: 'Health mapping not done',
    };
    const refused = await post<{ code: string; message: string }>('/api/cases/referrals', 'intro-advisor', posing);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain('fromDepartment');
    const asHealth = {
      personId: adult.personId,
      fromDepartment: 'coordination-group',
      toDepartment: 'nav',
      reason: 'Needs income support',
    };
    expect((await post('/api/cases/referrals', 'health-worker', asHealth)).status).toBe(400);
  });

  it('refuses a referral without consent naming the scope; the override needs its permission and is audited', async () => {
    const [adult] = stavanger.members;
    const request = { personId: adult.personId, toDepartment: 'health', reason: 'Health mapping not done' };
    const refused = await post<{ code: string; message: string }>('/api/cases/referrals', 'intro-advisor', request);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('A referral from introduction to health needs the consent intro-status→health');
    expect((await auditEntries('referral.create')).at(-1)).toMatchObject({ result: 'denied', username: 'intro-advisor' });

    const withOverride = { ...request, overrideReason: 'Acute need, the person cannot be reached' };
    expect((await post('/api/cases/referrals/override', 'intro-advisor', withOverride)).status).toBe(403);

    // The coordination group's own referral shares no department category: no consent needed.
    const sent = await post<{ fromDepartment: string; requiredScope: string | null; id: string }>(
      '/api/cases/referrals',
      'coordination-member',
      request,
    );
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ fromDepartment: 'coordination-group', requiredScope: null });

    const incoming = await get<{ items: { id: string }[] }>('/api/cases/referrals?direction=incoming', 'health-worker');
    expect(incoming.body.items.map((r) => r.id)).toContain(sent.body.id);
    const accepted = await post<{ status: string }>(`/api/cases/referrals/${sent.body.id}/decision`, 'health-worker', {
      decision: 'accept',
    });
    expect(accepted.body.status).toBe('accepted');
    expect((await get('/api/cases/referrals?department=health', 'housing-officer')).status).toBe(403);
  });

  it("audits every case read with the reader's own purpose", async () => {
    expect((await get(`/api/cases/${stavanger.householdId}`, 'health-worker')).status).toBe(200);
    expect((await get(`/api/cases/${stavanger.householdId}`, 'coordination-member')).status).toBe(200);
    const { rows } = await env.pg.query<{ username: string; purpose: string }>(
      `SELECT username, purpose FROM audit_entry WHERE action = 'case.read' ORDER BY seq DESC LIMIT 2`,
    );
    expect(rows).toEqual([
      { username: 'coordination-member', purpose: 'coordination of services for refugees (coordination group)' },
      { username: 'health-worker', purpose: 'health follow-up of refugees (refugee health service)' },
    ]);
  });

  it('documents every case route in the OpenAPI document', async () => {
    const document = (await (await env.call('GET', '/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/cases',
        '/api/cases/{householdId}',
        '/api/cases/attention',
        '/api/cases/referrals',
        '/api/cases/persons/{personId}/consents',
      ]),
    );
  });
});
