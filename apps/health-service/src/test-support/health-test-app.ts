import { type Actor, services } from '@ankomst/contracts';
import { createServiceApp } from '@ankomst/platform-messaging';
import { bootService, type BootedService, createTestDatabase, startTestNats, type TestDatabase, type TestNats } from '@ankomst/testing';
import { Client } from 'pg';
import { AppModule } from '../app.module';
import { loadHealthConfig } from '../config';

// Test-only: the health service on a private NATS and a fresh database, plus a look at
// what it wrote (the outbox) without going around its rules.

export const actorOf = (role: Actor['role'] = 'health-worker', municipality = '1103', userId = `${role}-1`): Actor => ({
  userId,
  role,
  municipality,
});

export interface HealthTestApp {
  nats: TestNats;
  db: TestDatabase;
  service: BootedService;
  sql: Client;
  /** Request as an actor (default: the department's role); resolves with the reply or rejects with the ServiceException. */
  call<T>(subject: string, body: unknown, actor?: Actor): Promise<T>;
  outbox(subject?: string): Promise<{ subject: string; aggregateId: string; envelope: { payload: Record<string, unknown> } }[]>;
  close(): Promise<void>;
}

export async function startHealthTestApp(env: Record<string, string> = {}): Promise<HealthTestApp> {
  const [nats, db] = await Promise.all([startTestNats(), createTestDatabase('health')]);
  const config = loadHealthConfig({ DATABASE_URL: db.serverUrl, DATABASE_NAME: db.name, NATS_URL: nats.url, LOG_LEVEL: 'silent', ...env });
  const service = await bootService(() => createServiceApp(AppModule.register(config), services.health, nats.url), nats.url);
  const url = new URL(db.serverUrl);
  url.pathname = `/${db.name}`;
  const sql = new Client({ connectionString: url.toString() });
  await sql.connect();
  return {
    nats,
    db,
    service,
    sql,
    call: (subject, body, actor = actorOf()) => service.request(subject, body, actor),
    outbox: async (subject) => {
      const { rows } = await sql.query(
        `SELECT subject, aggregate_id AS "aggregateId", envelope FROM outbox
          WHERE $1::text IS NULL OR subject = $1 ORDER BY created_at, aggregate_seq`,
        [subject ?? null],
      );
      return rows;
    },
    close: async () => {
      await sql.end();
      await service.close();
      await Promise.all([nats.stop(), db.drop()]);
    },
  };
}
