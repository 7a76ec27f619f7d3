import { todayInOslo } from '@ankomst/contracts';
import { createTestDatabase, spawnApp, type SpawnedApp, type TestDatabase } from '@ankomst/testing';
import { connect } from 'nats';
import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import { type GatewayTestEnv, startGatewayTestEnv, SERVICE_REQUEST_TIMEOUT_MS } from '../auth/testing/gateway-test-env';

/**
 * Refugee health end to end: housing settles a family through the gateway, the health service
 * (its own process) plans each arrival checklist from person-settled, the case overview shows
 * the health line under consent. And the acceptance test of "health details never leave the
 * service": marker strings in every free-text health field, then none of them in any event on
 * the health stream, any line the health service logged, the gateway's audit entries, or any
 * table of the case-overview database, while the health database holds every one.
 */
describe('/api/refugee-health through the gateway, with housing and the case overview', () => {
  let env: GatewayTestEnv;
  const dbs: Record<string, TestDatabase> = {};
  const apps: Record<string, SpawnedApp> = {};
  const tokens: Record<string, string> = {};
  const today = todayInOslo();
  const run = randomUUID().slice(0, 8);
  const marker = (field: string) => `MARKER-${field}-${run}`;
  const markers: string[] = [];
  const family = { motherId: '' };
  const seeded = (field: string) => {
    const value = marker(field);
    markers.push(value);
    return value;
  };

  const json = async <T>(method: string, path: string, role: string, body?: unknown) => {
    const response = await env.call(method, path, { token: tokens[role], body });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  };
  const until = async <T>(what: string, check: () => Promise<T | undefined | false>, ms = 60_000): Promise<T> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await check().catch(() => undefined);
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline)
        throw new Error(
          `${what} did not happen\n${Object.values(apps)
            .map((a) => a.output().slice(-2000))
            .join('\n')}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  const sqlOf = async (db: TestDatabase) => {
    const url = new URL(db.serverUrl);
    url.pathname = `/${db.name}`;
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    return client;
  };
  /** Every row of every table of a database, as text. */
  const wholeDatabase = async (db: TestDatabase) => {
    const client = await sqlOf(db);
    try {
      const { rows: tables } = await client.query<{ schema: string; name: string }>(
        `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
          WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
      );
      let text = '';
      for (const t of tables) {
        const { rows } = await client.query(`SELECT t::text AS row FROM "${t.schema}"."${t.name}" t`);
        text += rows.map((r: { row: string }) => r.row).join('\n');
      }
      return text;
    } finally {
      await client.end();
    }
  };

  async function start(app: string, key: string, extra: Record<string, string> = {}) {
    dbs[key] = await createTestDatabase(`e2e_${key}`);
    apps[key] = spawnApp(app, {
      NODE_ENV: 'test',
      NATS_URL: env.config.NATS_URL,
      DATABASE_URL: dbs[key].serverUrl,
      DATABASE_NAME: dbs[key].name,
      ...extra,
    });
  }

  beforeAll(async () => {
    env = await startGatewayTestEnv({ REQUEST_TIMEOUT_MS: SERVICE_REQUEST_TIMEOUT_MS });
    for (const role of ['housing-officer', 'health-worker', 'coordination-member', 'intro-advisor', 'county-analyst']) {
      tokens[role] = await env.login(role);
    }
    await start('housing-service', 'housing');
    await until('housing up', async () => (await json('GET', '/api/housing/households', 'housing-officer')).status === 200, 90_000);
    await start('case-overview-service', 'cases');
    // Debug level: every line the health service can log is looked at for markers.
    await start('health-service', 'health', { LOG_LEVEL: 'debug' });
    await until('case overview up', async () => (await json('GET', '/api/cases', 'coordination-member')).status === 200, 90_000);
    await until(
      'health up',
      async () => (await json('GET', '/api/refugee-health/arrival-checklists', 'health-worker')).status === 200,
      90_000,
    );
  }, 240_000);

  afterAll(async () => {
    for (const app of Object.values(apps)) await app.stop();
    await env?.close();
    for (const db of Object.values(dbs)) await db.drop();
  });

  it('settles a family, plans TB and examination deadlines, keeps every health detail inside the health service', async () => {
    const registered = await json<{ id: string; members: { id: string; relationship: string }[] }>(
      'POST',
      '/api/housing/households',
      'housing-officer',
      {
        origin: 'quota-refugee',
        countryOfOrigin: 'SY',
        languages: ['ar'],
        requestedOn: '2026-01-05',
        members: [
          {
            givenName: 'Testmor',
            familyName: 'Prøvefamilie',
            birthDate: '1991-03-14',
            relationship: 'head',
            residencePermitDate: '2026-01-02',
          },
          {
            givenName: 'Testbarn',
            familyName: 'Prøvefamilie',
            birthDate: '2019-06-30',
            relationship: 'child',
            residencePermitDate: '2026-01-02',
          },
        ],
      },
    );
    expect(registered.status).toBe(201);
    const householdId = registered.body.id;
    const [mother, child] = registered.body.members;
    family.motherId = mother.id;
    for (const member of registered.body.members) {
      expect((await json('POST', `/api/housing/persons/${member.id}/settle`, 'housing-officer', { settledOn: today })).status).toBe(200);
    }

    type Checklist = { person: { followUp: string }; items: { id: string; kind: string; dueOn: string; state: string }[] };
    const checklist = await until('checklist planned', async () => {
      const got = await json<Checklist>('GET', `/api/refugee-health/persons/${mother.id}/arrival-checklist`, 'health-worker');
      return got.status === 200 ? got.body : undefined;
    });
    const tb = checklist.items.find((i) => i.kind === 'tuberculosis-screening')!;
    expect(tb.state).toBe('pending');
    expect(checklist.items.map((i) => i.kind)).toContain('health-examination');
    await until(
      'child planned',
      async () => (await json('GET', `/api/refugee-health/children/${child.id}`, 'health-worker')).status === 200,
    );

    // Bad input: 400 naming the field and the rule; other roles: 403.
    const bad = await json<{ issues: { field: string; code: string }[] }>(
      'PATCH',
      `/api/refugee-health/arrival-checklist-items/${tb.id}`,
      'health-worker',
      {
        status: 'finished',
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toEqual([expect.objectContaining({ field: 'status', code: 'invalid_option' })]);
    expect((await json('GET', '/api/refugee-health/arrival-checklists', 'coordination-member')).status).toBe(403);

    // A marker in every free-text health field.
    const ok = (response: { status: number }) => expect([200, 201]).toContain(response.status);
    ok(
      await json('PATCH', `/api/refugee-health/arrival-checklist-items/${tb.id}`, 'health-worker', {
        status: 'done',
        referral: 'specialist',
        note: seeded('itemNote'),
      }),
    );
    ok(
      await json('POST', `/api/refugee-health/children/${child.id}/contacts`, 'health-worker', {
        kind: 'consultation',
        heldOn: today,
        note: seeded('contactNote'),
      }),
    );
    ok(
      await json('POST', `/api/refugee-health/children/${child.id}/handover`, 'health-worker', {
        handedOverOn: today,
        to: 'school-health-service',
        note: seeded('handoverNote'),
      }),
    );
    const opened = await json<{ id: string }>('POST', '/api/refugee-health/coordination-cases', 'health-worker', {
      householdId,
      referredBy: 'self',
      referredOn: today,
      reason: seeded('caseReason'),
      ownUnit: 'refugee-health-service',
    });
    expect(opened.status).toBe(201);
    const caseId = opened.body.id;
    expect((await json('GET', `/api/refugee-health/coordination-cases/${caseId}`, 'coordination-member')).status).toBe(404);
    const meeting = await json<{ meetings: { id: string }[] }>(
      'POST',
      `/api/refugee-health/coordination-cases/${caseId}/meetings`,
      'health-worker',
      {
        heldOn: today,
        agenda: seeded('agenda'),
      },
    );
    ok(meeting);
    ok(
      await json('PATCH', `/api/refugee-health/coordination-cases/${caseId}/meetings/${meeting.body.meetings[0].id}`, 'health-worker', {
        minutes: seeded('minutes'),
      }),
    );
    ok(
      await json('POST', `/api/refugee-health/coordination-cases/${caseId}/actions`, 'health-worker', {
        description: seeded('actionDescription'),
        responsibleUnit: 'ppt',
        dueOn: today,
      }),
    );
    ok(
      await json('POST', `/api/refugee-health/coordination-cases/${caseId}/close`, 'health-worker', {
        closedOn: today,
        reason: 'other',
        note: seeded('closureNote'),
      }),
    );
    const grant = await json<{ id: string }>('POST', '/api/refugee-health/extra-grants', 'health-worker', {
      personId: mother.id,
      kind: 'tilskudd-1',
      grantYear: 1,
      settledByAgreementWithImdi: true,
      conditionKnownBeforeSettlement: true,
      conditionNote: seeded('conditionNote'),
      involvedUnits: ['disability-services'],
      costLines: [{ unit: 'disability-services', description: seeded('costDescription'), amountNok: 90_000 }],
    });
    expect(grant.status).toBe(201);
    const refused = await json<{ issues: { field: string }[] }>(
      'POST',
      `/api/refugee-health/extra-grants/${grant.body.id}/submit`,
      'health-worker',
      { submittedOn: today },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.issues.map((i) => i.field)).toEqual(['consentFormReceivedOn', 'doctorStatementReceivedOn']);

    // The case view's health line: withheld without consent, status and unit with it.
    const healthSection = async () => {
      const view = await json<{ members: { personId: string; sections: Record<string, { restricted: boolean; data?: unknown }> }[] }>(
        'GET',
        `/api/cases/${householdId}`,
        'coordination-member',
      );
      return view.body.members?.find((m) => m.personId === mother.id)?.sections['health'];
    };
    expect(await until('health line projected', healthSection)).toMatchObject({ restricted: true });
    expect(
      (
        await json('POST', `/api/cases/persons/${mother.id}/consents`, 'health-worker', {
          scope: 'health-follow-up-status→coordination-group',
          evidenceNote: 'signed form',
        })
      ).status,
    ).toBe(201);
    const shared = await until('health line shared', async () => {
      const section = await healthSection();
      return section && !section.restricted && section.data ? section : undefined;
    });
    expect(shared.data).toMatchObject({ followUp: 'active', responsibleUnit: 'refugee-health-service' });

    // The health database holds every marker: the seeding worked.
    const inside = await wholeDatabase(dbs['health']);
    for (const m of markers) expect(inside).toContain(m);

    // None leaves: the health stream, the service's log, the gateway's audit, the case overview.
    const nc = await connect({ servers: env.config.NATS_URL });
    let streamText = '';
    try {
      const jsm = await nc.jetstreamManager();
      const info = await jsm.streams.info('ANKOMST_HEALTH');
      for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
        const message = await jsm.streams.getMessage('ANKOMST_HEALTH', { seq }).catch(() => undefined);
        if (message) streamText += new TextDecoder().decode(message.data) + '\n';
      }
      expect(info.state.messages).toBeGreaterThan(0);
    } finally {
      await nc.close();
    }
    const log = apps['health'].output();
    expect(log.length).toBeGreaterThan(0);
    const { rows: audit } = await env.pg.query<{ row: string }>(`SELECT e::text AS row FROM audit_entry e WHERE action LIKE 'health.%'`);
    expect(audit.length).toBeGreaterThan(10);
    const auditText = audit.map((r) => r.row).join('\n');
    const caseOverview = await wholeDatabase(dbs['cases']);
    expect(caseOverview).toContain(mother.id);
    for (const m of markers) {
      expect(streamText).not.toContain(m);
      expect(log).not.toContain(m);
      expect(auditText).not.toContain(m);
      expect(caseOverview).not.toContain(m);
    }
  }, 180_000);

  it("lifts one person's health read on break-glass with a reason, audited as such, and nothing more", async () => {
    expect(family.motherId).not.toBe('');
    const path = `/api/refugee-health/persons/${family.motherId}/arrival-checklist`;
    expect((await json('GET', path, 'intro-advisor')).status).toBe(403);
    const grant = await json('POST', '/api/break-glass', 'intro-advisor', {
      personId: family.motherId,
      reason: 'Acute admission at night, the health worker is unreachable',
    });
    expect(grant.status).toBe(201);

    expect((await json('GET', path, 'intro-advisor')).status).toBe(200);
    expect((await json('GET', '/api/refugee-health/arrival-checklists', 'intro-advisor')).status).toBe(403);
    expect(
      (
        await json('POST', `/api/refugee-health/children/${family.motherId}/contacts`, 'intro-advisor', {
          kind: 'consultation',
          heldOn: today,
        })
      ).status,
    ).toBe(403);
    const { rows } = await env.pg.query<{ username: string; break_glass: boolean; purpose: string }>(
      `SELECT username, break_glass, purpose FROM audit_entry WHERE action = 'health.arrival-checklist.read' AND $1 = ANY (person_ids) ORDER BY seq DESC LIMIT 1`,
      [family.motherId],
    );
    expect(rows[0]).toEqual({
      username: 'intro-advisor',
      break_glass: true,
      purpose: 'health follow-up of refugees (refugee health service)',
    });
  }, 60_000);
});
