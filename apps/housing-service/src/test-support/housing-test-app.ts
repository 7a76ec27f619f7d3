import { type Actor, services } from '@ankomst/contracts';
import { createServiceApp } from '@ankomst/platform-messaging';
import { bootService, type BootedService, createTestDatabase, startTestNats, type TestDatabase, type TestNats } from '@ankomst/testing';
import { Client } from 'pg';
import { AppModule } from '../app.module';
import { loadHousingConfig } from '../config';

export { dNumber } from './national-ids';

// Test-only: the housing service on a private NATS and a fresh database, plus ways to look
// at what it wrote (rows and outbox) without going around its rules.

export const officer = (municipality = '1103', userId = 'officer-1'): Actor => ({ userId, role: 'housing-officer', municipality });

export interface HousingTestApp {
  nats: TestNats;
  db: TestDatabase;
  service: BootedService;
  sql: Client;
  /** Request as an actor; resolves with the reply or rejects with the ServiceException. */
  call<T>(subject: string, body: unknown, actor?: Actor): Promise<T>;
  outbox(subject?: string): Promise<{ subject: string; aggregateId: string; envelope: { payload: Record<string, unknown> } }[]>;
  close(): Promise<void>;
}

export async function startHousingTestApp(env: Record<string, string> = {}): Promise<HousingTestApp> {
  const [nats, db] = await Promise.all([startTestNats(), createTestDatabase('housing')]);
  const config = loadHousingConfig({
    DATABASE_URL: db.serverUrl,
    DATABASE_NAME: db.name,
    NATS_URL: nats.url,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const service = await bootService(() => createServiceApp(AppModule.register(config), services.housing, nats.url), nats.url);
  const url = new URL(db.serverUrl);
  url.pathname = `/${db.name}`;
  const sql = new Client({ connectionString: url.toString() });
  await sql.connect();
  return {
    nats,
    db,
    service,
    sql,
    call: (subject, body, actor = officer()) => service.request(subject, body, actor),
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
