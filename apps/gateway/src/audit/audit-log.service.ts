import type { AuditEntry, AuditQuery, AuditResult, AuditVerification, PersonAccessReport } from '@ankomst/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';
import { preparedQuery } from '../database/prepared-query';
import { type ChainedFields, checkChainSegment, entryHash, genesisHash } from './hash-chain';

const VERIFY_BATCH = 1_000;
const MAX_BATCH = 500;
/** Each retry means another replica appended meanwhile; this many in a row means something is wrong. */
const MAX_ATTEMPTS = 50;

interface ChainPosition {
  seq: number;
  hash: string;
}

/** The batch's entries, as one JSON array (one constant statement text for every batch size). */
const ENTRIES_SQL = `
  INSERT INTO audit_entry (seq, occurred_at, user_id, username, role, municipality, action, purpose, person_ids, result,
                           correlation_id, break_glass, prev_hash, hash)
  SELECT e.* FROM jsonb_to_recordset($ENTRIES::jsonb) AS e(seq bigint, occurred_at timestamptz, user_id text, username text,
         role text, municipality char(4), action text, purpose text, person_ids text[], result text, correlation_id text,
         break_glass boolean, prev_hash char(64), hash char(64))
  WHERE EXISTS (SELECT 1 FROM moved)`;

/** $1, $2 the new head; $3, $4 the head the batch was chained onto; $5 the entries. */
const APPEND_SQL = `
  WITH moved AS (UPDATE audit_chain_head SET seq = $1, hash = $2 WHERE id AND seq = $3 AND hash = $4 RETURNING 1)
  ${ENTRIES_SQL.replace('$ENTRIES', '$5')}`;

/** The very first batch: the head row does not exist yet. $1, $2 the new head; $3 the entries. */
const APPEND_FIRST_SQL = `
  WITH moved AS (INSERT INTO audit_chain_head (id, seq, hash) VALUES (true, $1, $2) ON CONFLICT (id) DO NOTHING RETURNING 1)
  ${ENTRIES_SQL.replace('$ENTRIES', '$3')}`;

export interface AuditRecord {
  userId: string;
  username: string;
  role: string;
  municipality: string;
  action: string;
  purpose: string;
  personIds: string[];
  result: AuditResult;
  correlationId: string;
  breakGlass: boolean;
}

interface PendingAppend {
  record: AuditRecord;
  resolve(entry: AuditEntry): void;
  reject(error: unknown): void;
}

/** The append-only, hash-chained audit log in the gateway's database. */
@Injectable()
export class AuditLogService {
  /** Appends waiting for the next group commit. */
  private queue: PendingAppend[] = [];
  private flushing = false;
  /** Where this gateway last saw the chain end; re-read after any failed or lost append. */
  private head: ChainPosition | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends one entry; resolves only when it is committed. Appends that arrive while a
   * commit is under way are written together in the next one (group commit): the chain is
   * serialised either way, and one lock, one head read and one fsync then serve many
   * requests instead of one each.
   */
  append(record: AuditRecord): Promise<AuditEntry> {
    return new Promise((resolve, reject) => {
      this.queue.push({ record, resolve, reject });
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.queue.length) {
        // Bounded so one INSERT stays far below Postgres' 65,535 bind parameters.
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          const entries = await this.writeBatch(batch.map((p) => p.record));
          batch.forEach((pending, i) => pending.resolve(entries[i]));
        } catch (error) {
          batch.forEach((pending) => pending.reject(error));
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /**
   * One batch in ONE autocommitted statement: the head moves from the position this gateway
   * last saw to the batch's last entry, and the entries are inserted only if it did. Another
   * replica that appended in between holds the head row's lock until it commits; then the
   * compare fails, nothing is inserted, and the batch is chained again onto the fresh head.
   * (`seq` is the primary key too: a fork cannot be written even by a writer that skips this.)
   * Before, a batch took six round trips (BEGIN, advisory lock, head read, insert, head
   * upsert, COMMIT) with the transaction open across the gateway's event loop between them.
   */
  private async writeBatch(records: AuditRecord[]): Promise<AuditEntry[]> {
    for (let attempt = 1; ; attempt++) {
      const head = this.head ?? (await this.readHead());
      let seq = head.seq;
      let prevHash = head.hash;
      const rows = records.map((record) => {
        const fields: ChainedFields = {
          ...record,
          personIds: [...new Set(record.personIds)],
          seq: ++seq,
          occurredAt: new Date(),
          prevHash,
        };
        prevHash = entryHash(fields);
        return { ...fields, hash: prevHash };
      });
      const next = { seq, hash: prevHash };
      let written: number;
      try {
        written = await this.appendStatement(head, next, rows);
      } catch (error) {
        this.head = undefined;
        throw error;
      }
      if (written === rows.length) {
        this.head = next;
        return rows.map(toAuditEntry);
      }
      // Another writer moved the head: chain this batch onto where it is now.
      this.head = undefined;
      if (attempt >= MAX_ATTEMPTS) throw new Error(`Audit append: the chain head moved ${attempt} times in a row`);
    }
  }

  private async appendStatement(head: ChainPosition, next: ChainPosition, rows: (ChainedFields & { hash: string })[]): Promise<number> {
    const entries = JSON.stringify(
      rows.map((r) => ({
        seq: r.seq,
        occurred_at: r.occurredAt.toISOString(),
        user_id: r.userId,
        username: r.username,
        role: r.role,
        municipality: r.municipality,
        action: r.action,
        purpose: r.purpose,
        person_ids: r.personIds,
        result: r.result,
        correlation_id: r.correlationId,
        break_glass: r.breakGlass,
        prev_hash: r.prevHash,
        hash: r.hash,
      })),
    );
    const { rowCount } =
      head.seq === 0
        ? await preparedQuery(this.dataSource, 'audit_append_first', APPEND_FIRST_SQL, [next.seq, next.hash, entries])
        : await preparedQuery(this.dataSource, 'audit_append', APPEND_SQL, [next.seq, next.hash, head.seq, head.hash, entries]);
    return rowCount;
  }

  private async readHead(): Promise<ChainPosition> {
    const { rows } = await preparedQuery<{ seq: string; hash: string }>(
      this.dataSource,
      'audit_head',
      'SELECT seq, hash FROM audit_chain_head',
      [],
    );
    return rows[0] ? { seq: Number(rows[0].seq), hash: rows[0].hash } : { seq: 0, hash: genesisHash };
  }

  /** Walks the whole chain; names the first entry that was changed, removed or cut off. */
  async verify(): Promise<AuditVerification> {
    return verifyAuditChain(this.dataSource.manager);
  }

  async list(municipality: string, query: AuditQuery): Promise<AuditEntry[]> {
    const qb = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('e')
      .where('e.municipality = :municipality', { municipality })
      .orderBy('e.seq', 'DESC')
      .limit(query.limit);
    if (query.userId) qb.andWhere('e.user_id = :userId', { userId: query.userId });
    if (query.personId) qb.andWhere(':personId = ANY(e.person_ids)', { personId: query.personId });
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.breakGlass) qb.andWhere('e.break_glass = :breakGlass', { breakGlass: query.breakGlass === 'true' });
    if (query.from) qb.andWhere('e.occurred_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.occurred_at < :to', { to: query.to });
    if (query.before) qb.andWhere('e.seq < :before', { before: query.before });
    return (await qb.getMany()).map(toAuditEntry);
  }

  /** Who accessed this person's data, when and why, within the officer's municipality. */
  async personReport(municipality: string, personId: string): Promise<PersonAccessReport> {
    const rows = await this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('e')
      .where('e.municipality = :municipality', { municipality })
      .andWhere(':personId = ANY(e.person_ids)', { personId })
      .orderBy('e.seq', 'DESC')
      .limit(1_000)
      .getMany();
    return {
      personId,
      accesses: rows.map((e) => ({
        occurredAt: e.occurredAt.toISOString(),
        userId: e.userId,
        username: e.username,
        role: e.role,
        municipality: e.municipality,
        action: e.action,
        purpose: e.purpose,
        result: e.result as AuditResult,
        breakGlass: e.breakGlass,
      })),
    };
  }
}

export async function verifyAuditChain(manager: EntityManager): Promise<AuditVerification> {
  const repository = manager.getRepository(AuditEntryEntity);
  let position = { seq: 0, hash: genesisHash };
  for (;;) {
    const batch = await repository
      .createQueryBuilder('e')
      .where('e.seq > :after', { after: position.seq })
      .orderBy('e.seq', 'ASC')
      .limit(VERIFY_BATCH)
      .getMany();
    if (batch.length === 0) break;
    const outcome = checkChainSegment(batch, position);
    if ('broken' in outcome) return { ok: false, checked: outcome.broken.seq - 1, firstBroken: outcome.broken };
    position = outcome.last;
  }
  const [head] = (await manager.query('SELECT seq, hash FROM audit_chain_head')) as { seq: string; hash: string }[];
  if (head && (Number(head.seq) !== position.seq || head.hash !== position.hash)) {
    const seq = Math.min(Number(head.seq), position.seq + 1);
    return {
      ok: false,
      checked: position.seq,
      firstBroken: {
        seq,
        reason: `the chain ends at ${position.seq} but ${head.seq} entries were written: entries were cut off or replaced`,
      },
    };
  }
  return { ok: true, checked: position.seq, firstBroken: null };
}

function toAuditEntry(e: AuditEntryEntity): AuditEntry {
  return {
    seq: e.seq,
    occurredAt: e.occurredAt.toISOString(),
    userId: e.userId,
    username: e.username,
    role: e.role,
    municipality: e.municipality,
    action: e.action,
    purpose: e.purpose,
    personIds: e.personIds,
    result: e.result as AuditResult,
    correlationId: e.correlationId,
    breakGlass: e.breakGlass,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}
