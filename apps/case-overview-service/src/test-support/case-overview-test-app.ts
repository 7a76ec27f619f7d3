import { type Actor, type EventContract, type EventPayload, services } from '@ankomst/contracts';
import { housingEvents } from '@ankomst/contracts/housing/events';
import { introductionEvents } from '@ankomst/contracts/introduction/events';
import { volunteeringEvents } from '@ankomst/contracts/volunteering/events';
import { healthEvents } from '@ankomst/contracts/health/events';
import { createServiceApp, defaultStreamName, deadLetterSubject, ensureStream, EventConsumers } from '@ankomst/platform-messaging';
import { bootService, type BootedService, createTestDatabase, startTestNats, type TestDatabase, type TestNats } from '@ankomst/testing';
import { randomUUID } from 'node:crypto';
import { connect, type NatsConnection } from 'nats';
import { Client } from 'pg';
import { AppModule } from '../app.module';
import { loadCaseOverviewConfig } from '../config';
import type { Projector } from '../read-model/projector';
import { readModelTables } from '../read-model/read-model.schema';

// Test-only: the case-overview service on a private NATS and a fresh database, a way to
// publish other services' events as their relay would, and a dump of the read model.

export const actorOf = (role: string, municipality = '1103', userId = `${role}-1`): Actor => ({ userId, role, municipality });

export interface CaseOverviewTestApp {
  nats: TestNats;
  db: TestDatabase;
  service: BootedService;
  sql: Client;
  publisher: NatsConnection;
  /** A request as `actor`; `timeoutMs` for the long ones (a rebuild replays every stream). */
  call<T>(subject: string, body: unknown, actor: Actor, timeoutMs?: number): Promise<T>;
  /** Publishes an event envelope to JetStream as the producing service's relay would. */
  publish<C extends EventContract>(
    contract: C,
    payload: EventPayload<C>,
    options: { aggregateId: string; municipality: string; occurredAt?: string },
  ): Promise<string>;
  /** Every read-model table, ordered by key: equal dumps mean equal read models. */
  dump(): Promise<Record<string, unknown[]>>;
  close(): Promise<void>;
}

/**
 * Declares a department's stream as its service does (the producer's to declare): the case
 * view's projectors consume it, and a consumer waits for its stream.
 */
async function declareStreamOf(nc: NatsConnection, key: string, events: readonly EventContract[]): Promise<void> {
  await ensureStream(await nc.jetstreamManager(), {
    name: defaultStreamName(key),
    subjects: [...events.map((c) => c.subject), deadLetterSubject(key)],
    duplicateWindowMs: 10 * 60_000,
    maxAgeMs: 30 * 24 * 3600_000,
  });
}
export const declareHousingStream = (nc: NatsConnection) => declareStreamOf(nc, services.housing.key, housingEvents);
export const declareIntroductionStream = (nc: NatsConnection) => declareStreamOf(nc, services.introduction.key, introductionEvents);
export const declareHealthStream = (nc: NatsConnection) => declareStreamOf(nc, services.health.key, healthEvents);
export const declareVolunteeringStream = (nc: NatsConnection) => declareStreamOf(nc, services.volunteering.key, volunteeringEvents);

export async function startCaseOverviewTestApp(existing?: {
  nats?: TestNats;
  projectors?: readonly Projector[];
  beforeBoot?: (nc: NatsConnection) => Promise<void>;
}): Promise<CaseOverviewTestApp> {
  const [nats, db] = await Promise.all([existing?.nats ?? startTestNats(), createTestDatabase('case_overview')]);
  const config = loadCaseOverviewConfig({ DATABASE_URL: db.serverUrl, DATABASE_NAME: db.name, NATS_URL: nats.url, LOG_LEVEL: 'silent' });
  const publisher = await connect({ servers: nats.url, name: 'case-overview-test-publisher' });
  await declareHousingStream(publisher);
  await declareIntroductionStream(publisher);
  await declareVolunteeringStream(publisher);
  await declareHealthStream(publisher);
  await existing?.beforeBoot?.(publisher);
  const service = await bootService(
    () => createServiceApp(AppModule.register(config, existing?.projectors), services.caseOverview, nats.url),
    nats.url,
  );
  const url = new URL(db.serverUrl);
  url.pathname = `/${db.name}`;
  const sql = new Client({ connectionString: url.toString() });
  await sql.connect();
  return {
    nats,
    db,
    service,
    sql,
    publisher,
    call: (subject, body, actor, timeoutMs) => service.request(subject, body, actor, timeoutMs),
    publish: async (contract, payload, options) => {
      const id = randomUUID();
      const envelope = {
        id,
        subject: contract.subject,
        aggregateId: options.aggregateId,
        municipality: options.municipality,
        occurredAt: options.occurredAt ?? new Date().toISOString(),
        actor: 'test-publisher',
        correlationId: randomUUID(),
        payload: contract.payload.parse(payload),
      };
      await publisher.jetstream().publish(contract.subject, JSON.stringify(envelope), { msgID: id });
      return id;
    },
    dump: async () => {
      const dump: Record<string, unknown[]> = {};
      for (const [table, key] of Object.entries(readModelTables)) {
        dump[table] = (await sql.query(`SELECT * FROM read_model.${table} ORDER BY ${key}`)).rows;
      }
      return dump;
    },
    close: async () => {
      await sql.end();
      await service.close();
      await publisher.close();
      if (!existing?.nats) await nats.stop();
      await db.drop();
    },
  };
}

/** Resolves once every projection's durable consumer is pulling. */
export async function consumersReady(app: CaseOverviewTestApp): Promise<void> {
  await app.service.app.get(EventConsumers).ready();
}
