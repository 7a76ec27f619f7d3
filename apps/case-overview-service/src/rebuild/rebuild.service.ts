import { services } from '@ankomst/contracts';
import { type RebuildRequest, type RebuildResult } from '@ankomst/contracts/case-overview';
import { defaultStreamName, EVENTS_NATS, parseEvent, ServiceException } from '@ankomst/platform-messaging';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DeliverPolicy, type JsMsg, type NatsConnection } from 'nats';
import { DataSource, type EntityManager } from 'typeorm';
import { applyInSchema, handlersBySubject, PROJECTORS, READ_MODEL_LOCK } from '../read-model/projection-runner';
import type { ProjectionHandler, Projector } from '../read-model/projector';
import { LIVE_SCHEMA, NEXT_SCHEMA, readModelDdl } from '../read-model/read-model.schema';

/** Session lock: one rebuild at a time across every replica. */
const REBUILD_LOCK = 72_640_002;
const BATCH = 256;
const OLD_SCHEMA = 'read_model_old';

interface StreamProgress {
  stream: string;
  events: number;
  firstSeq: number;
  lastSeq: number;
}

/**
 * Rebuilds the read model from scratch: replays every stream that carries a projected
 * subject, in stream order with an ephemeral ordered consumer, into fresh tables
 * (read_model_next), then swaps them in. The swap holds the read-model lock exclusively,
 * so live projections wait; before swapping it replays what reached the streams during
 * the rebuild. Projections are idempotent, so a live event applied again after the swap
 * changes nothing.
 */
@Injectable()
export class RebuildService {
  private readonly logger = new Logger('Rebuild');
  private readonly handlers: Map<string, ProjectionHandler>;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENTS_NATS) private readonly nats: NatsConnection,
    @Inject(PROJECTORS) projectors: readonly Projector[],
  ) {
    this.handlers = handlersBySubject(projectors);
  }

  async rebuild(request: RebuildRequest = { allowIncompleteStreams: false }): Promise<RebuildResult> {
    const started = Date.now();
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [REBUILD_LOCK])) as {
        locked: boolean;
      }[];
      if (!locked) throw new ServiceException('conflict', 'A rebuild of the case read model is already running');
      try {
        await this.refuseIncompleteStreams(request);
        return await this.run(runner.manager, started);
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [REBUILD_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }

  private async run(session: EntityManager, started: number): Promise<RebuildResult> {
    const counts = { applied: 0, skipped: 0 };
    await session.query(`DROP SCHEMA IF EXISTS "${NEXT_SCHEMA}" CASCADE`);
    await session.transaction(async (manager) => {
      for (const statement of readModelDdl(NEXT_SCHEMA)) await manager.query(statement);
    });

    const progress = new Map<string, StreamProgress>();
    for (const stream of await this.streams()) {
      const state = (await (await this.nats.jetstreamManager()).streams.info(stream)).state;
      const entry = { stream, events: 0, firstSeq: state.first_seq, lastSeq: state.last_seq };
      progress.set(stream, entry);
      if (state.messages === 0) continue;
      entry.events += await this.replay(stream, state.first_seq, state.last_seq, (batch) =>
        session.transaction((manager) => this.applyBatch(manager, batch, counts)),
      );
    }

    await session.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [READ_MODEL_LOCK]);
      // Catch up with what was published while replaying (and streams that appeared meanwhile).
      for (const stream of await this.streams()) {
        const state = (await (await this.nats.jetstreamManager()).streams.info(stream)).state;
        const entry = progress.get(stream) ?? { stream, events: 0, firstSeq: state.first_seq, lastSeq: 0 };
        progress.set(stream, entry);
        if (state.messages === 0 || state.last_seq <= entry.lastSeq) continue;
        entry.events += await this.replay(stream, Math.max(entry.lastSeq + 1, state.first_seq), state.last_seq, (batch) =>
          this.applyBatch(manager, batch, counts),
        );
        entry.lastSeq = state.last_seq;
      }
      await manager.query(`ALTER SCHEMA "${LIVE_SCHEMA}" RENAME TO "${OLD_SCHEMA}"`);
      await manager.query(`ALTER SCHEMA "${NEXT_SCHEMA}" RENAME TO "${LIVE_SCHEMA}"`);
      await manager.query(`DROP SCHEMA "${OLD_SCHEMA}" CASCADE`);
    });

    const result = { streams: [...progress.values()], ...counts, durationMs: Date.now() - started };
    this.logger.log(`Read model rebuilt: ${counts.applied} events applied, ${counts.skipped} skipped, ${result.durationMs} ms`);
    return result;
  }

  private async refuseIncompleteStreams(request: RebuildRequest): Promise<void> {
    if (request.allowIncompleteStreams) return;
    const jsm = await this.nats.jetstreamManager();
    for (const stream of await this.streams()) {
      const { first_seq: first } = (await jsm.streams.info(stream)).state;
      if (first > 1) {
        throw new ServiceException(
          'conflict',
          `Stream ${stream} no longer holds its events 1..${first - 1} (retention): a rebuild would lose them. ` +
            'Rebuild anyway with allowIncompleteStreams, or restore the stream first.',
        );
      }
    }
  }

  /** Streams holding a projected subject, the service's own stream last. */
  private async streams(): Promise<string[]> {
    const jsm = await this.nats.jetstreamManager();
    const found = await Promise.all([...this.handlers.keys()].map((subject) => jsm.streams.find(subject).catch(() => undefined)));
    const own = defaultStreamName(services.caseOverview.key);
    const unique = [...new Set(found.filter((s): s is string => !!s))];
    return unique.sort((a, b) => Number(a === own) - Number(b === own) || a.localeCompare(b));
  }

  /** Reads fromSeq..toSeq of one stream in order, handing batches to `apply`. */
  private async replay(stream: string, fromSeq: number, toSeq: number, apply: (batch: JsMsg[]) => Promise<void>): Promise<number> {
    const consumer = await this.nats.jetstream().consumers.get(stream, {
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: fromSeq,
    });
    let read = 0;
    let next = fromSeq;
    while (next <= toSeq) {
      // Ask for no more than remains: a fetch waits until it has max_messages or expires.
      const messages = await consumer.fetch({ max_messages: Math.min(BATCH, toSeq - next + 1), expires: 2_000 });
      const batch: JsMsg[] = [];
      let received = 0;
      for await (const message of messages) {
        received++;
        next = message.seq + 1;
        if (message.seq <= toSeq) batch.push(message);
      }
      if (batch.length) await apply(batch);
      read += batch.length;
      if (received === 0) break;
    }
    return read;
  }

  private async applyBatch(manager: EntityManager, batch: JsMsg[], counts: { applied: number; skipped: number }): Promise<void> {
    for (const message of batch) {
      const handler = this.handlers.get(message.subject);
      const parsed = handler ? parseEvent(handler.contract, message.subject, message.data) : undefined;
      // Dead-letter announcements and invalid events: the live consumers never applied them either.
      if (!handler || !parsed?.ok) {
        counts.skipped++;
        continue;
      }
      await applyInSchema(manager, NEXT_SCHEMA, handler, parsed.event);
      counts.applied++;
    }
  }
}
