import { z } from 'zod';
import { withCode } from '../common/issue-codes';
import { kommunenummer } from '../common/municipality';
import { queryInt } from '../common/numbers';
import { multiLineText, singleLineText } from '../common/text';

export const auditResult = z.enum(['success', 'denied', 'failed']);
export type AuditResult = z.infer<typeof auditResult>;

/** One line of the append-only, hash-chained audit log. */
export const auditEntry = z.object({
  seq: z.number().int().min(1),
  occurredAt: z.string(),
  userId: z.string(),
  username: z.string(),
  role: z.string(),
  municipality: kommunenummer,
  action: z.string(),
  purpose: z.string(),
  personIds: z.array(z.string()),
  result: auditResult,
  correlationId: z.string(),
  breakGlass: z.boolean(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

// Year 0000 is valid ISO 8601 but not a Postgres timestamp: the range keeps it a 400.
const isoDate = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time' })
  .refine((value) => value.slice(0, 4) >= '1900' && value.slice(0, 4) <= '2100', {
    message: 'must be between the years 1900 and 2100',
    params: withCode('date_too_early', { min: '1900-01-01' }),
  });

export const auditQuery = z.object({
  userId: singleLineText({ max: 100 }).optional(),
  personId: singleLineText({ max: 100 }).optional(),
  action: singleLineText({ max: 100 }).optional(),
  breakGlass: z.enum(['true', 'false']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: queryInt({ min: 1, max: 500 }).default(100),
  /** Entries with seq below this (paging backwards from the newest); seq is bigint, but no log reaches 2^53. */
  before: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(Number.MAX_SAFE_INTEGER)
    .optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditPage = z.object({ entries: z.array(auditEntry) });
export type AuditPage = z.infer<typeof auditPage>;

export const auditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** The first entry whose content, link or position does not match the chain. */
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
});
export type AuditVerification = z.infer<typeof auditVerification>;

/** Who accessed one person's data, when and why (Normen fact sheet 15: the person's right to know). */
export const personAccessReport = z.object({
  personId: z.string(),
  accesses: z.array(
    z.object({
      occurredAt: z.string(),
      userId: z.string(),
      username: z.string(),
      role: z.string(),
      municipality: kommunenummer,
      action: z.string(),
      purpose: z.string(),
      result: auditResult,
      breakGlass: z.boolean(),
    }),
  ),
});
export type PersonAccessReport = z.infer<typeof personAccessReport>;

/** A person id in a path or filter of the audit log: whatever was logged, but never control characters. */
export const auditPersonId = singleLineText({ min: 1, max: 100 });

export const breakGlassRequest = z.object({
  /** A person on record in the caller's municipality (checked with the housing service). */
  personId: z.uuid({ message: 'must be a uuid' }),
  reason: multiLineText({ min: 10, max: 1000, minMessage: 'must explain the emergency in at least 10 characters' }),
});
export type BreakGlassRequest = z.infer<typeof breakGlassRequest>;

export const breakGlassGrant = z.object({
  id: z.string().uuid(),
  userId: z.string(),
  username: z.string(),
  role: z.string(),
  municipality: kommunenummer,
  /** The account's display name as it is now, where the list of grants names people (not only usernames). */
  displayName: z.string().optional(),
  personId: z.string(),
  reason: z.string(),
  grantedAt: z.string(),
  expiresAt: z.string(),
});
export type BreakGlassGrant = z.infer<typeof breakGlassGrant>;
export const breakGlassList = z.object({ grants: z.array(breakGlassGrant) });
/** The caller's own grants still running, and how long a new one lasts (the municipality's setting). */
export const ownBreakGlass = z.object({ minutes: z.number().int().positive(), grants: z.array(breakGlassGrant) });
export type OwnBreakGlass = z.infer<typeof ownBreakGlass>;
