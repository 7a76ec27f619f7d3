import { createTestDatabase, spawnApp, type SpawnedApp, type TestDatabase } from '@ankomst/testing';
import { type GatewayTestEnv, startGatewayTestEnv } from '../auth/testing/gateway-test-env';

/**
 * The introduction department end to end: the gateway's declared routes, the introduction-service as its
 * own process, the access rule on both sides and the audit entry of every call.
 */
describe('/api/introduction through the gateway and the introduction-service', () => {
  let env: GatewayTestEnv;
  let db: TestDatabase;
  let service: SpawnedApp;
  let token: string;
  const path = '/api/introduction/programme-candidates';
  const body = {
    personId: '6f1c1a52-52a3-4c39-9a64-0c1b7f3d2a10',
    householdId: 'b0b4b0d1-3f1e-4a57-9d6c-2a64a3b0c9e1',
    registeredOn: '2026-11-02',
  };

  const lastAudit = async (action: string) => {
    const { rows } = await env.pg.query<{ person_ids: string[]; result: string }>(
      'SELECT person_ids, result FROM audit_entry WHERE action = $1 ORDER BY seq DESC LIMIT 1',
      [action],
    );
    return rows[0];
  };

  beforeAll(async () => {
    env = await startGatewayTestEnv({ REQUEST_TIMEOUT_MS: '5000' });
    db = await createTestDatabase('e2e_introduction');
    service = spawnApp('introduction-service', {
      NODE_ENV: 'test',
      NATS_URL: env.config.NATS_URL,
      DATABASE_URL: db.serverUrl,
      DATABASE_NAME: db.name,
    });
    token = await env.login('intro-advisor');
    // The service answers once it has migrated its database.
    const deadline = Date.now() + 90_000;
    while ((await env.call('GET', path, { token })).status !== 200) {
      if (Date.now() > deadline) throw new Error(`introduction-service did not answer\n${service.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    await env?.close();
    await db?.drop();
  });

  it('registers and lists through the gateway, audited with the person', async () => {
    const created = await env.call('POST', path, { token, body });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ ...body, municipality: '1103' });
    expect(await lastAudit('introduction.programme-candidate.register')).toEqual({ person_ids: [body.personId], result: 'success' });

    const listed = await env.call('GET', path, { token });
    expect(listed.status).toBe(200);
    expect(await listed.json()).toMatchObject({ total: 1, items: [expect.objectContaining({ personId: body.personId })] });
    expect(await lastAudit('introduction.programme-candidates.list')).toEqual({ person_ids: [body.personId], result: 'success' });

    expect((await env.call('POST', path, { token, body })).status).toBe(409);
    expect((await env.call('POST', path, { token, body: { personId: 'nope' } })).status).toBe(400);
  });

  it('refuses a role without the permission with 403', async () => {
    const analyst = await env.login('county-analyst');
    expect((await env.call('GET', path, { token: analyst })).status).toBe(403);
  });
});
