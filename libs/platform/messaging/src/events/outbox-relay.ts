import {
  headers as natsHeaders,
  type JetStreamClient,
  type NatsConnection,
  type PubAck,
} from 'nats';
import { Client, type ClientConfig } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import { headers } from '@ankomst/contracts';
import { backoffDelay, defaultBackoff, type BackoffPolicy } from './backoff';
import { defaultLogger, errorMessage, sleep, type MessagingLogger } from './logger';
import { messagingMetrics } from './metrics';

export interface OutboxRelayOptions {
  /** Service key, used as metric label. */
  service: string;
  /** Safety-net poll when no NOTIFY arrives (missed while disconnected, backoff due). */
  pollIntervalMs: number;
  /** Aggregates looked at per round; each is published in order on its own connection. */
  aggregatesPerRound: number;
  /** Aggregates published at the same time (each holds a pool connection meanwhile). */
  concurrency: number;
  /** Events of one aggregate published per claim. */
  eventsPerAggregate: number;
  publishTimeoutMs: number;
  backoff: BackoffPolicy;
  /** Sent rows older than this are deleted; 0 keeps them. */
  retentionMs: number;
}

export const defaultRelayOptions: Omit<OutboxRelayOptions, 'service'> = {
  pollIntervalMs: 1_000,
  aggregatesPerRound: 32,
  concurrency: 4,
  eventsPerAggregate: 50,
  publishTimeoutMs: 5_000,
  backoff: { ...defaultBackoff, initialMs: 500 },
  retentionMs: 7 * 24 * 3600_000,
};

export interface OutboxRow {
  id: string;
  subject: string;
  aggregate_id: string;
  envelope: unknown;
  correlation_id: string;
  attempts: number;
  due: boolean;
}

const NOTIFY_CHANNEL = 'outbox_pending';
// First key of the two-key advisory lock, so our locks never collide with other users'.
const ADVISORY_LOCK_NAMESPACE = 0x0a7b0c;
const MAINTENANCE_INTERVAL_MS = 1_000;
const PRUNE_INTERVAL_MS = 60_000;

/**
 * Publishes committed outbox rows to JetStream: one event at a time per aggregate, in
 * aggregate_seq order, marked sent only after the PubAck. Several replicas may run: an
 * aggregate is worked on by whoever holds its advisory lock. A crash between publish and
 * mark leaves the row pending; the re-publish carries the same Nats-Msg-Id, so JetStream
 * drops it within the duplicate window (and consumers' inbox drops it after that).
 */
export class OutboxRelay {
  private readonly options: OutboxRelayOptions;
  private readonly js: JetStreamClient;
  private running = false;
  private loop: Promise<void> | undefined;
  private listener: Client | undefined;
  private wakeRequested = false;
  private wake: (() => void) | undefined;
  private lastMaintenance = 0;
  private lastPrune = 0;

  constructor(
    private readonly dataSource: DataSource,
    nats: NatsConnection,
    options: Partial<OutboxRelayOptions> & Pick<OutboxRelayOptions, 'service'>,
    private readonly logger: MessagingLogger = defaultLogger('OutboxRelay'),
  ) {
    this.options = { ...defaultRelayOptions, ...options };
    this.js = nats.jetstream({ timeout: this.options.publishTimeoutMs });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.requestWake();
    await this.loop;
    this.loop = undefined;
    await this.closeListener();
  }

  /** Publishes everything due now; returns how many events were acknowledged. */
  async runOnce(): Promise<number> {
    const candidates: { aggregate_id: string }[] = await this.dataSource.query(
      `SELECT aggregate_id FROM outbox
        WHERE status = 'pending'
        GROUP BY aggregate_id
       HAVING max(next_attempt_at) <= now()
        ORDER BY min(created_at)
        LIMIT $1`,
      [this.options.aggregatesPerRound],
    );
    const queue = candidates.map((c) => c.aggregate_id);
    // After one failed publish (NATS down, most likely) start no further aggregates: each
    // would wait out its own publish timeout. The failed row carries its backoff.
    const round = { failed: false };
    let published = 0;
    const worker = async () => {
      while (!round.failed) {
        const aggregateId = queue.shift();
        if (aggregateId === undefined) return;
        published += await this.publishAggregate(aggregateId, round);
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency }, worker));
    return published;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      await this.ensureListener();
      this.wakeRequested = false;
      let published = 0;
      try {
        published = await this.runOnce();
        await this.maintain();
        failures = 0;
      } catch (error) {
        failures++;
        this.logger.warn(`Outbox relay round failed: ${errorMessage(error)}`);
        await sleep(backoffDelay(failures, this.options.backoff));
        continue;
      }
      // Something was published: more may be queued behind it, so go again at once.
      if (published === 0) await this.waitForWake(this.options.pollIntervalMs);
    }
  }

  private async publishAggregate(aggregateId: string, round: { failed: boolean }): Promise<number> {
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.connect();
    let published = 0;
    try {
      await queryRunner.startTransaction();
      const [{ locked }] = await queryRunner.query(
        `SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked`,
        [ADVISORY_LOCK_NAMESPACE, aggregateId],
      );
      if (locked) {
        // Read after taking the lock: a previous holder's marks are committed by now.
        const rows: OutboxRow[] = await queryRunner.query(
          `SELECT id, subject, aggregate_id, envelope, correlation_id, attempts,
                  next_attempt_at <= now() AS due
             FROM outbox
            WHERE aggregate_id = $1 AND status = 'pending'
            ORDER BY aggregate_seq
            LIMIT $2`,
          [aggregateId, this.options.eventsPerAggregate],
        );
        for (const row of rows) {
          if (!row.due) break;
          const ack = await this.tryPublish(queryRunner, row);
          if (!ack) {
            round.failed = true;
            break; // keep order: nothing after a failed event goes out first
          }
          await this.markSent(queryRunner, row, ack);
          published++;
        }
      }
      await queryRunner.commitTransaction();
      return published;
    } catch (error) {
      if (queryRunner.isTransactionActive)
        await queryRunner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await queryRunner.release();
    }
  }

  private async tryPublish(queryRunner: QueryRunner, row: OutboxRow): Promise<PubAck | undefined> {
    try {
      return await this.publish(row);
    } catch (error) {
      const delay = backoffDelay(row.attempts + 1, this.options.backoff);
      messagingMetrics
        .publishFailures()
        .inc({ service: this.options.service, subject: row.subject });
      this.logger.warn(
        `Publishing ${row.subject} ${row.id} failed (attempt ${row.attempts + 1}, retry in ${delay} ms): ${errorMessage(error)}`,
      );
      await queryRunner.query(
        `UPDATE outbox
            SET attempts = attempts + 1,
                next_attempt_at = now() + $2 * interval '1 millisecond',
                last_error = $3
          WHERE id = $1`,
        [row.id, delay, errorMessage(error).slice(0, 1000)],
      );
      return undefined;
    }
  }

  protected async publish(row: OutboxRow): Promise<PubAck> {
    const messageHeaders = natsHeaders();
    messageHeaders.set(headers.correlationId, row.correlation_id);
    return this.js.publish(row.subject, JSON.stringify(row.envelope), {
      msgID: row.id,
      headers: messageHeaders,
    });
  }

  /** Protected so tests can simulate a crash between publish and mark. */
  protected async markSent(queryRunner: QueryRunner, row: OutboxRow, ack: PubAck): Promise<void> {
    await queryRunner.query(
      `UPDATE outbox SET status = 'sent', sent_at = now(), stream_seq = $2, last_error = NULL WHERE id = $1`,
      [row.id, ack.seq],
    );
    messagingMetrics.published().inc({
      service: this.options.service,
      subject: row.subject,
      duplicate: String(ack.duplicate),
    });
  }

  private async maintain(): Promise<void> {
    const now = Date.now();
    if (now - this.lastMaintenance < MAINTENANCE_INTERVAL_MS) return;
    this.lastMaintenance = now;
    const [lag] = await this.dataSource.query(
      `SELECT count(*)::int AS pending,
              COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS lag
         FROM outbox WHERE status = 'pending'`,
    );
    messagingMetrics.outboxLag().set({ service: this.options.service }, lag.lag);
    messagingMetrics.outboxPending().set({ service: this.options.service }, lag.pending);
    if (this.options.retentionMs > 0 && now - this.lastPrune >= PRUNE_INTERVAL_MS) {
      this.lastPrune = now;
      await this.dataSource.query(
        `DELETE FROM outbox WHERE status = 'sent' AND sent_at < now() - $1 * interval '1 millisecond'`,
        [this.options.retentionMs],
      );
    }
  }

  private requestWake(): void {
    this.wakeRequested = true;
    this.wake?.();
  }

  private waitForWake(ms: number): Promise<void> {
    if (this.wakeRequested || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  /** LISTEN on a connection of its own; if it breaks, polling covers until it is back. */
  private async ensureListener(): Promise<void> {
    if (this.listener || !this.running) return;
    const pool = (this.dataSource.driver as unknown as { master?: { options: ClientConfig } })
      .master;
    if (!pool) return;
    const client = new Client(pool.options);
    client.on('notification', () => this.requestWake());
    client.on('error', (error) => {
      this.logger.warn(`Outbox listener lost: ${errorMessage(error)}`);
      if (this.listener === client) this.listener = undefined;
      void client.end().catch(() => undefined);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      this.listener = client;
    } catch (error) {
      this.logger.warn(`Outbox listener not connected, polling only: ${errorMessage(error)}`);
      await client.end().catch(() => undefined);
    }
  }

  private async closeListener(): Promise<void> {
    const client = this.listener;
    this.listener = undefined;
    await client?.end().catch(() => undefined);
  }
}
