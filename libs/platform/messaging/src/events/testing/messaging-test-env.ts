import { randomBytes } from 'node:crypto';
import { connect, type NatsConnection } from 'nats';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { defineEvent } from '@ankomst/contracts';
import { messagingMigrations } from '../migrations';
import type { MessagingLogger } from '../logger';
import { deadLetterSubject } from '../naming';
import { ensureStream } from '../streams';

// Test-only helpers (not exported from the library): a fresh database and unique
// JetStream names per test file, because several people run tests on this machine.

const SERVER_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432';
export const NATS_URL = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';

const letters = (n: number) => Array.from(randomBytes(n), (b) => String.fromCharCode(97 + (b % 26))).join('');

function url(database: string): string {
  const u = new URL(SERVER_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const silentLogger: MessagingLogger = {
  log: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

export function testContract(service: string, name = 'thing-happened') {
  return defineEvent(`ankomst.${service}.${name}.v1`, z.object({ n: z.number().int(), note: z.string() }));
}

export interface MessagingTestEnv {
  service: string;
  stream: string;
  database: string;
  dataSource: DataSource;
  nats: NatsConnection;
  contract: ReturnType<typeof testContract>;
  newDataSource(): Promise<DataSource>;
  newNats(): Promise<NatsConnection>;
  close(): Promise<void>;
}

export async function createTestEnv(label: string): Promise<MessagingTestEnv> {
  const suffix = letters(10);
  const service = `msgtest-${suffix}`;
  const database = `test_msg_${label}_${suffix}`;
  const stream = `TEST_MSG_${label.toUpperCase()}_${suffix.toUpperCase()}`;
  await admin((client) => client.query(`CREATE DATABASE "${database}"`));

  const dataSources: DataSource[] = [];
  const connections: NatsConnection[] = [];
  const newDataSource = async () => {
    const dataSource = await new DataSource({
      type: 'postgres',
      url: url(database),
      migrations: messagingMigrations,
      // As the services run them: one transaction per migration, so one may build its index
      // concurrently outside any.
      migrationsTransactionMode: 'each',
      extra: { max: 10 },
      logging: ['error'],
    }).initialize();
    dataSources.push(dataSource);
    return dataSource;
  };
  const newNats = async () => {
    const nc = await connect({ servers: NATS_URL, name: `${service}-test` });
    connections.push(nc);
    return nc;
  };

  const dataSource = await newDataSource();
  await dataSource.runMigrations();
  const nats = await newNats();
  const contract = testContract(service);
  await ensureStream(await nats.jetstreamManager(), {
    name: stream,
    subjects: [contract.subject, deadLetterSubject(service)],
    duplicateWindowMs: 120_000,
    maxAgeMs: 3600_000,
  });

  return {
    service,
    stream,
    database,
    dataSource,
    nats,
    contract,
    newDataSource,
    newNats,
    async close() {
      await (await nats.jetstreamManager()).streams.delete(stream).catch(() => undefined);
      for (const nc of connections) if (!nc.isClosed()) await nc.close();
      for (const ds of dataSources) if (ds.isInitialized) await ds.destroy();
      await admin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    },
  };
}

/** Polls until `check` returns true or the time is up. */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
