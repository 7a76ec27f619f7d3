import type { Actor, ServiceInfo } from '@ankomst/contracts';
import { createServiceApp } from '@ankomst/platform-messaging';
import type { DynamicModule } from '@nestjs/common';
import { Client } from 'pg';
import { bootService, type BootedService } from './boot-service';
import { createTestDatabase, type TestDatabase } from './test-database';
import { startTestNats, type TestNats } from './test-nats';

/** The environment a service under test gets: its private NATS and fresh database. */
export interface ServiceTestEnv {
  DATABASE_URL: string;
  DATABASE_NAME: string;
  NATS_URL: string;
  LOG_LEVEL: string;
}

export interface OutboxRow {
  subject: string;
  aggregateId: string;
  envelope: { payload: Record<string, unknown> };
}

export interface ServiceTestApp {
  nats: TestNats;
  db: TestDatabase;
  service: BootedService;
  /** A connection to the service's own database, to look at what it wrote. */
  sql: Client;
  /** Request as an actor (default: the service's usual caller); resolves with the reply or rejects with the ServiceException. */
  call<T>(subject: string, body: unknown, actor?: Actor): Promise<T>;
  /** The events the service wrote to its outbox, in the order the relay publishes them. */
  outbox(subject?: string): Promise<OutboxRow[]>;
  close(): Promise<void>;
}

export interface ServiceTestAppOptions {
  service: ServiceInfo;
  /** Builds the service's root module from its validated config for the test environment. */
  module: (env: ServiceTestEnv) => DynamicModule;
  defaultActor: Actor;
}

/**
 * One department service in-process on a private nats-server and a fresh database of its own,
 * through the same NATS transport the gateway uses: what every service's integration tests start.
 */
export async function startServiceTestApp({ service: info, module, defaultActor }: ServiceTestAppOptions): Promise<ServiceTestApp> {
  const [nats, db] = await Promise.all([startTestNats(), createTestDatabase(info.key)]);
  const env: ServiceTestEnv = { DATABASE_URL: db.serverUrl, DATABASE_NAME: db.name, NATS_URL: nats.url, LOG_LEVEL: 'silent' };
  const service = await bootService(() => createServiceApp(module(env), info, nats.url), nats.url);
  const url = new URL(db.serverUrl);
  url.pathname = `/${db.name}`;
  const sql = new Client({ connectionString: url.toString() });
  await sql.connect();
  return {
    nats,
    db,
    service,
    sql,
    call: (subject, body, actor = defaultActor) => service.request(subject, body, actor),
    outbox: async (subject) => {
      const { rows } = await sql.query<OutboxRow>(
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
