import { randomUUID } from 'node:crypto';
import { eventEnvelope, type Actor, type EventContract, type EventEnvelope, type EventPayload } from '@ankomst/contracts';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';

export interface RecordEventInput<C extends EventContract> {
  contract: C;
  aggregateId: string;
  municipality: string;
  /** The acting user's id, or the Actor read from the request headers. */
  actor: string | Pick<Actor, 'userId'>;
  /** Defaults to a new id when the change did not start from a request. */
  correlationId?: string;
  /** Validated (and defaults/transforms applied) by the contract's schema. */
  payload: z.input<C['payload']>;
}

export interface EventRecorderOptions {
  /** Subjects this service may record; the same list defines its stream's subjects. */
  produces: readonly EventContract[];
}

/**
 * Writes domain events to the outbox inside the caller's transaction, so an event
 * exists if and only if the change that caused it committed. Publishing is the relay's job.
 */
export class EventRecorder {
  private readonly subjects: ReadonlySet<string>;

  constructor(options: EventRecorderOptions) {
    this.subjects = new Set(options.produces.map((contract) => contract.subject));
  }

  async record<C extends EventContract>(manager: EntityManager, input: RecordEventInput<C>): Promise<EventEnvelope<EventPayload<C>>> {
    const { contract } = input;
    if (!this.subjects.has(contract.subject)) {
      // Its stream would not capture the subject and the relay would retry forever.
      throw new Error(`Event ${contract.subject} is not in this service's "produces" list`);
    }
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('EventRecorder.record needs the EntityManager of an open transaction');
    }
    const payload = contract.payload.parse(input.payload) as EventPayload<C>;
    const envelope = eventEnvelope.parse({
      id: randomUUID(),
      subject: contract.subject,
      aggregateId: input.aggregateId,
      municipality: input.municipality,
      occurredAt: new Date().toISOString(),
      actor: typeof input.actor === 'string' ? input.actor : input.actor.userId,
      correlationId: input.correlationId ?? randomUUID(),
      payload,
    }) as EventEnvelope<EventPayload<C>>;

    await manager.query(
      `WITH next AS (
         INSERT INTO outbox_sequence (aggregate_id, last_seq) VALUES ($2, 1)
         ON CONFLICT (aggregate_id) DO UPDATE SET last_seq = outbox_sequence.last_seq + 1
         RETURNING last_seq
       )
       INSERT INTO outbox (id, subject, aggregate_id, aggregate_seq, envelope, correlation_id)
       SELECT $1, $3, $2, next.last_seq, $4::jsonb, $5 FROM next`,
      [envelope.id, envelope.aggregateId, envelope.subject, JSON.stringify(envelope), envelope.correlationId],
    );
    return envelope;
  }
}
