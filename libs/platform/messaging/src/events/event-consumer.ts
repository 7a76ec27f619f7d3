import {
  AckPolicy,
  ConsumerEvents,
  DeliverPolicy,
  nanos,
  type ConsumerConfig,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  type NatsConnection,
} from 'nats';
import type { DataSource, EntityManager } from 'typeorm';
import { headers, type EventContract, type EventEnvelope, type EventPayload } from '@ankomst/contracts';
import { backoffDelay, defaultBackoff, type BackoffPolicy } from './backoff';
import { defaultLogger, errorMessage, sleep, type MessagingLogger } from './logger';
import { messagingMetrics } from './metrics';
import { parseEvent } from './parse-event';
import { isApiError } from './streams';

export interface EventContext {
  /** The transaction the inbox row is written in: write the handler's changes with it. */
  manager: EntityManager;
  correlationId: string;
  /** 1 on first delivery. */
  deliveryCount: number;
  /** Durable consumer name (also the inbox's `consumer`). */
  consumer: string;
}

export type EventHandler<C extends EventContract = EventContract> = (
  event: EventEnvelope<EventPayload<C>>,
  context: EventContext,
) => Promise<void> | void;

export interface ConsumerOptions {
  /** Deliveries before a failing event goes to the dead letter table. */
  maxDeliveries: number;
  /** Redelivery after this long without an ack (a crashed or hung handler). */
  ackWaitMs: number;
  /** Unacknowledged messages in flight per durable (1 = strict order, slower). */
  maxAckPending: number;
  /** Messages pulled per request, and the most applied together in one transaction. */
  batchSize: number;
  /** Delay before redelivery after a handler error (by delivery count). */
  backoff: BackoffPolicy;
  /** `all`: a new durable starts from the stream's first retained event. */
  deliverPolicy: 'all' | 'new';
}

export const defaultConsumerOptions: ConsumerOptions = {
  maxDeliveries: 5,
  ackWaitMs: 30_000,
  maxAckPending: 256,
  batchSize: 32,
  backoff: { ...defaultBackoff, initialMs: 1_000 },
  deliverPolicy: 'all',
};

/**
 * Runs first in every transaction that applies deliveries, with the events about to be
 * applied (a batch, or one). For what a whole batch needs once, e.g. taking the locks its
 * handlers will take, all at once and in one order, so two consumers' batches wait for each
 * other instead of deadlocking.
 */
export type BeforeApply<C extends EventContract = EventContract> = (
  events: EventEnvelope<EventPayload<C>>[],
  manager: EntityManager,
) => Promise<void>;

export interface EventConsumerConfig<C extends EventContract> {
  contract: C;
  handler: EventHandler<C>;
  beforeApply?: BeforeApply<C>;
  /** Durable name, see durableName(). */
  durable: string;
  /** Where dead letters are announced (the consuming service's dead-letter subject). */
  deadLetterSubject: string;
  options: ConsumerOptions;
}

const CONSUMER_NOT_FOUND = 10014;

/** Metric label: invalid (contract/envelope), failed (handler threw), unacknowledged. */
type DeadLetterKind = 'invalid' | 'failed' | 'unacknowledged';
const RESTART_DELAY_MS = 1_000;

/** A delivery that parsed and may be applied. */
interface Delivery<C extends EventContract> {
  message: JsMsg;
  event: EventEnvelope<EventPayload<C>>;
  correlationId: string;
}

// Deadlock and serialization failure: another transaction lost nothing by our retrying.
const TRANSIENT_SQLSTATES = new Set(['40P01', '40001']);

/**
 * One durable pull consumer for one subject. Deliveries are applied in a transaction that
 * first inserts (event id, consumer) into `inbox`: a redelivered event finds its row and is
 * acknowledged without running the handler again. Ack happens after commit only.
 *
 * What arrived while the previous transaction ran is applied together, in stream order, in
 * one transaction (up to `batchSize`): under a backlog a commit is paid per batch, not per
 * event. If the batch fails, each of its events is applied alone, so one failing event
 * is retried (or dead-lettered) without holding back the others.
 */
export class EventConsumer<C extends EventContract = EventContract> {
  private running = false;
  private loop: Promise<void> | undefined;
  private messages: ConsumerMessages | undefined;
  private readonly js: JetStreamClient;
  private jsm: JetStreamManager | undefined;
  private stream: string | undefined;
  /** Pulled, not yet settled: kept alive with working() while they wait or are applied. */
  private readonly unsettled = new Set<JsMsg>();
  private readyResolve!: () => void;
  /** Resolves once the durable exists and messages are being pulled. */
  readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));

  constructor(
    private readonly dataSource: DataSource,
    private readonly nats: NatsConnection,
    private readonly config: EventConsumerConfig<C>,
    private readonly logger: MessagingLogger = defaultLogger('EventConsumer'),
  ) {
    this.js = nats.jetstream();
  }

  get durable(): string {
    return this.config.durable;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    // Ends the iteration after the message in hand; awaiting close() itself can hang
    // when the connection is already gone.
    this.messages?.stop();
    await this.loop;
    this.loop = undefined;
  }

  private async run(): Promise<void> {
    const { contract, durable, options } = this.config;
    let lastProblem = '';
    while (this.running) {
      try {
        this.jsm ??= await this.nats.jetstreamManager();
        // The producer declares the stream; it may start after us, so look until found.
        this.stream = await this.jsm.streams.find(contract.subject);
        await this.ensureDurable(this.jsm, this.stream);
        const consumer = await this.js.consumers.get(this.stream, durable);
        const messages = await consumer.consume({ max_messages: options.batchSize });
        this.messages = messages;
        void this.restartWhenGone(messages);
        this.readyResolve();
        lastProblem = '';
        await this.pump(messages);
      } catch (error) {
        // Log a problem once, not every second while e.g. the producer's stream is missing.
        const problem = errorMessage(error);
        if (this.running && problem !== lastProblem) {
          this.logger.warn(`Consumer ${durable} (re)starting: ${problem}`);
        }
        lastProblem = problem;
      }
      if (this.running) await sleep(RESTART_DELAY_MS);
    }
  }

  /** The client keeps waiting for a deleted durable; start over so it is created again. */
  private async restartWhenGone(messages: ConsumerMessages): Promise<void> {
    for await (const status of await messages.status()) {
      if (status.type === ConsumerEvents.ConsumerDeleted || status.type === ConsumerEvents.ConsumerNotFound) {
        this.logger.warn(`Consumer ${this.config.durable}: ${status.type}, recreating`);
        messages.stop();
      }
    }
  }

  private async ensureDurable(jsm: JetStreamManager, stream: string): Promise<void> {
    const { contract, durable, options } = this.config;
    const wanted: Partial<ConsumerConfig> = {
      ack_wait: nanos(options.ackWaitMs),
      max_ack_pending: options.maxAckPending,
      // Dead-lettering is decided here (it needs the reason); the server never gives up.
      max_deliver: -1,
    };
    const existing = await jsm.consumers.info(stream, durable).catch((error: unknown) => {
      if (isApiError(error, CONSUMER_NOT_FOUND)) return undefined;
      throw error;
    });
    if (!existing) {
      await jsm.consumers.add(stream, {
        ...wanted,
        durable_name: durable,
        filter_subject: contract.subject,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: options.deliverPolicy === 'new' ? DeliverPolicy.New : DeliverPolicy.All,
      });
    } else if (existing.config.ack_wait !== wanted.ack_wait || existing.config.max_ack_pending !== wanted.max_ack_pending) {
      await jsm.consumers.update(stream, durable, wanted);
    }
  }

  /**
   * Reads deliveries as they arrive while a worker applies what has queued up meanwhile.
   * Ends when the iterator does (stop, or the durable is gone); queued deliveries are then
   * applied, or handed back when stopping.
   */
  private async pump(messages: ConsumerMessages): Promise<void> {
    const { ackWaitMs, batchSize } = this.config.options;
    const queue = new DeliveryQueue();
    const worker = (async () => {
      for (;;) {
        const batch = await queue.take(batchSize);
        if (!batch) return;
        if (this.running) await this.handleBatch(batch);
        else for (const message of batch) this.release(message, () => message.nak());
      }
    })();
    // A slow batch or a long queue tells JetStream it is still working, so nothing is
    // redelivered meanwhile.
    const heartbeat = setInterval(() => {
      for (const message of this.unsettled) this.settle(() => message.working());
    }, ackWaitMs / 2);
    try {
      // Never `break` out of this loop: the nats iterator then never settles its close().
      for await (const message of messages) {
        if (!this.running) {
          this.settle(() => message.nak()); // pulled but stopping: hand it back now
          continue;
        }
        this.unsettled.add(message);
        queue.push(message);
      }
    } finally {
      queue.close();
      await worker;
      clearInterval(heartbeat);
    }
  }

  /** Applies deliveries in stream order; never throws (each ends in ack, nak or term). */
  async handleBatch(messages: JsMsg[]): Promise<void> {
    const deliveries: Delivery<C>[] = [];
    for (const message of messages) {
      const delivery = await this.prepare(message);
      if (delivery) deliveries.push(delivery);
    }
    if (deliveries.length === 0) return;
    if (deliveries.length === 1) return this.applyOne(deliveries[0]);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.applyTogether(deliveries);
        return;
      } catch (error) {
        if (attempt < 3 && isTransient(error)) continue;
        this.logger.warn(
          `${this.config.durable}: a batch of ${deliveries.length} failed, applying them one by one: ${errorMessage(error)}`,
        );
        break;
      }
    }
    for (const delivery of deliveries) await this.applyOne(delivery);
  }

  /** One delivery; never throws (the outcome is always ack, nak or term). */
  async handle(message: JsMsg): Promise<void> {
    await this.handleBatch([message]);
  }

  /** Parses a delivery; an invalid or exhausted one is dead-lettered here (undefined). */
  private async prepare(message: JsMsg): Promise<Delivery<C> | undefined> {
    const { contract, durable, options } = this.config;
    const deliveryCount = message.info.deliveryCount;
    messagingMetrics.consumerPending().set({ consumer: durable }, message.info.pending);
    if (deliveryCount > 1) messagingMetrics.redeliveries().inc({ consumer: durable });

    const parsed = parseEvent(contract, message.subject, message.data);
    if (!parsed.ok) {
      await this.deadLetter(message, 'invalid', parsed.reason, parsed.eventId, parsed.correlationId);
      return undefined;
    }
    const event = parsed.event;
    const correlationId = message.headers?.get(headers.correlationId) || event.correlationId;
    if (deliveryCount > options.maxDeliveries) {
      // Earlier deliveries crashed or timed out without reaching the error path below.
      const reason = `not acknowledged after ${options.maxDeliveries} deliveries`;
      await this.deadLetter(message, 'unacknowledged', reason, event.id, correlationId);
      return undefined;
    }
    return { message, event, correlationId };
  }

  /** All in one transaction; throws (nothing settled) if any of them fails. */
  private async applyTogether(deliveries: Delivery<C>[]): Promise<void> {
    const { contract, durable } = this.config;
    let applied = 0;
    await this.dataSource.transaction(async (manager) => {
      const inserted: { event_id: string }[] = await manager.query(
        `INSERT INTO inbox (event_id, consumer, subject)
         SELECT id, $2, $3 FROM unnest($1::uuid[]) AS id
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [deliveries.map((d) => d.event.id), durable, contract.subject],
      );
      const fresh = new Set(inserted.map((row) => row.event_id));
      // A delivery that came twice in one batch is applied once.
      const toApply = deliveries.filter(({ event }) => fresh.delete(event.id));
      if (toApply.length > 0)
        await this.config.beforeApply?.(
          toApply.map((d) => d.event),
          manager,
        );
      applied = 0;
      for (const { message, event, correlationId } of toApply) {
        await this.config.handler(event, {
          manager,
          correlationId,
          deliveryCount: message.info.deliveryCount,
          consumer: durable,
        });
        applied++;
      }
    });
    for (const { message } of deliveries) this.release(message, () => message.ack());
    messagingMetrics.handled().inc({ consumer: durable, outcome: 'applied' }, applied);
    if (deliveries.length > applied) {
      messagingMetrics.handled().inc({ consumer: durable, outcome: 'duplicate' }, deliveries.length - applied);
    }
  }

  /** One delivery in its own transaction; never throws. */
  private async applyOne(delivery: Delivery<C>): Promise<void> {
    const { contract, durable, options } = this.config;
    const { message, event, correlationId } = delivery;
    const deliveryCount = message.info.deliveryCount;
    try {
      const applied = await this.dataSource.transaction(async (manager) => {
        const inserted: unknown[] = await manager.query(
          `INSERT INTO inbox (event_id, consumer, subject) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING event_id`,
          [event.id, durable, contract.subject],
        );
        if (inserted.length === 0) return false;
        await this.config.beforeApply?.([event], manager);
        await this.config.handler(event, {
          manager,
          correlationId,
          deliveryCount,
          consumer: durable,
        });
        return true;
      });
      this.release(message, () => message.ack());
      messagingMetrics.handled().inc({ consumer: durable, outcome: applied ? 'applied' : 'duplicate' });
    } catch (error) {
      messagingMetrics.handled().inc({ consumer: durable, outcome: 'failed' });
      if (deliveryCount >= options.maxDeliveries) {
        const reason = `handler failed ${deliveryCount} times: ${errorMessage(error)}`;
        await this.deadLetter(message, 'failed', reason, event.id, correlationId);
        return;
      }
      const delay = backoffDelay(deliveryCount, options.backoff);
      this.logger.warn(
        `${durable}: ${contract.subject} ${event.id} failed (delivery ${deliveryCount}, retry in ${delay} ms, correlation ${correlationId}): ${errorMessage(error)}`,
      );
      this.release(message, () => message.nak(delay));
    }
  }

  /** Settles a delivery and stops its heartbeat. */
  private release(message: JsMsg, action: () => void): void {
    this.unsettled.delete(message);
    this.settle(action);
  }

  /**
   * Ack/nak/term on a closed or reconnecting connection throws; the message is then simply
   * redelivered after ack_wait, and the inbox makes that harmless.
   */
  private settle(action: () => void): void {
    try {
      action();
    } catch (error) {
      this.logger.warn(`${this.config.durable}: could not settle message: ${errorMessage(error)}`);
    }
  }

  private async deadLetter(
    message: JsMsg,
    kind: DeadLetterKind,
    reason: string,
    eventId: string | undefined,
    correlationId: string | undefined,
  ): Promise<void> {
    const { durable, deadLetterSubject, options } = this.config;
    const record = {
      consumer: durable,
      stream: message.info.stream,
      streamSeq: message.seq,
      subject: message.subject,
      eventId: eventId ?? null,
      correlationId: correlationId ?? null,
      deliveries: message.info.deliveryCount,
      reason,
      data: new TextDecoder().decode(message.data),
    };
    try {
      await this.dataSource.query(
        `INSERT INTO dead_letter
           (consumer, stream, stream_seq, subject, event_id, correlation_id, deliveries, reason, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (consumer, stream, stream_seq) DO NOTHING`,
        [
          record.consumer,
          record.stream,
          record.streamSeq,
          record.subject,
          record.eventId,
          record.correlationId,
          record.deliveries,
          record.reason,
          record.data,
        ],
      );
    } catch (error) {
      // Not recorded anywhere yet: let JetStream deliver it again rather than lose it.
      this.logger.error(`${durable}: could not store dead letter: ${errorMessage(error)}`);
      this.release(message, () => message.nak(backoffDelay(message.info.deliveryCount, options.backoff)));
      return;
    }
    this.release(message, () => message.term());
    messagingMetrics.deadLetters().inc({ consumer: durable, reason: kind });
    this.logger.error(
      `${durable}: dead letter ${record.subject} seq ${record.streamSeq} event ${record.eventId ?? '?'} (correlation ${record.correlationId ?? '?'}): ${reason}`,
    );
    try {
      await this.js.publish(deadLetterSubject, JSON.stringify(record), {
        msgID: `dead-letter:${durable}:${record.stream}:${record.streamSeq}`,
      });
    } catch (error) {
      // The table row is the record of truth; the announcement is best effort.
      this.logger.warn(`${durable}: dead letter stored but not announced: ${errorMessage(error)}`);
    }
  }
}

function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && TRANSIENT_SQLSTATES.has(code);
}

/** Deliveries waiting for the worker; take() hands over everything queued, up to a batch. */
class DeliveryQueue {
  private items: JsMsg[] = [];
  private waiting: (() => void) | undefined;
  private closed = false;

  push(message: JsMsg): void {
    this.items.push(message);
    this.waiting?.();
  }

  close(): void {
    this.closed = true;
    this.waiting?.();
  }

  /** Waits for at least one delivery; undefined once closed and empty. */
  async take(max: number): Promise<JsMsg[] | undefined> {
    while (this.items.length === 0) {
      if (this.closed) return undefined;
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.waiting = undefined;
    }
    return this.items.splice(0, max);
  }
}
