import { type Actor, type EventContract, type EventPayload, services } from '@ankomst/contracts';
import { housingEvents, type PersonBasics, personSettled } from '@ankomst/contracts/housing/events';
import { deadLetterSubject, defaultStreamName, ensureStream, EventConsumers } from '@ankomst/platform-messaging';
import { type ServiceTestApp, startServiceTestApp } from '@ankomst/testing';
import { connect, type NatsConnection } from 'nats';
import { randomUUID } from 'node:crypto';
import { AppModule } from '../app.module';
import { loadHealthConfig } from '../config';

// Test-only: the health service on a private NATS and a fresh database (libs/testing), with the
// housing stream declared so the test can publish person-settled as the housing relay would.

export const actorOf = (role: Actor['role'] = 'health-worker', municipality = '1103', userId = `${role}-1`): Actor => ({
  userId,
  role,
  municipality,
});

export interface HealthTestApp extends ServiceTestApp {
  publisher: NatsConnection;
  publish<C extends EventContract>(contract: C, payload: EventPayload<C>, options?: { occurredAt?: string; id?: string }): Promise<string>;
  /** Resolves when every consumer of the service is pulling. */
  consumersReady(): Promise<void>;
}

export async function startHealthTestApp(env: Record<string, string> = {}): Promise<HealthTestApp> {
  const app = await startServiceTestApp({
    service: services.health,
    module: (base) => AppModule.register(loadHealthConfig({ ...base, ...env })),
    defaultActor: actorOf(),
  });
  const publisher = await connect({ servers: app.nats.url, name: 'health-test-publisher' });
  await ensureStream(await publisher.jetstreamManager(), {
    name: defaultStreamName(services.housing.key),
    subjects: [...housingEvents.map((c) => c.subject), deadLetterSubject(services.housing.key)],
    duplicateWindowMs: 60_000,
    maxAgeMs: 3600_000,
  });
  return {
    ...app,
    publisher,
    publish: async (contract, payload, options = {}) => {
      const id = options.id ?? randomUUID();
      const p = payload as { personId?: string; municipality?: string };
      const envelope = {
        id,
        subject: contract.subject,
        aggregateId: p.personId ?? randomUUID(),
        municipality: p.municipality ?? '1103',
        occurredAt: options.occurredAt ?? new Date().toISOString(),
        actor: 'housing-officer-1',
        correlationId: randomUUID(),
        payload: contract.payload.parse(payload),
      };
      // A distinct msgID per delivery attempt: JetStream would drop the duplicate otherwise,
      // and the test wants the consumer (its inbox) to see the same event twice.
      await publisher.jetstream().publish(contract.subject, JSON.stringify(envelope), { msgID: randomUUID() });
      return id;
    },
    consumersReady: () => app.service.app.get(EventConsumers).ready(),
    close: async () => {
      await publisher.close();
      await app.close();
    },
  };
}

/** A settled person as the housing service announces one; invented names only. */
export function settledPerson(overrides: Partial<PersonBasics> & { settledOn: string }): EventPayload<typeof personSettled> {
  return {
    personId: randomUUID(),
    householdId: randomUUID(),
    municipality: '1103',
    givenName: 'Testa',
    familyName: 'Eksempel',
    birthDate: '1990-05-10',
    sex: 'female',
    relationship: 'head',
    origin: 'quota-refugee',
    countryOfOrigin: 'SY',
    languages: ['ar'],
    unaccompaniedMinor: false,
    hasNationalId: true,
    residencePermitDate: null,
    daysFromResidencePermit: null,
    withinTarget: null,
    ...overrides,
  };
}
