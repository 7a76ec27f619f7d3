import { headers as natsHeaders, type JetStreamClient, type NatsConnection, type PubAck } from 'nats';
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
  /** Aggregates claimed per round (one transaction holds their advisory locks). */
  aggregatesPerRound: number;
  /** Aggregates whose publishes are in flight at the same time on the one connection. */
  concurrency: number;
  /** Events of one aggregate published per round. */
  eventsPerAggregate: number;
  publishTimeoutMs: number;
  backoff: BackoffPolicy;
  /** Sent rows older than this are deleted; 0 keeps them. */
  retentionMs: number;
}

export const defaultRelayOptions: Omit<OutboxRelayOptions, 'service'> = {
  pollIntervalMs: 1_000,
  aggregatesPerRound: 256,
  concurrency: 256,
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

/** A row JetStream acknowledged in this round. */
export interface PublishedRow {
  row: OutboxRow;
  ack: PubAck;
}

interface FailedRow {
  row: OutboxRow;
  delayMs: number;
  error: string;
}

const NOTIFY_CHANNEL = 'outbox_pending';
// First key of the two-key advisory lock, so our locks never collide with other users'.
const ADVISORY_LOCK_NAMESPACE = 0x0a7b0c;
const MAINTENANCE_INTERVAL_MS = 1_000;
const PRUNE_INTERVAL_MS = 60_000;
// Oldest due rows looked at per claimed aggregate when choosing a round's aggregates: an
// index range scan instead of grouping every pending row (a bulk import leaves 100k).
const SCAN_ROWS_PER_AGGREGATE = 8;

/**
 * A round's aggregates: $1 at most, from the $2 oldest due rows, locked under namespace $3.
 *
 * Only this scan states `attempts >= 0` (true of every row): it is the predicate of
 * `outbox_claim_age_idx`, so no per-aggregate lookup can walk that index (see its migration).
 * The check that an aggregate's pending rows are all due is a scalar subquery, run once per
 * candidate through `outbox_pending_idx`: as NOT EXISTS, Postgres made it an anti-join that
 * scanned every pending row for each candidate whenever its statistics said none was pending.
 */
export const CLAIM_AGGREGATES_SQL = `
  WITH oldest AS MATERIALIZED (
    SELECT aggregate_id, min(created_at) AS first_at
      FROM (SELECT aggregate_id, created_at FROM outbox
             WHERE status = 'pending' AND attempts >= 0 AND next_attempt_at <= now()
             ORDER BY created_at LIMIT $2) due
     GROUP BY aggregate_id
  ), candidates AS MATERIALIZED (
    SELECT aggregate_id, first_at FROM oldest o
     WHERE (SELECT max(w.next_attempt_at) FROM outbox w
             WHERE w.aggregate_id = o.aggregate_id AND w.status = 'pending') <= now()
     ORDER BY first_at LIMIT $1
  )
  SELECT aggregate_id FROM candidates
   WHERE pg_try_advisory_xact_lock($3, hashtext(aggregate_id))
   ORDER BY first_at`;

/** The pending rows of the aggregates $1 (in their order), at most $2 each, oldest first. */
export const PENDING_ROWS_SQL = `
  SELECT o.id, o.subject, o.aggregate_id, o.envelope, o.correlation_id, o.attempts,
         o.next_attempt_at <= now() AS due
    FROM unnest($1::text[]) WITH ORDINALITY AS a(aggregate_id, rank)
    CROSS JOIN LATERAL (
      SELECT * FROM outbox
       WHERE aggregate_id = a.aggregate_id AND status = 'pending'
       ORDER BY aggregate_seq LIMIT $2) o
   ORDER BY a.rank, o.aggregate_seq`;

/**
 * Publishes committed outbox rows to JetStream. A round claims up to `aggregatesPerRound`
 * aggregates (oldest pending event first) by taking their advisory locks in one
 * transaction, so several replicas never interleave one aggregate. Within an aggregate the
 * events go out one at a time in aggregate_seq order, each after the previous PubAck;
 * different aggregates are in flight together on the one connection (pipelined). The
 * round marks every acknowledged row sent in one UPDATE and commits. A crash before that
 * commit leaves the rows pending; the re-publish carries the same Nats-Msg-Id, so
 * JetStream drops it within the duplicate window (and consumers' inbox drops it after that).
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

  /** Publishes one round of what is due now; returns how many events were acknowledged. */
  async runOnce(): Promise<number> {
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.connect();
    try {
      await queryRunner.startTransaction();
      const aggregates = await this.claimAggregates(queryRunner);
      const published: PublishedRow[] = [];
      const failed: FailedRow[] = [];
      if (aggregates.length > 0) {
        const rows = await this.pendingRows(queryRunner, aggregates);
        await this.publishAll(rows, published, failed);
        await this.recordFailures(queryRunner, failed);
        if (published.length > 0) await this.markSent(queryRunner, published);
      }
      await queryRunner.commitTransaction();
      this.countPublished(published);
      return published.length;
    } catch (error) {
      if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await queryRunner.release();
    }
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

  /**
   * Aggregates with a due event, oldest first, whose advisory lock this transaction got.
   * An aggregate whose first pending event waits for a retry is skipped as a whole:
   * nothing of it may overtake that event.
   */
  private async claimAggregates(queryRunner: QueryRunner): Promise<string[]> {
    const claimed: { aggregate_id: string }[] = await queryRunner.query(CLAIM_AGGREGATES_SQL, [
      this.options.aggregatesPerRound,
      this.options.aggregatesPerRound * SCAN_ROWS_PER_AGGREGATE,
      ADVISORY_LOCK_NAMESPACE,
    ]);
    return claimed.map((c) => c.aggregate_id);
  }

  /** Read in a statement after the locks were taken: a previous holder's marks are visible. */
  private async pendingRows(queryRunner: QueryRunner, aggregates: string[]): Promise<OutboxRow[][]> {
    const rows: (OutboxRow & { rank: number })[] = await queryRunner.query(PENDING_ROWS_SQL, [aggregates, this.options.eventsPerAggregate]);
    const byAggregate = new Map<string, OutboxRow[]>();
    for (const row of rows) {
      const list = byAggregate.get(row.aggregate_id) ?? [];
      list.push(row);
      byAggregate.set(row.aggregate_id, list);
    }
    return [...byAggregate.values()];
  }

  /**
   * Each aggregate's events in order, `concurrency` aggregates at a time. After a failed
   * publish (NATS down, most likely) no further event starts: each would wait out its own
   * timeout. The failed row gets a backoff; later rows of its aggregate stay behind it.
   */
  private async publishAll(aggregates: OutboxRow[][], published: PublishedRow[], failed: FailedRow[]): Promise<void> {
    const queue = [...aggregates];
    const worker = async () => {
      for (let rows = queue.shift(); rows && failed.length === 0; rows = queue.shift()) {
        for (const row of rows) {
          if (!row.due || failed.length > 0) break;
          try {
            published.push({ row, ack: await this.publish(row) });
          } catch (error) {
            failed.push(this.failure(row, error));
            break;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency, queue.length) }, worker));
  }

  private failure(row: OutboxRow, error: unknown): FailedRow {
    const delayMs = backoffDelay(row.attempts + 1, this.options.backoff);
    messagingMetrics.publishFailures().inc({ service: this.options.service, subject: row.subject });
    this.logger.warn(
      `Publishing ${row.subject} ${row.id} failed (attempt ${row.attempts + 1}, retry in ${delayMs} ms): ${errorMessage(error)}`,
    );
    return { row, delayMs, error: errorMessage(error).slice(0, 1000) };
  }

  private async recordFailures(queryRunner: QueryRunner, failed: FailedRow[]): Promise<void> {
    if (failed.length === 0) return;
    await queryRunner.query(
      `UPDATE outbox o
          SET attempts = o.attempts + 1,
              next_attempt_at = now() + f.delay_ms * interval '1 millisecond',
              last_error = f.error
         FROM unnest($1::uuid[], $2::int[], $3::text[]) AS f(id, delay_ms, error)
        WHERE o.id = f.id`,
      [failed.map((f) => f.row.id), failed.map((f) => f.delayMs), failed.map((f) => f.error)],
    );
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
  protected async markSent(queryRunner: QueryRunner, published: PublishedRow[]): Promise<void> {
    await queryRunner.query(
      `UPDATE outbox o SET status = 'sent', sent_at = now(), stream_seq = p.seq, last_error = NULL
         FROM unnest($1::uuid[], $2::bigint[]) AS p(id, seq)
        WHERE o.id = p.id`,
      [published.map((p) => p.row.id), published.map((p) => p.ack.seq)],
    );
  }

  private countPublished(published: PublishedRow[]): void {
    for (const { row, ack } of published) {
      messagingMetrics.published().inc({
        service: this.options.service,
        subject: row.subject,
        duplicate: String(ack.duplicate),
      });
    }
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
      await this.dataSource.query(`DELETE FROM outbox WHERE status = 'sent' AND sent_at < now() - $1 * interval '1 millisecond'`, [
        this.options.retentionMs,
      ]);
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
    const pool = (this.dataSource.driver as unknown as { master?: { options: ClientConfig } }).master;
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
