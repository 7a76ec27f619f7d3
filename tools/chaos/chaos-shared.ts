import { connect, type NatsConnection } from 'nats';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { defineEvent } from '@ankomst/contracts';
// The workers import only the events part of platform-messaging, the part chaos.mjs compiles
// for them (compileWorkers); the @ankomst/platform-messaging alias would need the whole library.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { messagingMigrations } from '../../libs/platform/messaging/src/events';

// Shared by the chaos producer and consumer: both read their setup from the environment
// the orchestrator (chaos.mjs) gives them.

export const env = {
  service: required('CHAOS_SERVICE'),
  stream: required('CHAOS_STREAM'),
  total: Number(required('CHAOS_TOTAL')),
  natsUrl: required('NATS_URL'),
  databaseUrl: required('CHAOS_DATABASE_URL'),
};

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

export const chaosHappened = defineEvent(`ankomst.${env.service}.chaos-happened.v1`, z.object({ n: z.number().int().nonnegative() }));

export const AGGREGATES = 20;

export async function openDatabase(): Promise<DataSource> {
  const dataSource = await new DataSource({
    type: 'postgres',
    url: env.databaseUrl,
    migrations: messagingMigrations,
    migrationsTransactionMode: 'each',
    extra: { max: 8 },
    logging: ['error'],
  }).initialize();
  await dataSource.runMigrations();
  return dataSource;
}

export function openNats(name: string): Promise<NatsConnection> {
  return connect({
    servers: env.natsUrl,
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 200,
    waitOnFirstConnect: true,
  });
}

/** One line per notable moment, read by the orchestrator's log. */
export function say(message: string): void {
  process.stdout.write(`${new Date().toISOString()} ${message}\n`);
}

export async function retry<T>(what: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await work();
    } catch (error) {
      say(`${what} failed, retrying: ${error instanceof Error ? error.message : String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}
