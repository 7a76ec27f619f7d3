import { createTestDatabase, spawnApp, type SpawnedApp, type TestDatabase } from '@ankomst/testing';
import { type GatewayTestEnv, startGatewayTestEnv, SERVICE_REQUEST_TIMEOUT_MS } from '../auth/testing/gateway-test-env';

/**
 * The volunteering department end to end: the gateway's declared routes (the public ones
 * without login), the volunteering-service as its own process, the access rule on both sides,
 * the flood limit and the audit entry of every read of a refugee's data.
 */
describe('/api/volunteering through the gateway and the volunteering-service', () => {
  let env: GatewayTestEnv;
  let db: TestDatabase;
  let service: SpawnedApp;
  let token: string;
  const path = '/api/volunteering/guide-requests';
  const signUpPath = '/api/public/volunteering/1103/sign-ups';
  const body = {
    personId: '6f1c1a52-52a3-4c39-9a64-0c1b7f3d2a10',
    householdId: 'b0b4b0d1-3f1e-4a57-9d6c-2a64a3b0c9e1',
    registeredOn: '2026-11-02',
    name: 'Venter Test',
    consentConfirmed: true,
    languages: ['arabisk'],
    area: 'Sentrum',
    availability: ['weekend'],
  };
  const signUp = {
    role: 'refugee-guide',
    name: 'Testa Frivillig',
    email: 'testa@example.org',
    birthDate: '1985-04-02',
    languages: ['norsk'],
    availability: ['weekend'],
    area: 'Sentrum',
    motivation: 'Vil hjelpe.',
    privacyConsent: true,
    website: '',
    fillSeconds: 30,
  };

  const lastAudit = async (action: string) => {
    const { rows } = await env.pg.query<{ person_ids: string[]; result: string }>(
      'SELECT person_ids, result FROM audit_entry WHERE action = $1 ORDER BY seq DESC LIMIT 1',
      [action],
    );
    return rows[0];
  };

  beforeAll(async () => {
    env = await startGatewayTestEnv({ REQUEST_TIMEOUT_MS: SERVICE_REQUEST_TIMEOUT_MS, PUBLIC_SUBMIT_RATE_LIMIT_PER_MINUTE: '5' });
    db = await createTestDatabase('e2e_volunteering');
    service = spawnApp('volunteering-service', {
      NODE_ENV: 'test',
      NATS_URL: env.config.NATS_URL,
      DATABASE_URL: db.serverUrl,
      DATABASE_NAME: db.name,
    });
    token = await env.login('volunteer-coordinator');
    // The service answers once it has migrated its database.
    const deadline = Date.now() + 90_000;
    while ((await env.call('GET', path, { token })).status !== 200) {
      if (Date.now() > deadline) throw new Error(`volunteering-service did not answer\n${service.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    await env?.close();
    await db?.drop();
  });

  it('registers and lists the waiting list through the gateway, audited with the person', async () => {
    const created = await env.call('POST', path, { token, body });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ personId: body.personId, municipality: '1103', status: 'waiting' });
    expect(await lastAudit('volunteering.guide-request.register')).toEqual({ person_ids: [body.personId], result: 'success' });

    const listed = await env.call('GET', path, { token });
    expect(listed.status).toBe(200);
    expect(await listed.json()).toMatchObject({ total: 1, items: [expect.objectContaining({ personId: body.personId })] });
    expect(await lastAudit('volunteering.guide-requests.list')).toEqual({ person_ids: [body.personId], result: 'success' });

    expect((await env.call('POST', path, { token, body })).status).toBe(409);
    const bad = await env.call('POST', path, { token, body: { ...body, personId: 'nope' } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ issues: [expect.objectContaining({ field: 'personId', code: 'invalid_uuid' })] });
  });

  it('takes a public sign-up without login, refuses bad input naming field and rule, and limits a flood plainly', async () => {
    const accepted = await env.call('POST', signUpPath, { body: signUp });
    expect(accepted.status).toBe(202);
    expect(await accepted.json()).toEqual({ received: true });

    const badEmail = await env.call('POST', signUpPath, { body: { ...signUp, email: 'testa(at)example' } });
    expect(badEmail.status).toBe(400);
    expect(await badEmail.json()).toMatchObject({
      code: 'validation_failed',
      issues: [{ field: 'email', rule: 'must be an e-mail address', code: 'invalid_email' }],
    });
    // Only what sign-up needs: a national id (or anything else) is refused, not stored.
    const extra = await env.call('POST', signUpPath, { body: { ...signUp, nationalId: '01010112345', role: 'refugee-guide' } });
    expect(extra.status).toBe(400);
    expect(await extra.json()).toMatchObject({
      issues: [expect.objectContaining({ code: 'unknown_field', params: { keys: 'nationalId' } })],
    });
    // The municipality comes from the path, and it must be one.
    expect((await env.call('POST', '/api/public/volunteering/oslo/sign-ups', { body: signUp })).status).toBe(400);

    // The duplicate answers like the first: the address is not revealed as known.
    const duplicate = await env.call('POST', signUpPath, { body: signUp });
    expect(duplicate.status).toBe(202);

    const flooded = await env.call('POST', signUpPath, { body: signUp });
    expect(flooded.status).toBe(429);
    expect(await flooded.json()).toMatchObject({
      code: 'too_many_requests',
      message: expect.stringMatching(/^Too many requests: try again in \d+ s$/),
    });
    // Staff work is not limited by the public budget.
    expect((await env.call('GET', '/api/volunteering/guides', { token })).status).toBe(200);

    const guides = (await (await env.call('GET', '/api/volunteering/guides', { token })).json()) as {
      items: { repeatedSignUps: number }[];
    };
    expect(guides.items).toEqual([expect.objectContaining({ repeatedSignUps: 1 })]);
  });

  it('keeps the coordinator’s routes from a volunteer and other roles, and the volunteer’s own from no one logged in', async () => {
    const volunteer = await env.login('volunteer');
    for (const route of [
      '/api/volunteering/guides',
      '/api/volunteering/guide-requests',
      '/api/volunteering/matches',
      '/api/volunteering/kpis',
    ]) {
      expect({ route, status: (await env.call('GET', route, { token: volunteer })).status }).toEqual({ route, status: 403 });
    }
    const mine = await env.call('GET', '/api/volunteering/my/matches', { token: volunteer });
    expect(mine.status).toBe(200);
    expect(await mine.json()).toEqual({ linked: false, items: [] });
    expect((await env.call('GET', '/api/volunteering/my/matches')).status).toBe(401);
    const analyst = await env.login('county-analyst');
    expect((await env.call('GET', path, { token: analyst })).status).toBe(403);
  });
});
