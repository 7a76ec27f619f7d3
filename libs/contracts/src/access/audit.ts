import { z } from 'zod';
import { kommunenummer } from '../common/municipality';

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

const isoDate = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });

export const auditQuery = z.object({
  userId: z.string().max(100).optional(),
  personId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  breakGlass: z.enum(['true', 'false']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Entries with seq below this (paging backwards from the newest). */
  before: z.coerce.number().int().min(1).optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditPage = z.object({ entries: z.array(auditEntry) });
export type AuditPage = z.infer<typeof auditPage>;

export const auditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** The first entry whose content, link or position does not match the chain. */
  firstBroken: z
    .object({ seq: z.number().int(), reason: z.string() })
    .nullable(),
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

export const breakGlassRequest = z.object({
  /** A person on record in the caller's municipality (checked with the housing service). */
  personId: z.uuid({ message: 'must be a uuid' }),
  reason: z.string().trim().min(10, 'must explain the emergency in at least 10 characters').max(1000),
});
export type BreakGlassRequest = z.infer<typeof breakGlassRequest>;

export const breakGlassGrant = z.object({
  id: z.string().uuid(),
  userId: z.string(),
  username: z.string(),
  role: z.string(),
  municipality: kommunenummer,
  personId: z.string(),
  reason: z.string(),
  grantedAt: z.string(),
  expiresAt: z.string(),
});
export type BreakGlassGrant = z.infer<typeof breakGlassGrant>;
export const breakGlassList = z.object({ grants: z.array(breakGlassGrant) });
