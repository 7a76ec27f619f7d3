import { z } from 'zod';
import { kommunenummer } from '../common/municipality';
import { queryInt } from '../common/numbers';
import { nameSearchText, opaqueText } from '../common/text';
import { entityId, isoDate } from './common';
import { shared } from './consent';
import { department } from './departments';

/** Where a household is on its way to a home, derived from the housing service's events. */
export const settlementStatus = z.enum(['registered', 'dwelling-allocated', 'settled', 'tenancy-ended']);
export type SettlementStatus = z.infer<typeof settlementStatus>;

/**
 * A deadline's state today: `overdue` (past due, not done), `due-soon` (within 14 days),
 * `on-track`, `met` / `missed` (done on or after the due date), `none` (no due date known,
 * e.g. no residence permit date yet).
 */
export const deadlineState = z.enum(['overdue', 'due-soon', 'on-track', 'met', 'missed', 'none']);
export type DeadlineState = z.infer<typeof deadlineState>;
export const DUE_SOON_DAYS = 14;

/** National target: settled within 6 months of the residence permit, 3 for unaccompanied minors. */
export const SETTLEMENT_TARGET_MONTHS = { default: 6, unaccompaniedMinor: 3 } as const;

export const personSettlement = z.object({
  residencePermitDate: isoDate.nullable(),
  settledOn: isoDate.nullable(),
  targetMonths: z.number(),
  dueOn: isoDate.nullable(),
  /** Residence permit → settlement (or → today while unsettled). */
  days: z.number().nullable(),
  state: deadlineState,
});

export const caseSection = shared(z.unknown().nullable());

export const caseMember = z.object({
  personId: entityId,
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate,
  age: z.number(),
  minor: z.boolean(),
  relationship: z.string(),
  unaccompaniedMinor: z.boolean(),
  settlement: personSettlement,
  /** One entry per department section, keyed by section (housing, introduction, health, …). */
  sections: z.record(z.string(), caseSection),
});
export type CaseMember = z.infer<typeof caseMember>;

export const timelineEntry = z.object({
  eventId: z.string(),
  occurredAt: z.string(),
  department: z.string(),
  kind: z.string(),
  personId: entityId.nullable(),
  summary: z.string().nullable(),
  restricted: z.boolean(),
  reason: z.string().optional(),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;

export const dwellingSummary = z.object({
  dwellingId: entityId,
  tenancyId: entityId,
  ownership: z.string(),
  startDate: isoDate,
  rooms: z.number().nullable(),
  sizeSquareMetres: z.number().nullable(),
  accessible: z.boolean().nullable(),
});

export const caseView = z.object({
  householdId: entityId,
  municipality: kommunenummer,
  origin: z.string().nullable(),
  countryOfOrigin: z.string().nullable(),
  requestedOn: isoDate.nullable(),
  status: settlementStatus,
  settlement: z.object({ nextDueOn: isoDate.nullable(), state: deadlineState }),
  /** Shared only when every member (a guardian for a minor) consented to housing-status→coordination-group. */
  dwelling: shared(dwellingSummary.nullable()),
  members: z.array(caseMember),
  timeline: z.array(timelineEntry),
});
export type CaseView = z.infer<typeof caseView>;

export const getCase = z.object({ householdId: entityId });
export type GetCase = z.infer<typeof getCase>;
export const getCaseOfPerson = z.object({ personId: entityId });
export type GetCaseOfPerson = z.infer<typeof getCaseOfPerson>;

export const searchDeadlineState = z.enum(['overdue', 'due-soon', 'on-track', 'none']);

export const searchCases = z.object({
  /** Part of a member's name (case-insensitive, at least 2 characters, never a national id). */
  name: nameSearchText.optional(),
  personId: entityId.optional(),
  status: settlementStatus.optional(),
  /** Narrows within the caller's municipality; another municipality gives no results. */
  municipality: kommunenummer.optional(),
  /** State of the household's next open deadline. */
  deadline: searchDeadlineState.optional(),
  limit: queryInt({ min: 1, max: 100 }).default(25),
  /** Opaque: `nextCursor` of the previous page. */
  cursor: opaqueText(200).optional(),
});
export type SearchCases = z.infer<typeof searchCases>;

export const caseSummary = z.object({
  householdId: entityId,
  municipality: kommunenummer,
  status: settlementStatus,
  registeredAt: z.string(),
  nextDueOn: isoDate.nullable(),
  deadline: deadlineState,
  members: z.array(
    z.object({ personId: entityId, givenName: z.string(), familyName: z.string(), birthDate: isoDate, relationship: z.string() }),
  ),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const casePage = z.object({ items: z.array(caseSummary), nextCursor: z.string().nullable() });
export type CasePage = z.infer<typeof casePage>;

export const attentionSort = z.enum(['due', 'due-desc', 'department', 'unit']);

export const attentionListQuery = z.object({
  department: department.optional(),
  /** Include deadlines due within this many days (0 = overdue only). */
  withinDays: queryInt({ min: 0, max: 365 }).default(DUE_SOON_DAYS),
  sort: attentionSort.default('due'),
  limit: queryInt({ min: 1, max: 500 }).default(100),
  offset: queryInt({ min: 0, max: 1_000_000 }).default(0),
});
export type AttentionListQuery = z.infer<typeof attentionListQuery>;

export const attentionItem = z.object({
  deadlineId: z.string(),
  kind: z.string(),
  department: z.string(),
  responsibleUnit: z.string(),
  householdId: entityId,
  personId: entityId.nullable(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  dueOn: isoDate,
  state: deadlineState,
  daysOverdue: z.number(),
  detail: z.string().nullable(),
  /**
   * Another department's item without the person's consent to share it with the reader's
   * unit: the deadline shows, the person (id, names) and the detail do not.
   */
  restricted: z.boolean(),
  reason: z.string().optional(),
});
export type AttentionItem = z.infer<typeof attentionItem>;
export const attentionList = z.object({ items: z.array(attentionItem) });
export type AttentionList = z.infer<typeof attentionList>;

/**
 * A rebuild replays the streams from their first event. When a stream no longer holds its
 * earliest events (retention), the rebuilt model would lack them: refused unless allowed.
 */
export const rebuildRequest = z.object({ allowIncompleteStreams: z.boolean().default(false) });
export type RebuildRequest = z.infer<typeof rebuildRequest>;

export const rebuildResult = z.object({
  streams: z.array(z.object({ stream: z.string(), events: z.number(), firstSeq: z.number(), lastSeq: z.number() })),
  applied: z.number(),
  skipped: z.number(),
  durationMs: z.number(),
});
export type RebuildResult = z.infer<typeof rebuildResult>;
