import { randomUUID } from 'node:crypto';
import { headers as natsHeaders } from 'nats';
import type { EventEnvelope } from '@ankomst/contracts';
import type { ConsumerOptions, EventContext } from './event-consumer';
import { EventConsumers } from './event-consumers';
import { EventRecorder } from './event-recorder';
import { listDeadLetters } from './dead-letters';
import { deadLetterSubject, durableName } from './naming';
import { OutboxRelay } from './outbox-relay';
import { createTestEnv, eventually, silentLogger, testContract, type MessagingTestEnv } from './testing/messaging-test-env';

type Payload = { n: number; note: string };

describe('EventConsumer (Postgres + JetStream)', () => {
  let env: MessagingTestEnv;
  const running: EventConsumers[] = [];
  const fast: Partial<ConsumerOptions> = {
    ackWaitMs: 1_000,
    backoff: { initialMs: 20, maxMs: 200, factor: 2, jitter: 0 },
  };

  // Each test gets its own durable, so it only sees the events it published.
  const newConsumers = (nats = env.nats, dataSource = env.dataSource) => {
    const consumers = new EventConsumers(dataSource, nats, { service: env.service, defaults: fast }, silentLogger);
    running.push(consumers);
    return consumers;
  };
  const envelope = (payload: unknown, id = randomUUID()) => ({
    id,
    subject: env.contract.subject,
    aggregateId: 'household-1',
    municipality: '3301',
    occurredAt: new Date().toISOString(),
    actor: 'caseworker-1',
    correlationId: `corr-${id}`,
    payload,
  });
  const publish = async (body: unknown, id: string) => {
    const h = natsHeaders();
    h.set('x-correlation-id', `header-corr-${id}`);
    await env.nats.jetstream().publish(env.contract.subject, JSON.stringify(body), { msgID: id, headers: h });
  };
  const applied = async (tag: string) =>
    (await env.dataSource.query(`SELECT event_id FROM applied WHERE tag = $1`, [tag])) as {
      event_id: string;
    }[];
  const applyInto =
    (tag: string) =>
    async (event: EventEnvelope<Payload>, { manager }: EventContext) => {
      await manager.query(`INSERT INTO applied (tag, event_id, n) VALUES ($1, $2, $3)`, [tag, event.id, event.payload.n]);
    };

  beforeAll(async () => {
    env = await createTestEnv('consumer');
    await env.dataSource.query(`CREATE TABLE applied (tag text, event_id uuid, n int)`);
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((consumers) => consumers.stop()));
  });

  afterAll(async () => {
    await env?.close();
  });

  it('carries an event from the outbox to a handler, with its correlation id', async () => {
    const recorder = new EventRecorder({ produces: [env.contract] });
    const relay = new OutboxRelay(env.dataSource, env.nats, { service: env.service }, silentLogger);
    const seen: { event: EventEnvelope<Payload>; correlationId: string }[] = [];
    const sut = newConsumers();
    sut.register(
      env.contract,
      (event, context) => {
        seen.push({ event, correlationId: context.correlationId });
      },
      { durable: 'end-to-end', deliverPolicy: 'new' },
    );
    sut.start();
    await sut.ready();

    const recorded = await env.dataSource.transaction((manager) =>
      recorder.record(manager, {
        contract: env.contract,
        aggregateId: 'household-e2e',
        municipality: '3301',
        actor: { userId: 'caseworker-7' },
        correlationId: 'corr-from-gateway',
        payload: { n: 7, note: 'settled' },
      }),
    );
    relay.start();
    try {
      await eventually(() => seen.length === 1);
    } finally {
      await relay.stop();
    }
    expect(seen[0].event).toEqual(recorded);
    expect(seen[0].correlationId).toBe('corr-from-gateway');
    expect(seen[0].event.actor).toBe('caseworker-7');
  });

  it('applies an event once when the handler fails mid-way and the event is redelivered', async () => {
    const id = randomUUID();
    let calls = 0;
    const sut = newConsumers();
    sut.register(
      env.contract,
      async (event, context) => {
        calls++;
        await applyInto('retry')(event, context); // written, then rolled back on the first call
        if (calls === 1) throw new Error('database hiccup');
      },
      { durable: 'retry', deliverPolicy: 'new' },
    );
    sut.start();
    await sut.ready();
    await publish(envelope({ n: 1, note: 'retry' }, id), id);

    await eventually(async () => (await applied('retry')).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await applied('retry')).toEqual([{ event_id: id }]);
    expect(calls).toBe(2);
  });

  it('sees the event again after the consumer process died mid-handler, and applies it once', async () => {
    const id = randomUUID();
    const dyingNats = await env.newNats();
    const dying = newConsumers(dyingNats);
    let dyingCalls = 0;
    dying.register(
      env.contract,
      async (event, context) => {
        dyingCalls++;
        await applyInto('crash')(event, context);
        // The process dies: its connection goes, nothing is acked, the transaction aborts.
        await dyingNats.close();
        throw new Error('SIGKILL');
      },
      { durable: 'crash', deliverPolicy: 'new' },
    );
    dying.start();
    await dying.ready();
    await publish(envelope({ n: 2, note: 'crash' }, id), id);
    await eventually(() => dyingCalls === 1);
    await dying.stop();

    const restarted = newConsumers(await env.newNats());
    let calls = 0;
    restarted.register(
      env.contract,
      async (event, context) => {
        calls++;
        await applyInto('crash')(event, context);
      },
      { durable: 'crash', deliverPolicy: 'new' },
    );
    restarted.start();

    await eventually(async () => (await applied('crash')).length === 1, 10_000);
    expect(calls).toBe(1);
    expect(await applied('crash')).toEqual([{ event_id: id }]);
  });

  it('skips an event that was applied but not acknowledged before a crash', async () => {
    const id = randomUUID();
    const dyingNats = await env.newNats();
    const dying = newConsumers(dyingNats);
    dying.register(
      env.contract,
      async (event, context) => {
        await applyInto('committed')(event, context);
        await dyingNats.close(); // the commit succeeds, the ack never leaves
      },
      { durable: 'committed', deliverPolicy: 'new' },
    );
    dying.start();
    await dying.ready();
    await publish(envelope({ n: 3, note: 'committed' }, id), id);
    await eventually(async () => (await applied('committed')).length === 1);
    await dying.stop();

    const restarted = newConsumers(await env.newNats());
    let calls = 0;
    restarted.register(
      env.contract,
      () => {
        calls++;
      },
      { durable: 'committed', deliverPolicy: 'new' },
    );
    restarted.start();

    const durable = 'committed';
    await eventually(async () => {
      const jsm = await env.nats.jetstreamManager();
      const info = await jsm.consumers.info(env.stream, durable);
      return info.num_ack_pending === 0 && info.num_pending === 0 && info.delivered.consumer_seq >= 2;
    }, 10_000);
    expect(calls).toBe(0);
    expect(await applied('committed')).toHaveLength(1);
  });

  it('dead-letters an invalid payload at once, without calling the handler', async () => {
    const id = randomUUID();
    let calls = 0;
    const sut = newConsumers();
    sut.register(
      env.contract,
      () => {
        calls++;
      },
      { durable: 'invalid', deliverPolicy: 'new' },
    );
    sut.start();
    await sut.ready();
    await publish(envelope({ n: 'not a number', note: 'bad' }, id), id);

    await eventually(async () => (await listDeadLetters(env.dataSource, { consumer: 'invalid' })).length === 1);
    const [letter] = await listDeadLetters(env.dataSource, { consumer: 'invalid' });
    expect(letter).toMatchObject({
      consumer: 'invalid',
      stream: env.stream,
      subject: env.contract.subject,
      eventId: id,
      deliveries: 1,
    });
    expect(letter.reason).toMatch(/^invalid payload: n/);
    expect(JSON.parse(letter.data).id).toBe(id);
    expect(calls).toBe(0);

    const announced = await (
      await env.nats.jetstreamManager()
    ).streams.getMessage(env.stream, {
      last_by_subj: deadLetterSubject(env.service),
    });
    expect(announced.json<{ eventId: string }>().eventId).toBe(id);
  });

  it('dead-letters an event whose handler keeps failing, after maxDeliveries', async () => {
    const id = randomUUID();
    let calls = 0;
    const sut = newConsumers();
    sut.register(
      env.contract,
      () => {
        calls++;
        throw new Error('always broken');
      },
      { durable: 'poison', deliverPolicy: 'new', maxDeliveries: 3 },
    );
    sut.start();
    await sut.ready();
    await publish(envelope({ n: 4, note: 'poison' }, id), id);

    await eventually(async () => (await listDeadLetters(env.dataSource, { consumer: 'poison' })).length === 1);
    const [letter] = await listDeadLetters(env.dataSource, { consumer: 'poison' });
    expect(letter).toMatchObject({
      eventId: id,
      deliveries: 3,
      correlationId: `header-corr-${id}`,
    });
    expect(letter.reason).toBe('handler failed 3 times: always broken');
    expect(calls).toBe(3);
  });

  it('applies a backlog in batches, in stream order, and keeps the rest of a batch when one event fails', async () => {
    const ids = Array.from({ length: 40 }, () => randomUUID());
    const failingId = ids[17];
    const transactions = new Map<string, number[]>();
    const announced = new Map<string, number[]>();
    let failed = false;
    const sut = newConsumers();
    sut.register(
      env.contract,
      async (event: EventEnvelope<Payload>, context) => {
        // The first event is slow, so the others queue up behind it.
        if (event.payload.n === 0) await new Promise((resolve) => setTimeout(resolve, 300));
        const [{ txid }] = await context.manager.query(`SELECT txid_current()::text AS txid`);
        await applyInto('batch')(event, context);
        if (event.id === failingId && !failed) {
          failed = true;
          throw new Error('constraint broken once');
        }
        transactions.set(txid, [...(transactions.get(txid) ?? []), event.payload.n]);
      },
      {
        durable: 'batch',
        deliverPolicy: 'new',
        batchSize: 16,
        beforeApply: async (events, manager) => {
          const [{ txid }] = await manager.query(`SELECT txid_current()::text AS txid`);
          announced.set(
            txid,
            events.map((event) => (event.payload as Payload).n),
          );
        },
      },
    );
    sut.start();
    await sut.ready();
    for (const [n, id] of ids.entries()) await publish(envelope({ n, note: 'batch' }, id), id);

    await eventually(async () => (await applied('batch')).length === ids.length);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const rows = await applied('batch');
    expect(rows.map((row) => row.event_id).sort()).toEqual([...ids].sort());
    // Committed transactions only: the failed batch's transaction id is gone with it.
    const committed = [...transactions.values()];
    expect(committed.length).toBeLessThan(ids.length / 2);
    expect(Math.max(...committed.map((ns) => ns.length))).toBeGreaterThan(1);
    expect(Math.max(...committed.map((ns) => ns.length))).toBeLessThanOrEqual(16);
    for (const ns of committed) expect(ns).toEqual([...ns].sort((a, b) => a - b));
    // beforeApply saw exactly the events each committed transaction applied, before them.
    for (const [txid, ns] of transactions) expect(announced.get(txid)).toEqual(ns);
  });

  it('waits for a producer stream that does not exist yet', async () => {
    const lateContract = testContract(env.service, 'late-thing');
    const sut = newConsumers();
    const seen: string[] = [];
    sut.register(lateContract, (event) => {
      seen.push(event.id);
    });
    expect(sut.durables).toEqual([durableName(env.service, lateContract.subject)]);
    sut.start();
    const lateStream = `${env.stream}_LATE`;
    const jsm = await env.nats.jetstreamManager();
    await jsm.streams.add({ name: lateStream, subjects: [lateContract.subject] });
    try {
      const id = randomUUID();
      await env.nats.jetstream().publish(
        lateContract.subject,
        JSON.stringify({
          ...envelope({ n: 5, note: 'late' }, id),
          subject: lateContract.subject,
        }),
        { msgID: id },
      );
      await eventually(() => seen.length === 1, 10_000);
      expect(seen).toEqual([id]);
    } finally {
      await sut.stop();
      await jsm.streams.delete(lateStream);
    }
  });
});
