// The gateway's audit append, replayed by the baseline server to split the gateway's cost:
//   serial  — the statements AuditLogService.append ran before 45c32de (apps/gateway/src/audit),
//             one transaction per request under an advisory lock;
//   batched — the fix proposed in docs/benchmarks.md: requests that arrive while an append
//             runs are queued and appended together in ONE transaction under the same lock
//             (one lock wait and one WAL flush per batch). Every request still waits until
//             its own entry is committed, and entries still chain one by one, so "no entry,
//             no data" and the hash chain are unchanged.
// Both use the gateway's own entryHash() from its build, so the chain they write verifies.
// The gateway itself now appends a batch in one statement (a compare-and-set on the chain
// head, finding 7); these replays still take the lock and write the head unconditionally,
// which is safe only because the bench never runs them while the gateway appends (and `seq`,
// the primary key, would refuse a fork).
import { createRequire } from 'node:module';
import path from 'node:path';
import { workspaceRoot } from '../launcher/infra.mjs';

const require = createRequire(import.meta.url);
/** @type {{ entryHash: (fields: Record<string, unknown>) => string, genesisHash: string }} */
const { entryHash, genesisHash } = require(path.join(workspaceRoot, 'dist/apps/gateway/src/audit/hash-chain.js'));

/**
 * One audit entry as the gateway appends it (seq, time and chain fields are added here).
 * @typedef {object} AuditRecord
 * @property {string} userId
 * @property {string} username
 * @property {string} role
 * @property {string} municipality
 * @property {string} action
 * @property {string} purpose
 * @property {string[]} personIds
 * @property {string} result
 * @property {string} correlationId
 * @property {boolean} breakGlass
 */

/** The lock the gateway's appends took before finding 7 (it serialises these replays only). */
const CHAIN_LOCK = 7_310_042;
const COLUMNS = [
  'seq',
  'occurred_at',
  'user_id',
  'username',
  'role',
  'municipality',
  'action',
  'purpose',
  'person_ids',
  'result',
  'correlation_id',
  'break_glass',
  'prev_hash',
  'hash',
];

/**
 * @param {AuditRecord & { seq: number, occurredAt: Date, prevHash: string }} f
 * @param {string} hash
 */
const rowOf = (f, hash) => [
  f.seq,
  f.occurredAt,
  f.userId,
  f.username,
  f.role,
  f.municipality,
  f.action,
  f.purpose,
  f.personIds,
  f.result,
  f.correlationId,
  f.breakGlass,
  f.prevHash,
  hash,
];

/**
 * @param {import('pg').Pool} pool
 * @param {AuditRecord[]} records
 */
async function appendAll(pool, records) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
    const { rows: heads } = await client.query('SELECT seq, hash FROM audit_chain_head');
    let seq = heads[0] ? Number(heads[0].seq) : 0;
    /** @type {string} */
    let prevHash = heads[0]?.hash ?? genesisHash;
    /** @type {unknown[]} */
    const values = [];
    /** @type {string[]} */
    const tuples = [];
    for (const record of records) {
      seq += 1;
      const fields = { ...record, personIds: [...new Set(record.personIds)], seq, occurredAt: new Date(), prevHash };
      const hash = entryHash(fields);
      const row = rowOf(fields, hash);
      tuples.push(`(${row.map((_, i) => `$${values.length + i + 1}`).join(', ')})`);
      values.push(...row);
      prevHash = hash;
    }
    await client.query(`INSERT INTO audit_entry (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, values);
    await client.query(
      `INSERT INTO audit_chain_head (id, seq, hash) VALUES (true, $1, $2)
       ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash`,
      [seq, prevHash],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * @param {import('pg').Pool} pool
 * @param {string} mode 'serial' or 'batched'; anything else appends nothing
 * @returns {(record: AuditRecord) => Promise<void>}
 */
export function auditAppender(pool, mode) {
  if (mode === 'serial') return (record) => appendAll(pool, [record]);
  if (mode !== 'batched') return async () => undefined;
  /** @type {{ record: AuditRecord, resolve: () => void, reject: (error: unknown) => void }[]} */
  let queue = [];
  let running = false;
  const drain = async () => {
    running = true;
    while (queue.length) {
      const batch = queue;
      queue = [];
      try {
        await appendAll(
          pool,
          batch.map((item) => item.record),
        );
        for (const item of batch) item.resolve();
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
    running = false;
  };
  return (record) =>
    new Promise((resolve, reject) => {
      queue.push({ record, resolve, reject });
      if (!running) void drain();
    });
}
