import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The relay's oldest-first scan gets an index of its own that no per-aggregate lookup can use.
 *
 * `outbox_pending_age_idx (created_at) WHERE status = 'pending'` served the scan, but every
 * lookup of one aggregate's pending rows (`aggregate_id = $1 AND status = 'pending'`) could use
 * it too. Once autovacuum had counted the partial indexes while nothing was pending, Postgres
 * costed them at one page, and the lookups walked the whole age index, every pending row once
 * per aggregate. On the benchmark's housing outbox with 3,000 events pending, a claim took
 * 970 ms and reading the claimed rows 1,400 ms; through `outbox_pending_idx (aggregate_id, …)`,
 * 14 and 18 ms.
 *
 * `attempts >= 0` holds for every row (attempts counts up from 0). It is in the predicate so
 * that only a query that states it, the relay's scan, can use the index.
 *
 * Built CONCURRENTLY, outside a transaction: the outbox keeps a week of sent events, and a plain
 * CREATE INDEX would hold every command's outbox insert for as long as it scans them. A build
 * that failed half-way leaves an invalid index of that name, so a rerun drops it first.
 */
export class OutboxClaimAgeIndex1796190000000 implements MigrationInterface {
  name = 'OutboxClaimAgeIndex1796190000000';
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS outbox_claim_age_idx`);
    await queryRunner.query(
      `CREATE INDEX CONCURRENTLY outbox_claim_age_idx ON outbox (created_at) WHERE status = 'pending' AND attempts >= 0`,
    );
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS outbox_pending_age_idx`);
  }

  // Plain statements: TypeORM reverts a migration inside a transaction whatever it declares.
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX outbox_pending_age_idx ON outbox (created_at) WHERE status = 'pending'`);
    await queryRunner.query(`DROP INDEX outbox_claim_age_idx`);
  }
}
