import { randomUUID } from 'node:crypto';
import { type GatewayTestEnv, startGatewayTestEnv } from '../testing/gateway-test-env';

describe('break-glass', () => {
  let env: GatewayTestEnv;
  let officer: string;
  let privacyOfficer: string;

  beforeAll(async () => {
    env = await startGatewayTestEnv({ BREAK_GLASS_MINUTES: '30' });
    officer = await env.login('housing-officer');
    privacyOfficer = await env.login('privacy-officer');
  }, 60_000);

  afterAll(async () => {
    await env?.close();
  });

  it('grants time-limited access on a stated reason, flagged in the audit log and visible to the privacy officer', async () => {
    const personId = randomUUID();
    const reason = 'Acute housing emergency at night, case worker unreachable';
    const response = await env.call('POST', '/api/break-glass', { token: officer, body: { personId, reason } });
    expect(response.status).toBe(201);
    const grant = (await response.json()) as { id: string; grantedAt: string; expiresAt: string };
    expect(new Date(grant.expiresAt).getTime() - new Date(grant.grantedAt).getTime()).toBe(30 * 60_000);

    const { rows } = await env.pg.query<{ action: string; break_glass: boolean; purpose: string; person_ids: string[] }>(
      'SELECT action, break_glass, purpose, person_ids FROM audit_entry ORDER BY seq DESC LIMIT 1',
    );
    expect(rows[0]).toEqual({ action: 'break-glass.open', break_glass: true, purpose: reason, person_ids: [personId] });

    const list = (await (await env.call('GET', '/api/break-glass', { token: privacyOfficer })).json()) as { grants: { id: string; reason: string; username: string }[] };
    expect(list.grants).toContainEqual(expect.objectContaining({ id: grant.id, reason, username: 'housing-officer' }));

    const flagged = (await (await env.call('GET', '/api/audit?breakGlass=true', { token: privacyOfficer })).json()) as { entries: { personIds: string[] }[] };
    expect(flagged.entries.some((e) => e.personIds.includes(personId))).toBe(true);

    const report = (await (await env.call('GET', `/api/audit/persons/${personId}`, { token: privacyOfficer })).json()) as {
      accesses: { username: string; purpose: string; breakGlass: boolean }[];
    };
    expect(report.accesses).toContainEqual(expect.objectContaining({ username: 'housing-officer', purpose: reason, breakGlass: true }));
  });

  it('refuses roles that may not break the glass, and reasons too short to mean anything', async () => {
    const volunteer = await env.login('volunteer');
    expect((await env.call('POST', '/api/break-glass', { token: volunteer, body: { personId: 'p-1', reason: 'I want to see the file' } })).status).toBe(403);
    const tooShort = await env.call('POST', '/api/break-glass', { token: officer, body: { personId: 'p-1', reason: 'urgent' } });
    expect(tooShort.status).toBe(400);
    expect(((await tooShort.json()) as { issues: { field: string }[] }).issues[0].field).toBe('reason');
  });
});
