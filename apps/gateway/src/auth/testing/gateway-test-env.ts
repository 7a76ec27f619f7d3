import { databaseUrl } from '@ankomst/platform-database';
import { createTestDatabase, freePort, startTestNats, type TestDatabase, type TestNats } from '@ankomst/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { type GatewayConfig, loadGatewayConfig } from '../../config';
import { createGatewayApp } from '../../create-app';
import { demoPassword } from '../../users/demo-users';

/** Re-exported for the e2e files that already import it from here. */
export { freePort };

export const testJwtSecret = 'test-secret-for-gateway-e2e-only-0123456789';

/**
 * The request timeout for tests whose requests reach real department services. These tests
 * check behaviour, not speed: on a fully loaded two-core CI machine one request took more
 * than 5 s to be answered (a 504 in the introduction e2e, 2026-12-02, once in seven runs).
 */
export const SERVICE_REQUEST_TIMEOUT_MS = '15000';

export interface GatewayTestEnv {
  app: NestFastifyApplication;
  config: GatewayConfig;
  baseUrl: string;
  db: TestDatabase;
  /** Direct connection to the gateway's test database (superuser), to look at or tamper with rows. */
  pg: Client;
  login(username: string, password?: string): Promise<string>;
  call(method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  /** A token with valid shape but signed with the right key and already expired. */
  expiredToken(username: string): Promise<string>;
  close(): Promise<void>;
}

/** The real gateway in-process on its own database, NATS server and port (no department services). */
export async function startGatewayTestEnv(env: Record<string, string> = {}, port?: number): Promise<GatewayTestEnv> {
  const nats: TestNats = await startTestNats();
  const db = await createTestDatabase('gateway_auth');
  const listenPort = port ?? (await freePort());
  const config = loadGatewayConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    NATS_URL: nats.url,
    DATABASE_URL: db.serverUrl,
    DATABASE_NAME: db.name,
    PORT: String(listenPort),
    PORTAL_DIST: '/nonexistent',
    JWT_SECRET: testJwtSecret,
    REQUEST_TIMEOUT_MS: '300',
    RATE_LIMIT_PER_MINUTE: '100000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    PUBLIC_SUBMIT_RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  const app = await createGatewayApp(config);
  await app.listen(listenPort, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${listenPort}`;
  const pg = new Client({ connectionString: databaseUrl(db.serverUrl, db.name) });
  await pg.connect();

  const call: GatewayTestEnv['call'] = (method, path, options = {}) =>
    fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });

  return {
    app,
    config,
    baseUrl,
    db,
    pg,
    call,
    login: async (username, password = demoPassword) => {
      const response = await call('POST', '/api/auth/login', { body: { username, password } });
      if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { accessToken: string }).accessToken;
    },
    expiredToken: async (username) => {
      const { rows } = await pg.query<{ id: string; role: string; municipality: string }>(
        'SELECT id, role, municipality FROM app_user WHERE username = $1',
        [username],
      );
      // A live session of the user, so that only the expiry is wrong with this token.
      const live = await pg.query<{ family_id: string }>(
        'SELECT family_id FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL LIMIT 1',
        [rows[0].id],
      );
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ usr: username, role: rows[0].role, mun: rows[0].municipality, sid: live.rows[0]?.family_id ?? randomUUID() })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(rows[0].id)
        .setIssuer('ankomst-gateway')
        .setAudience('ankomst-api')
        .setJti(randomUUID())
        .setIssuedAt(now - 3600)
        .setExpirationTime(now - 600)
        .sign(new TextEncoder().encode(testJwtSecret));
    },
    close: async () => {
      // Each step timed: when an afterAll runs out of time, the log names the step that hung
      // (the test database's DROP waits for a cluster-wide checkpoint of the shared server).
      await timedStep('pg client end', () => pg.end().catch(() => undefined));
      await timedStep('gateway close', () => app.close());
      await timedStep('nats-server stop', () => nats.stop());
      await timedStep('test database drop', () => db.drop());
    },
  };
}

const SLOW_STEP_MS = 5_000;

async function timedStep(name: string, step: () => Promise<unknown>): Promise<void> {
  const started = Date.now();
  const warning = setTimeout(
    () => process.stderr.write(`gateway test env: "${name}" still running after ${SLOW_STEP_MS} ms\n`),
    SLOW_STEP_MS,
  );
  try {
    await step();
  } finally {
    clearTimeout(warning);
    const took = Date.now() - started;
    if (took > SLOW_STEP_MS) process.stderr.write(`gateway test env: "${name}" took ${took} ms\n`);
  }
}

/** Same claims as a real token, signed with a key the gateway does not know. */
export async function forgedToken(claims: { sub: string; usr: string; role: string; mun: string }): Promise<string> {
  return new SignJWT({ usr: claims.usr, role: claims.role, mun: claims.mun, sid: randomUUID() })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer('ankomst-gateway')
    .setAudience('ankomst-api')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode('an-attacker-guessed-this-key-0123456789'));
}

/** `alg: none`: an unsigned token claiming the most powerful role. */
export function unsignedToken(claims: Record<string, unknown>): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ iss: 'ankomst-gateway', aud: 'ankomst-api', exp: Math.floor(Date.now() / 1000) + 600, ...claims })}.`;
}
