import { hasPermission } from '@ankomst/contracts';
import { databaseUrl } from '@ankomst/platform-database';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { declaredRoutes } from '../auth/testing/declared-routes';
import { type GatewayTestEnv, startGatewayTestEnv } from '../auth/testing/gateway-test-env';
import { demoUsers } from '../users/demo-users';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditLogService, type AuditRecord } from './audit-log.service';
import { entryHash } from './hash-chain';

const workspaceRoot = path.resolve(__dirname, '../../../..');

interface Row {
  seq: string;
  occurred_at: Date;
  user_id: string;
  username: string;
  role: string;
  municipality: string;
  action: string;
  purpose: string;
  person_ids: string[];
  result: string;
  correlation_id: string;
  break_glass: boolean;
  prev_hash: string;
  hash: string;
}

function runVerifyCli(env: GatewayTestEnv): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/gateway/src/audit/verify-cli.ts'], {
      cwd: workspaceRoot,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: 'tsconfig.base.json',
        DATABASE_URL: env.db.serverUrl,
        DATABASE_NAME: env.db.name,
        NODE_ENV: 'test',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout }));
  });
}

describe('audit log', () => {
  let env: GatewayTestEnv;
  const tokens = new Map<string, string>();
  const token = (username: string) => tokens.get(username);

  beforeAll(async () => {
    env = await startGatewayTestEnv();
    for (const user of demoUsers) tokens.set(user.username, await env.login(user.username));
  }, 60_000);

  afterAll(async () => {
    await env?.close();
  });

  const lastEntries = async (count: number) =>
    (await env.pg.query<Row>('SELECT * FROM audit_entry ORDER BY seq DESC LIMIT $1', [count])).rows;
  const entryCount = async () => Number((await env.pg.query<{ n: string }>('SELECT count(*) AS n FROM audit_entry')).rows[0].n);
  const verify = async () =>
    (await (await env.call('GET', '/api/audit/verify', { token: token('privacy-officer') })).json()) as {
      ok: boolean;
      firstBroken: { seq: number; reason: string } | null;
    };
  /** Tampering as a database superuser would: with the append-only trigger bypassed. */
  const tamper = (sql: string, params: unknown[] = []) =>
    env.pg.query(
      `SET session_replication_role = replica; ${sql.replace(/\$(\d)/g, (_, n: string) => pgLiteral(params[Number(n) - 1]))}; SET session_replication_role = origin;`,
    );

  it('writes exactly one entry per call of every personal-data route, whatever the outcome', async () => {
    const audited = declaredRoutes(env.app).filter((r) => r.audited);
    expect(audited.map((r) => r.audited!.action)).toEqual(expect.arrayContaining(['user.read', 'audit.person-report', 'break-glass.list']));
    for (const route of audited) {
      const access = route.access!;
      const caller = demoUsers.find((u) => access.kind !== 'permission' || access.permissions.every((p) => hasPermission(u.role, p)))!;
      const correlationId = `audit-${randomUUID()}`;
      const before = await entryCount();
      const response = await env.call(
        route.method,
        route.path.replace(/:(\w+)/g, () => randomUUID()),
        {
          token: token(caller.username),
          body: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
          headers: { 'x-correlation-id': correlationId },
        },
      );
      expect({ route: route.path, status: response.status < 500 || response.status >= 502 }).toEqual({ route: route.path, status: true });
      expect({ route: route.path, written: (await entryCount()) - before }).toEqual({ route: route.path, written: 1 });
      const [entry] = await lastEntries(1);
      expect(entry).toMatchObject({ action: route.audited!.action, username: caller.username, correlation_id: correlationId });
    }
  }, 120_000);

  it('records who, role, municipality, which person, action, purpose, result, correlation id and time', async () => {
    const { rows } = await env.pg.query<{ id: string }>("SELECT id FROM app_user WHERE username = 'health-worker'");
    const response = await env.call('GET', `/api/users/${rows[0].id}`, {
      token: token('municipal-admin'),
      headers: { 'x-correlation-id': 'who-what-why-1' },
    });
    expect(response.status).toBe(200);
    const [entry] = await lastEntries(1);
    expect(entry).toMatchObject({
      username: 'municipal-admin',
      role: 'municipal-admin',
      municipality: '1103',
      action: 'user.read',
      purpose: 'user administration',
      person_ids: [rows[0].id],
      result: 'success',
      correlation_id: 'who-what-why-1',
      break_glass: false,
    });
    expect(Date.now() - entry.occurred_at.getTime()).toBeLessThan(10_000);
  });

  it('writes nothing for routes without personal data', async () => {
    const before = await entryCount();
    await env.call('GET', '/api/auth/me', { token: token('volunteer') });
    await env.call('GET', '/api/audit/verify', { token: token('privacy-officer') });
    expect(await entryCount()).toBe(before);
  });

  it('fails the request, sending no data, when the audit entry cannot be written', async () => {
    await env.pg.query('ALTER TABLE audit_entry ADD CONSTRAINT test_refuse_inserts CHECK (false) NOT VALID');
    try {
      const response = await env.call('GET', '/api/users', { token: token('municipal-admin') });
      const body = await response.text();
      expect(response.status).toBe(503);
      expect(body).not.toContain('housing-officer');
      expect(JSON.parse(body)).toMatchObject({ message: expect.stringContaining('Audit log unavailable') });
    } finally {
      await env.pg.query('ALTER TABLE audit_entry DROP CONSTRAINT test_refuse_inserts');
    }
  });

  it('refuses UPDATE, DELETE and TRUNCATE of entries', async () => {
    await expect(env.pg.query("UPDATE audit_entry SET purpose = 'x' WHERE seq = 1")).rejects.toThrow(/append-only/);
    await expect(env.pg.query('DELETE FROM audit_entry WHERE seq = 1')).rejects.toThrow(/append-only/);
    await expect(env.pg.query('TRUNCATE audit_entry')).rejects.toThrow(/append-only/);
  });

  it('keeps one unbroken chain under concurrent writers', async () => {
    const personId = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => env.call('GET', `/api/audit/persons/${personId}`, { token: token('privacy-officer') })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(await verify()).toEqual({ ok: true, checked: await entryCount(), firstBroken: null });
  });

  it('keeps one unbroken chain when two gateway replicas append at once', async () => {
    const replicaDb = new DataSource({ type: 'postgres', url: databaseUrl(env.db.serverUrl, env.db.name), entities: [AuditEntryEntity] });
    await replicaDb.initialize();
    try {
      const ours = env.app.get(AuditLogService);
      const theirs = new AuditLogService(replicaDb);
      const record = (n: number): AuditRecord => ({
        userId: `replica-test-${n}`,
        username: 'replica-test',
        role: 'privacy-officer',
        municipality: '1103',
        action: 'audit.person-report',
        purpose: 'replica test',
        personIds: [randomUUID()],
        result: 'success',
        correlationId: `replica-${n}`,
        breakGlass: false,
      });
      const before = await entryCount();
      // Each writer knows where the chain ended after its own last append: here `ours` is
      // behind after `theirs` appended, and must chain its entry onto the newer head.
      const first = await ours.append(record(1));
      const second = await theirs.append(record(2));
      const third = await ours.append(record(3));
      expect([second.seq - first.seq, third.seq - second.seq, third.prevHash]).toEqual([1, 1, second.hash]);
      const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? ours : theirs).append(record(10 + i))));
      expect(new Set(burst.map((e) => e.seq)).size).toBe(40);
      expect(await entryCount()).toBe(before + 43);
      expect(await verify()).toEqual({ ok: true, checked: await entryCount(), firstBroken: null });
    } finally {
      await replicaDb.destroy();
    }
  });

  describe('verification after tampering', () => {
    it('names an entry whose content was edited, over HTTP and from the CLI', async () => {
      const [original] = (await env.pg.query<Row>('SELECT * FROM audit_entry WHERE seq = 3')).rows;
      await tamper("UPDATE audit_entry SET person_ids = '{someone-else}' WHERE seq = 3");
      try {
        expect(await verify()).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: expect.stringContaining('changed') } });
        const cli = await runVerifyCli(env);
        expect(cli.code).toBe(2);
        expect(JSON.parse(cli.stdout)).toMatchObject({ ok: false, firstBroken: { seq: 3 } });
      } finally {
        await tamper('UPDATE audit_entry SET person_ids = $1 WHERE seq = 3', [original.person_ids]);
      }
      expect(await verify()).toMatchObject({ ok: true });
      expect((await runVerifyCli(env)).code).toBe(0);
    }, 60_000);

    it('names a deleted entry', async () => {
      const [original] = (await env.pg.query<Row>('SELECT * FROM audit_entry WHERE seq = 4')).rows;
      await tamper('DELETE FROM audit_entry WHERE seq = 4');
      try {
        expect(await verify()).toMatchObject({ ok: false, firstBroken: { seq: 4, reason: expect.stringContaining('missing') } });
      } finally {
        await env.pg.query(`INSERT INTO audit_entry SELECT * FROM json_populate_record(NULL::audit_entry, $1)`, [JSON.stringify(original)]);
      }
      expect(await verify()).toMatchObject({ ok: true });
    });

    it('notices an entry rewritten with a freshly computed hash', async () => {
      const [row] = (await env.pg.query<Row>('SELECT * FROM audit_entry WHERE seq = 2')).rows;
      const forgedHash = entryHash({
        seq: 2,
        occurredAt: row.occurred_at,
        userId: row.user_id,
        username: 'someone-innocent',
        role: row.role,
        municipality: row.municipality,
        action: row.action,
        purpose: row.purpose,
        personIds: row.person_ids,
        result: row.result,
        correlationId: row.correlation_id,
        breakGlass: row.break_glass,
        prevHash: row.prev_hash,
      });
      await tamper("UPDATE audit_entry SET username = 'someone-innocent', hash = $1 WHERE seq = 2", [forgedHash]);
      try {
        expect(await verify()).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: expect.stringContaining('previous entry') } });
      } finally {
        await tamper('UPDATE audit_entry SET username = $1, hash = $2 WHERE seq = 2', [row.username, row.hash]);
      }
      expect(await verify()).toMatchObject({ ok: true });
    });

    it('notices entries cut off the end', async () => {
      const [last] = await lastEntries(1);
      await tamper('DELETE FROM audit_entry WHERE seq = $1', [Number(last.seq)]);
      expect(await verify()).toMatchObject({
        ok: false,
        firstBroken: { seq: Number(last.seq), reason: expect.stringContaining('cut off') },
      });
    });
  });
});

function pgLiteral(value: unknown): string {
  if (Array.isArray(value)) return `ARRAY[${value.map(pgLiteral).join(',')}]::text[]`;
  if (typeof value === 'number') return String(value);
  return `'${String(value).replace(/'/g, "''")}'`;
}
