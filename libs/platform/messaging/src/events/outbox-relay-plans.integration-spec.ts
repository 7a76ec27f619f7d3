import { randomUUID } from 'node:crypto';
import { CLAIM_AGGREGATES_SQL, PENDING_ROWS_SQL } from './outbox-relay';
import { createTestEnv, type MessagingTestEnv } from './testing/messaging-test-env';

/**
 * The relay's two statements read pages in proportion to the backlog, also when Postgres's
 * statistics were taken while nothing was pending: the state autovacuum leaves behind a quiet
 * outbox, and the one in which the per-aggregate lookups used to walk every pending row once
 * per aggregate. Measured here: about 3 pages per pending event; the earlier statements read
 * 24 per event at this backlog, and more the longer the backlog (quadratic).
 */
describe('OutboxRelay statements on a backlog (Postgres)', () => {
  const aggregates = 1_000;
  let env: MessagingTestEnv;

  /** Buffers (hit or read) the statement touched, from EXPLAIN (ANALYZE, BUFFERS). */
  async function pagesTouched(sql: string, params: unknown[]): Promise<number> {
    const [row] = await env.dataSource.query<{ 'QUERY PLAN': [{ Plan: Record<string, number> }] }[]>(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`,
      params,
    );
    const plan = row['QUERY PLAN'][0].Plan;
    return plan['Shared Hit Blocks'] + plan['Shared Read Blocks'];
  }

  beforeAll(async () => {
    env = await createTestEnv('plans');
    const ids = Array.from({ length: aggregates }, () => randomUUID());
    // Three sent events per aggregate, then statistics taken with nothing pending.
    await env.dataSource.query(
      `INSERT INTO outbox (id, subject, aggregate_id, aggregate_seq, envelope, correlation_id, status, sent_at)
       SELECT gen_random_uuid(), 'ankomst.test.thing-happened.v1', a, seq, '{}'::jsonb, 'c', 'sent', now()
       FROM unnest($1::text[]) AS a, generate_series(1, 3) AS seq`,
      [ids],
    );
    await env.dataSource.query('VACUUM ANALYZE outbox');
    // The backlog: one pending event for each aggregate.
    await env.dataSource.query(
      `INSERT INTO outbox (id, subject, aggregate_id, aggregate_seq, envelope, correlation_id)
       SELECT gen_random_uuid(), 'ankomst.test.thing-happened.v1', a, 4, '{}'::jsonb, 'c' FROM unnest($1::text[]) AS a`,
      [ids],
    );
  });

  afterAll(async () => {
    await env?.close();
  });

  it('claims a round of 256 aggregates reading fewer than 6 pages per pending event', async () => {
    const pages = await pagesTouched(CLAIM_AGGREGATES_SQL, [256, 256 * 8, 1]);
    expect(pages).toBeLessThan(6 * aggregates);
  });

  it("reads every aggregate's pending rows reading fewer than 6 pages per pending event", async () => {
    const ids = (await env.dataSource.query<{ aggregate_id: string }[]>(`SELECT aggregate_id FROM outbox WHERE status = 'pending'`)).map(
      (r) => r.aggregate_id,
    );
    expect(ids).toHaveLength(aggregates);
    const pages = await pagesTouched(PENDING_ROWS_SQL, [ids, 50]);
    expect(pages).toBeLessThan(6 * aggregates);
  });
});
