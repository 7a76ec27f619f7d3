import { addDays, services, todayInOslo } from '@ankomst/contracts';
import { housingEvents, personSettled } from '@ankomst/contracts/housing/events';
import { deadLetterSubject, defaultStreamName, ensureStream } from '@ankomst/platform-messaging';
import { createTestDatabase, spawnApp, type SpawnedApp, type TestDatabase } from '@ankomst/testing';
import { randomUUID } from 'node:crypto';
import { connect, type NatsConnection } from 'nats';
import { Client } from 'pg';
import { type GatewayTestEnv, startGatewayTestEnv, SERVICE_REQUEST_TIMEOUT_MS } from '../auth/testing/gateway-test-env';

type Json = Record<string, unknown> & { issues?: { field: string; rule: string; code: string }[] };

/**
 * The introduction programme end to end: the gateway's declared routes, the introduction-service
 * as its own process fed by a settled-person event as housing publishes it, the access rule on
 * both sides, the audit entry of every read, and bad input answered 400 naming field and rule
 * with nothing written.
 */
describe('/api/introduction through the gateway and the introduction-service', () => {
  let env: GatewayTestEnv;
  let db: TestDatabase;
  let service: SpawnedApp;
  let token: string;
  let publisher: NatsConnection;
  let sql: Client;
  let participantId: string;
  const today = todayInOslo();
  const personId = randomUUID();

  const call = async (method: string, path: string, body?: unknown, as = token) => {
    const response = await env.call(method, path, { token: as, body });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as Json };
  };
  const writes = async () => {
    const { rows } = await sql.query(
      `SELECT (SELECT count(*) FROM outbox) + (SELECT count(*) FROM participant) + (SELECT count(*) FROM plan_version)
            + (SELECT count(*) FROM attendance_entry) AS n`,
    );
    return Number(rows[0].n);
  };
  const expectRefused = async (method: string, path: string, body: unknown, issue: { field: string; code: string }) => {
    const before = await writes();
    const { status, body: error } = await call(method, path, body);
    expect({ status, issues: error.issues }).toEqual({
      status: 400,
      issues: expect.arrayContaining([expect.objectContaining({ field: issue.field, code: issue.code, rule: expect.any(String) })]),
    });
    expect(await writes()).toBe(before);
  };
  const lastAudit = async (action: string) => {
    const { rows } = await env.pg.query<{ person_ids: string[]; result: string }>(
      'SELECT person_ids, result FROM audit_entry WHERE action = $1 ORDER BY seq DESC LIMIT 1',
      [action],
    );
    return rows[0];
  };

  beforeAll(async () => {
    env = await startGatewayTestEnv({ REQUEST_TIMEOUT_MS: SERVICE_REQUEST_TIMEOUT_MS });
    db = await createTestDatabase('e2e_introduction');
    service = spawnApp('introduction-service', {
      NODE_ENV: 'test',
      NATS_URL: env.config.NATS_URL,
      DATABASE_URL: db.serverUrl,
      DATABASE_NAME: db.name,
    });
    token = await env.login('intro-advisor');
    const deadline = Date.now() + 90_000;
    while ((await env.call('GET', '/api/introduction/participants', { token })).status !== 200) {
      if (Date.now() > deadline) throw new Error(`introduction-service did not answer\n${service.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const url = new URL(db.serverUrl);
    url.pathname = `/${db.name}`;
    sql = new Client({ connectionString: url.toString() });
    await sql.connect();

    // Housing's side: its stream and a settled person, as its relay publishes them.
    publisher = await connect({ servers: env.config.NATS_URL });
    await ensureStream(await publisher.jetstreamManager(), {
      name: defaultStreamName(services.housing.key),
      subjects: [...housingEvents.map((c) => c.subject), deadLetterSubject(services.housing.key)],
      duplicateWindowMs: 60_000,
      maxAgeMs: 0,
    });
    const payload = personSettled.payload.parse({
      personId,
      householdId: randomUUID(),
      municipality: '1103',
      givenName: 'Nadia',
      familyName: 'Strandvik',
      birthDate: '1992-01-31',
      sex: 'female',
      relationship: 'head',
      origin: 'reception-centre',
      countryOfOrigin: 'ER',
      languages: ['ti'],
      unaccompaniedMinor: false,
      hasNationalId: true,
      residencePermitDate: addDays(today, -120),
      settledOn: addDays(today, -30),
      daysFromResidencePermit: 90,
      withinTarget: true,
    });
    const id = randomUUID();
    await publisher.jetstream().publish(
      personSettled.subject,
      JSON.stringify({
        id,
        subject: personSettled.subject,
        aggregateId: personId,
        municipality: '1103',
        occurredAt: new Date().toISOString(),
        actor: 'housing-officer-1',
        correlationId: randomUUID(),
        payload,
      }),
      { msgID: id },
    );
    const until = Date.now() + 30_000;
    for (;;) {
      const { body } = await call('GET', '/api/introduction/participants');
      const found = (body['items'] as { id: string; personId: string }[]).find((p) => p.personId === personId);
      if (found) {
        participantId = found.id;
        break;
      }
      if (Date.now() > until) throw new Error(`no candidate appeared\n${service.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 150_000);

  afterAll(async () => {
    await publisher?.close();
    await sql?.end();
    await service?.stop();
    await env?.close();
    await db?.drop();
  });

  it('lists the settled person as a candidate with the deadline, audited with the person', async () => {
    const { status, body } = await call('GET', `/api/introduction/participants/${participantId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ personId, status: 'candidate', deadline: { state: 'open' }, eligibility: { eligible: true } });
    expect(await lastAudit('introduction.participant.read')).toEqual({ person_ids: [personId], result: 'success' });
  });

  it('answers a bad filter with 400 naming the field and the rule', async () => {
    const { status, body } = await call('GET', '/api/introduction/participants?deadline=soon');
    expect(status).toBe(400);
    expect(body.issues).toEqual([expect.objectContaining({ field: 'deadline', code: 'invalid_option' })]);
  });

  it('refuses a decision before mapping with 409, and a refusal without its reason with 400', async () => {
    const decision = { outcome: 'granted', decidedOn: today, appealInformation: 'Appeal within 3 weeks to the county governor.' };
    expect((await call('POST', `/api/introduction/participants/${participantId}/decision`, decision)).status).toBe(409);
    await expectRefused(
      'POST',
      `/api/introduction/participants/${participantId}/decision`,
      { ...decision, outcome: 'refused' },
      {
        field: 'reason',
        code: 'reason_required',
      },
    );
  });

  it('maps, grants and refuses a plan longer than its group allows, then saves it', async () => {
    const base = `/api/introduction/participants/${participantId}`;
    const mapping = {
      languages: ['ti'],
      education: 'Primary school, 6 years',
      hasUpperSecondary: false,
      workExperience: 'Farming',
      otherCompetence: '',
      interpreterUsed: true,
      mappedOn: today,
    };
    await expectRefused(
      'PUT',
      `${base}/mapping`,
      { ...mapping, mappedOn: addDays(today, -40) },
      { field: 'mappedOn', code: 'date_before' },
    );
    expect((await call('PUT', `${base}/mapping`, mapping)).status).toBe(200);
    expect((await call('PUT', `${base}/career-guidance`, { recommendation: 'work', note: '', recordedOn: today })).status).toBe(200);
    const granted = await call('POST', `${base}/decision`, {
      outcome: 'granted',
      decidedOn: today,
      appealInformation: 'Appeal within 3 weeks.',
    });
    expect(granted).toMatchObject({ status: 201, body: { status: 'granted' } });

    const plan = {
      sluttmaalGroup: 'work-or-basic-education',
      goal: 'Work in agriculture',
      norwegianGoal: 'A2',
      startDate: today,
      endDate: addDays(today, 800),
      extended: false,
      extensionReason: null,
      contractSignedOn: today,
      measures: [{ kind: 'norwegian', description: '', hoursPerWeek: 15, from: today, to: addDays(today, 300) }],
      reason: 'First plan',
      basedOnVersion: 0,
    };
    await expectRefused('POST', `${base}/plans`, plan, { field: 'endDate', code: 'date_after' });
    await expectRefused(
      'POST',
      `${base}/plans`,
      { ...plan, measures: [{ ...plan.measures[0], hoursPerWeek: 41 }] },
      {
        field: 'measures.0.hoursPerWeek',
        code: 'too_large',
      },
    );
    const saved = await call('POST', `${base}/plans`, { ...plan, endDate: addDays(today, 300) });
    expect(saved).toMatchObject({ status: 201, body: { version: 1, fullTime: { complete: false } } });
    expect(await lastAudit('introduction.plan.save')).toEqual({ person_ids: [personId], result: 'success' });
  });

  it('refuses attendance with impossible hours, and records it otherwise', async () => {
    const entry = { participantId, day: today, measureKind: 'norwegian', hours: 13, presence: 'present', absenceReason: null };
    await expectRefused('PUT', '/api/introduction/attendance', { entries: [entry] }, { field: 'entries.0.hours', code: 'too_large' });
    const saved = await call('PUT', '/api/introduction/attendance', { entries: [{ ...entry, hours: 3, presence: 'unapproved-absence' }] });
    expect(saved).toMatchObject({ status: 200, body: { saved: 1, audited: 0 } });
    const stipend = await call('GET', `/api/introduction/participants/${participantId}/stipend?month=${today.slice(0, 7)}`);
    expect(stipend).toMatchObject({ status: 200, body: { unapprovedHours: 3, rate: 'full' } });
    expect((await call('GET', `/api/introduction/participants/${participantId}/stipend?month=2026-13`)).status).toBe(400);
  });

  it('refuses an exit without its outcome, and the NIR report lists what is missing', async () => {
    await expectRefused(
      'POST',
      `/api/introduction/participants/${participantId}/exit`,
      { reason: 'quit', exitedOn: today, note: null },
      {
        field: 'outcome',
        code: 'invalid_option',
      },
    );
    const nir = await call('GET', `/api/introduction/nir-report?year=${today.slice(0, 4)}`);
    expect(nir).toMatchObject({ status: 200, body: { records: [expect.objectContaining({ personId, missing: [] })] } });
  });

  it('refuses a temporary stop without its end, and a follow-up before one year after the exit, naming field and rule', async () => {
    const base = `/api/introduction/participants/${participantId}`;
    await expectRefused(
      'POST',
      `${base}/stop`,
      { kind: 'temporary', ground: 'Illness, decision of today', from: today, to: null },
      { field: 'to', code: 'required' },
    );
    expect((await call('PUT', `${base}/follow-up`, { status: 'education', observedOn: today, note: null })).status).toBe(409);
    const exited = await call('POST', `${base}/exit`, { reason: 'goal-reached', outcome: 'education', exitedOn: today, note: null });
    expect(exited).toMatchObject({ status: 201, body: { status: 'exited', followUp: null, followUpDueOn: expect.any(String) } });

    await expectRefused(
      'PUT',
      `${base}/follow-up`,
      { status: 'education', observedOn: today, note: null },
      {
        field: 'observedOn',
        code: 'date_too_early',
      },
    );
    await expectRefused(
      'PUT',
      `${base}/follow-up`,
      { status: 'primary-school', observedOn: today, note: null },
      {
        field: 'status',
        code: 'invalid_option',
      },
    );
    const outcomes = await call('GET', `/api/introduction/outcomes?year=${today.slice(0, 4)}`);
    expect(outcomes).toMatchObject({
      status: 200,
      body: { targetOneYear: 0.7, followUpsDue: 0, total: { exits: 1, followedUp: 0, shareOneYear: null } },
    });
  });

  it('refuses every other role with 403', async () => {
    for (const username of ['county-analyst', 'health-worker', 'housing-officer', 'coordination-member']) {
      const other = await env.login(username);
      expect((await call('GET', '/api/introduction/participants', undefined, other)).status).toBe(403);
    }
  });
});
