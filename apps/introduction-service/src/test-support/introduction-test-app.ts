import { type Actor, type EventContract, type EventPayload, services } from '@ankomst/contracts';
import { housingEvents } from '@ankomst/contracts/housing/events';
import { deadLetterSubject, defaultStreamName, ensureStream, EventConsumers } from '@ankomst/platform-messaging';
import { type ServiceTestApp, startServiceTestApp } from '@ankomst/testing';
import { randomUUID } from 'node:crypto';
import { connect, type NatsConnection } from 'nats';
import { AppModule } from '../app.module';
import { loadIntroductionConfig } from '../config';

// Test-only: the introduction service on a private NATS and a fresh database (libs/testing),
// with a way to publish housing's events as housing's relay would.

export const actorOf = (role: Actor['role'] = 'intro-advisor', municipality = '1103', userId = `${role}-1`): Actor => ({
  userId,
  role,
  municipality,
});

export interface IntroductionTestApp extends ServiceTestApp {
  /** Publishes an event envelope to JetStream; `id` repeats a delivery of the same event. */
  publish<C extends EventContract>(
    contract: C,
    payload: EventPayload<C>,
    options: { aggregateId: string; municipality: string; occurredAt?: string; id?: string },
  ): Promise<string>;
}

export async function startIntroductionTestApp(env: Record<string, string> = {}): Promise<IntroductionTestApp> {
  const app = await startServiceTestApp({
    service: services.introduction,
    module: (base) => AppModule.register(loadIntroductionConfig({ ...base, ...env })),
    defaultActor: actorOf(),
  });
  const publisher: NatsConnection = await connect({ servers: app.nats.url, name: 'introduction-test-publisher' });
  // The housing stream is housing's to declare; here the test plays housing.
  await ensureStream(await publisher.jetstreamManager(), {
    name: defaultStreamName(services.housing.key),
    subjects: [...housingEvents.map((c) => c.subject), deadLetterSubject(services.housing.key)],
    duplicateWindowMs: 10 * 60_000,
    maxAgeMs: 0,
  });
  await app.service.app.get(EventConsumers).ready();
  const close = app.close;
  return {
    ...app,
    publish: async (contract, payload, options) => {
      const id = options.id ?? randomUUID();
      const envelope = {
        id,
        subject: contract.subject,
        aggregateId: options.aggregateId,
        municipality: options.municipality,
        occurredAt: options.occurredAt ?? new Date().toISOString(),
        actor: 'test-housing',
        correlationId: randomUUID(),
        payload: contract.payload.parse(payload),
      };
      await publisher.jetstream().publish(contract.subject, JSON.stringify(envelope));
      return id;
    },
    close: async () => {
      await publisher.close();
      await close();
    },
  };
}
