import type { PubAck } from 'nats';
import type { QueryRunner } from 'typeorm';
import { EventRecorder } from './event-recorder';
import { OutboxRelay, type OutboxRow, type PublishedRow } from './outbox-relay';
import { createTestEnv, eventually, silentLogger, type MessagingTestEnv } from './testing/messaging-test-env';

/** A relay process that dies after JetStream acknowledged but before the row was marked. */
class CrashAfterPublishRelay extends OutboxRelay {
  protected override async markSent(_queryRunner: QueryRunner, _published: PublishedRow[]): Promise<void> {
    throw new Error('crashed between publish and mark-sent');
  }
}

/** Counts what this relay instance published, to show both replicas took part. */
class CountingRelay extends OutboxRelay {
  published = 0;
  protected override async publish(row: OutboxRow): Promise<PubAck> {
    const ack = await super.publish(row);
    this.published++;
    return ack;
  }
}

/** JetStream refuses the listed events once (as when NATS is briefly unreachable). */
class FlakyRelay extends OutboxRelay {
  constructor(
    private readonly failOnce: Set<string>,
    ...args: ConstructorParameters<typeof OutboxRelay>
  ) {
    super(...args);
  }
  protected override async publish(row: OutboxRow): Promise<PubAck> {
    if (this.failOnce.delete(row.id)) throw new Error('503 no responders');
    return super.publish(row);
  }
}

describe('OutboxRelay (Postgres + JetStream)', () => {
  let env: MessagingTestEnv;
  let recorder: EventRecorder;
  const relays: OutboxRelay[] = [];

  const newRelay = (options: Partial<ConstructorParameters<typeof OutboxRelay>[2]> = {}) => {
    const relay = new OutboxRelay(env.dataSource, env.nats, { service: env.service, ...options }, silentLogger);
    relays.push(relay);
    return relay;
  };
  const record = (aggregateId: string, n: number, correlationId?: string) =>
    env.dataSource.transaction((manager) =>
      recorder.record(manager, {
        contract: env.contract,
        aggregateId,
        municipality: '1103',
        actor: 'caseworker-1',
        correlationId,
        payload: { n, note: `event ${n}` },
      }),
    );
  const streamMessages = async () => (await (await env.nats.jetstreamManager()).streams.info(env.stream)).state.messages;
  const pending = async () => Number((await env.dataSource.query(`SELECT count(*) AS c FROM outbox WHERE status = 'pending'`))[0].c);

  beforeAll(async () => {
    env = await createTestEnv('relay');
    recorder = new EventRecorder({ produces: [env.contract] });
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((relay) => relay.stop()));
  });

  afterAll(async () => {
    await env?.close();
  });

  it('publishes nothing for a rolled-back transaction', async () => {
    const before = await streamMessages();
    await expect(
      env.dataSource.transaction(async (manager) => {
        await recorder.record(manager, {
          contract: env.contract,
          aggregateId: 'household-rollback',
          municipality: '1103',
          actor: 'caseworker-1',
          payload: { n: 1, note: 'never' },
        });
        throw new Error('domain rule broken');
      }),
    ).rejects.toThrow('domain rule broken');

    const sut = newRelay();
    expect(await sut.runOnce()).toBe(0);
    expect(await env.dataSource.query(`SELECT id FROM outbox WHERE aggregate_id = 'household-rollback'`)).toEqual([]);
    expect(await streamMessages()).toBe(before);
  });

  it('rejects a payload that breaks the contract before anything is written', async () => {
    await expect(
      env.dataSource.transaction((manager) =>
        recorder.record(manager, {
          contract: env.contract,
          aggregateId: 'household-invalid',
          municipality: '1103',
          actor: 'caseworker-1',
          payload: { n: 'one' } as never,
        }),
      ),
    ).rejects.toThrow();
    expect(await env.dataSource.query(`SELECT id FROM outbox WHERE aggregate_id = 'household-invalid'`)).toEqual([]);
  });

  it('refuses to record outside a transaction', async () => {
    await expect(
      recorder.record(env.dataSource.manager, {
        contract: env.contract,
        aggregateId: 'household-no-tx',
        municipality: '1103',
        actor: 'caseworker-1',
        payload: { n: 1, note: 'x' },
      }),
    ).rejects.toThrow(/open transaction/);
  });

  it('publishes a committed event exactly once when the relay crashes between publish and mark-sent', async () => {
    const before = await streamMessages();
    const event = await record('household-crash', 1, 'corr-crash');

    const crashing = new CrashAfterPublishRelay(env.dataSource, env.nats, { service: env.service }, silentLogger);
    await expect(crashing.runOnce()).rejects.toThrow('crashed between publish and mark-sent');
    expect(await streamMessages()).toBe(before + 1);
    const [row] = await env.dataSource.query(`SELECT status FROM outbox WHERE id = $1`, [event.id]);
    expect(row.status).toBe('pending');

    const sut = newRelay(); // the restarted process
    expect(await sut.runOnce()).toBe(1);
    const [after] = await env.dataSource.query(`SELECT status FROM outbox WHERE id = $1`, [event.id]);
    expect(after.status).toBe('sent');
    expect(await streamMessages()).toBe(before + 1);

    const stored = await (
      await env.nats.jetstreamManager()
    ).streams.getMessage(env.stream, {
      last_by_subj: env.contract.subject,
    });
    expect(stored.json<{ id: string }>().id).toBe(event.id);
    expect(stored.header.get('Nats-Msg-Id')).toBe(event.id);
    expect(stored.header.get('x-correlation-id')).toBe('corr-crash');
  });

  it('wakes on commit through LISTEN/NOTIFY, without waiting for the poll', async () => {
    const sut = newRelay({ pollIntervalMs: 60_000 });
    sut.start();
    await new Promise((resolve) => setTimeout(resolve, 300)); // listener connected, first round done
    const event = await record('household-notify', 1);
    await eventually(async () => {
      const [row] = await env.dataSource.query(`SELECT status FROM outbox WHERE id = $1`, [event.id]);
      return row.status === 'sent';
    }, 5_000);
  });

  it('keeps per-aggregate order with two relays running at once', async () => {
    const before = await streamMessages();
    const aggregates = Array.from({ length: 8 }, (_, i) => `household-order-${i}`);
    const perAggregate = 25;
    const otherNats = await env.newNats();
    const otherDataSource = await env.newDataSource();
    const tuning = {
      service: env.service,
      eventsPerAggregate: 3,
      concurrency: 3,
      pollIntervalMs: 50,
    };
    const first = new CountingRelay(env.dataSource, env.nats, tuning, silentLogger);
    const second = new CountingRelay(otherDataSource, otherNats, tuning, silentLogger);
    relays.push(first, second);
    first.start();
    second.start();

    // Writers commit while both relays run, interleaving aggregates.
    await Promise.all(
      aggregates.map(async (aggregateId) => {
        for (let n = 0; n < perAggregate; n++) await record(aggregateId, n);
      }),
    );
    await eventually(async () => (await pending()) === 0, 20_000);
    expect(await streamMessages()).toBe(before + aggregates.length * perAggregate);
    expect(first.published).toBeGreaterThan(0);
    expect(second.published).toBeGreaterThan(0);

    const published = await env.dataSource.query(
      `SELECT aggregate_id, (envelope->'payload'->>'n')::int AS n, stream_seq::int AS seq
         FROM outbox WHERE aggregate_id LIKE 'household-order-%' ORDER BY stream_seq`,
    );
    const seen = new Map<string, number[]>();
    for (const row of published) seen.set(row.aggregate_id, [...(seen.get(row.aggregate_id) ?? []), row.n]);
    for (const aggregateId of aggregates) {
      expect(seen.get(aggregateId)).toEqual(Array.from({ length: perAggregate }, (_, n) => n));
    }
    // Cross-check against what JetStream actually stored, in stream order.
    const jsm = await env.nats.jetstreamManager();
    const fromStream = new Map<string, number[]>();
    for (const row of published) {
      const message = await jsm.streams.getMessage(env.stream, { seq: row.seq });
      const event = message.json<{ aggregateId: string; payload: { n: number } }>();
      fromStream.set(event.aggregateId, [...(fromStream.get(event.aggregateId) ?? []), event.payload.n]);
    }
    expect(fromStream).toEqual(seen);
  });

  it('retries a failed event after its backoff and lets nothing of its aggregate overtake it', async () => {
    const first = await record('household-flaky', 1);
    const second = await record('household-flaky', 2);
    const other = await record('household-steady', 1);
    const sut = new FlakyRelay(
      new Set([first.id]),
      env.dataSource,
      env.nats,
      { service: env.service, concurrency: 1, backoff: { initialMs: 300, maxMs: 300, factor: 1, jitter: 0 } },
      silentLogger,
    );
    relays.push(sut);
    const status = async (id: string) =>
      (await env.dataSource.query(`SELECT status, attempts, next_attempt_at > now() AS waiting FROM outbox WHERE id = $1`, [id]))[0];

    // The failure stops the round: with concurrency 1 no later aggregate starts either.
    await sut.runOnce();
    expect(await status(first.id)).toEqual({ status: 'pending', attempts: 1, waiting: true });
    expect((await status(second.id)).status).toBe('pending');

    // While the first event waits for its retry, its aggregate is skipped; others are not.
    await sut.runOnce();
    expect((await status(other.id)).status).toBe('sent');
    expect((await status(second.id)).status).toBe('pending');

    await eventually(async () => {
      await sut.runOnce();
      return (await status(second.id)).status === 'sent';
    }, 5_000);
    const [a, b] = await env.dataSource.query(`SELECT stream_seq::int AS seq FROM outbox WHERE id = ANY($1) ORDER BY aggregate_seq`, [
      [first.id, second.id],
    ]);
    expect(a.seq).toBeLessThan(b.seq);
  });
});
