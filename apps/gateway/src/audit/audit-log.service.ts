import type { AuditEntry, AuditQuery, AuditResult, AuditVerification, PersonAccessReport } from '@ankomst/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';
import { type ChainedFields, checkChainSegment, entryHash, genesisHash } from './hash-chain';

/** Any constant works; it only has to be the same for every writer of the chain. */
const CHAIN_LOCK = 7_310_042;
const VERIFY_BATCH = 1_000;
const MAX_BATCH = 500;

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

  private writeBatch(records: AuditRecord[]): Promise<AuditEntry[]> {
    return this.dataSource.transaction(async (manager) => {
      // Appends are serialised (also across gateway replicas) so each entry links to the one before it.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
      const [head] = (await manager.query('SELECT seq, hash FROM audit_chain_head')) as { seq: string; hash: string }[];
      let seq = head ? Number(head.seq) : 0;
      let prevHash = head?.hash ?? genesisHash;
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
      await manager.insert(AuditEntryEntity, rows);
      await manager.query(
        `INSERT INTO audit_chain_head (id, seq, hash) VALUES (true, $1, $2)
         ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash`,
        [seq, prevHash],
      );
      return rows.map((row) => toAuditEntry(row as AuditEntryEntity));
    });
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
