import type { DataSource, EntityManager } from 'typeorm';

export interface DeadLetter {
  id: string;
  consumer: string;
  stream: string;
  streamSeq: number;
  subject: string;
  eventId: string | null;
  correlationId: string | null;
  deliveries: number;
  reason: string;
  /** The message body as received (may be invalid JSON). */
  data: string;
  createdAt: Date;
}

export interface DeadLetterFilter {
  consumer?: string;
  subject?: string;
  /** Newest first; default 100. */
  limit?: number;
}

/** Dead letters of this service's database, newest first. */
export async function listDeadLetters(db: DataSource | EntityManager, filter: DeadLetterFilter = {}): Promise<DeadLetter[]> {
  const rows: Record<string, unknown>[] = await db.query(
    `SELECT id::text, consumer, stream, stream_seq::float8 AS "streamSeq", subject,
            event_id AS "eventId", correlation_id AS "correlationId", deliveries, reason, data,
            created_at AS "createdAt"
       FROM dead_letter
      WHERE ($1::text IS NULL OR consumer = $1) AND ($2::text IS NULL OR subject = $2)
      ORDER BY id DESC
      LIMIT $3`,
    [filter.consumer ?? null, filter.subject ?? null, filter.limit ?? 100],
  );
  return rows as unknown as DeadLetter[];
}
