import { Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { connect } from 'nats';
import { DataSource } from 'typeorm';
import type { EventEnvelope } from '@ankomst/contracts';
import type { EventContext } from './event-consumer';
import { EventRecorder } from './event-recorder';
import { EventsModule } from './events.module';
import { messagingMigrations } from './migrations';
import { OnEvent } from './on-event.decorator';
import { eventually, NATS_URL, testContract } from './testing/messaging-test-env';

const suffix = Array.from(randomBytes(10), (b) => String.fromCharCode(97 + (b % 26))).join('');
const service = `msgtest-${suffix}`;
const database = `test_msg_module_${suffix}`;
const stream = `TEST_MSG_MODULE_${suffix.toUpperCase()}`;
const contract = testContract(service, 'household-registered');
const adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

@Injectable()
class HouseholdService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRecorder,
  ) {}

  register(n: number) {
    return this.dataSource.transaction((manager) =>
      this.events.record(manager, {
        contract,
        aggregateId: `household-${n}`,
        municipality: '3201',
        actor: 'caseworker-1',
        correlationId: `corr-${n}`,
        payload: { n, note: 'registered' },
      }),
    );
  }
}

@Injectable()
class WelcomeLetters {
  readonly seen: {
    event: EventEnvelope<{ n: number }>;
    correlationId: string;
    inTransaction: boolean;
  }[] = [];

  @OnEvent(contract)
  async onRegistered(event: EventEnvelope<{ n: number; note: string }>, context: EventContext) {
    this.seen.push({
      event,
      correlationId: context.correlationId,
      inTransaction: context.manager.queryRunner?.isTransactionActive ?? false,
    });
  }
}

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      url: `postgres://postgres@127.0.0.1:5432/${database}`,
      migrations: messagingMigrations,
      migrationsRun: true,
      migrationsTransactionMode: 'each',
      logging: ['error'],
    }),
    EventsModule.forRoot({
      service,
      produces: [contract],
      natsUrl: NATS_URL,
      streamName: stream,
      relay: { pollIntervalMs: 200 },
    }),
  ],
  providers: [HouseholdService, WelcomeLetters],
})
class TestAppModule {}

describe('EventsModule', () => {
  let app: INestApplicationContext | undefined;

  beforeAll(async () => {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
  });

  afterAll(async () => {
    await app?.close();
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });

  it('records through the injected EventRecorder and delivers to an @OnEvent method', async () => {
    app = await NestFactory.createApplicationContext(TestAppModule, { logger: false });
    await app.init();

    const recorded = await app.get(HouseholdService).register(1);
    const sut = app.get(WelcomeLetters);
    await eventually(() => sut.seen.length === 1);
    expect(sut.seen[0]).toEqual({ event: recorded, correlationId: 'corr-1', inTransaction: true });

    await app.close(); // stops consumers and relay, drains the module's connection
    app = undefined;

    const nats = await connect({ servers: NATS_URL });
    try {
      const jsm = await nats.jetstreamManager();
      expect((await jsm.streams.info(stream)).config.subjects).toEqual([contract.subject, `ankomst.${service}.dead-letter.v1`]);
      await jsm.streams.delete(stream);
    } finally {
      await nats.close();
    }
  });
});
