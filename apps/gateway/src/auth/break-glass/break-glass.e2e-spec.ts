import { type GatewayTestEnv, startGatewayTestEnv } from '../testing/gateway-test-env';

// Refusals decided by the gateway alone; grants (which ask the housing service whether the
// person exists) are in break-glass-services.e2e-spec.ts.
describe('break-glass', () => {
  let env: GatewayTestEnv;
  let officer: string;

  beforeAll(async () => {
    env = await startGatewayTestEnv();
    officer = await env.login('housing-officer');
  }, 60_000);

  afterAll(async () => {
    await env?.close();
  });

  it('refuses roles that may not break the glass, and reasons too short to mean anything', async () => {
    const volunteer = await env.login('volunteer');
    expect(
      (await env.call('POST', '/api/break-glass', { token: volunteer, body: { personId: 'p-1', reason: 'I want to see the file' } }))
        .status,
    ).toBe(403);
    const tooShort = await env.call('POST', '/api/break-glass', {
      token: officer,
      body: { personId: '3f1c2b9e-6a4d-4e8f-9b2a-1c0d5e7f8a90', reason: 'urgent' },
    });
    expect(tooShort.status).toBe(400);
    expect(((await tooShort.json()) as { issues: { field: string }[] }).issues[0].field).toBe('reason');
  });

  it('refuses a person id that cannot be a person, and grants nothing', async () => {
    const sut = await env.call('POST', '/api/break-glass', {
      token: officer,
      body: { personId: 'Testverdi', reason: 'Acute housing emergency at night' },
    });
    expect(sut.status).toBe(400);
    expect(((await sut.json()) as { issues: { field: string }[] }).issues[0].field).toBe('personId');
    expect((await env.pg.query('SELECT 1 FROM break_glass_grant')).rowCount).toBe(0);
  });
});
