import { createHash } from 'node:crypto';

export const genesisHash = '0'.repeat(64);

/** The fields an entry's hash covers: everything but the hash itself. */
export interface ChainedFields {
  seq: number;
  occurredAt: Date;
  userId: string;
  username: string;
  role: string;
  municipality: string;
  action: string;
  purpose: string;
  personIds: string[];
  result: string;
  correlationId: string;
  breakGlass: boolean;
  prevHash: string;
}

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function entryHash(fields: ChainedFields): string {
  const { seq, occurredAt, userId, username, role, municipality, action, purpose, personIds, result, correlationId, breakGlass, prevHash } =
    fields;
  const covered = {
    seq,
    occurredAt,
    userId,
    username,
    role,
    municipality: municipality.trim(),
    action,
    purpose,
    personIds,
    result,
    correlationId,
    breakGlass,
    prevHash,
  };
  return createHash('sha256').update(canonicalJson(covered)).digest('hex');
}

export interface ChainBreak {
  seq: number;
  reason: string;
}

/**
 * Checks one batch of entries (in seq order) against the chain so far. Returns the first
 * entry that does not fit, or the new chain position.
 */
export function checkChainSegment(
  entries: (ChainedFields & { hash: string })[],
  previous: { seq: number; hash: string },
): { broken: ChainBreak } | { last: { seq: number; hash: string } } {
  let last = previous;
  for (const entry of entries) {
    if (entry.seq !== last.seq + 1) {
      return { broken: { seq: last.seq + 1, reason: `entry ${last.seq + 1} is missing (deleted); the chain continues at ${entry.seq}` } };
    }
    if (entryHash(entry) !== entry.hash) {
      return { broken: { seq: entry.seq, reason: 'content was changed: the entry no longer matches its hash' } };
    }
    if (entry.prevHash !== last.hash) {
      return { broken: { seq: entry.seq, reason: 'link broken: the previous entry was replaced or changed' } };
    }
    last = { seq: entry.seq, hash: entry.hash };
  }
  return { last };
}
