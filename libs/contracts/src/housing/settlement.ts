import { z } from 'zod';
import { pastCaseDate, whenFieldsValid } from '../common/dates';
import { withCode } from '../common/issue-codes';
import { count, entityId, isoDate, settlementYear, settlementYearQuery } from './common';

/**
 * IMDi's yearly request (anmodning) to a municipality, and additional requests during the
 * year; the council's decision (vedtak) may differ from the request, or be missing.
 */
export const settlementRequestKind = z.enum(['initial', 'additional']);

export const recordSettlementRequest = z
  .object({
    year: settlementYear,
    kind: settlementRequestKind.default('initial'),
    total: count,
    unaccompaniedMinors: count,
    receivedOn: pastCaseDate,
  })
  .refine((r) => r.unaccompaniedMinors <= r.total, {
    path: ['unaccompaniedMinors'],
    // Only compared when both are valid counts: a negative total is one error, not two.
    when: whenFieldsValid('total', 'unaccompaniedMinors'),
    message: 'must not exceed total',
    params: withCode('must_not_exceed', { other: 'total' }),
  });
export type RecordSettlementRequest = z.infer<typeof recordSettlementRequest>;

export const settlementRequest = z.object({
  id: entityId,
  municipality: z.string(),
  year: z.number(),
  kind: settlementRequestKind,
  total: z.number(),
  unaccompaniedMinors: z.number(),
  receivedOn: isoDate,
  /** Set when the figures were corrected after they were first recorded (who and what: audit log and event). */
  correctedAt: z.string().nullable(),
});
export type SettlementRequest = z.infer<typeof settlementRequest>;

/**
 * A correction of a recorded request (a typing error, a wrong date): the figures are replaced,
 * so the year's sum stays right; the previous figures go with the correction event and the
 * audit log names who corrected. IMDi's own revision during the year is a new request instead.
 */
export const correctSettlementRequest = z
  .object({
    id: entityId,
    kind: settlementRequestKind,
    total: count,
    unaccompaniedMinors: count,
    receivedOn: pastCaseDate,
  })
  .refine((r) => r.unaccompaniedMinors <= r.total, {
    path: ['unaccompaniedMinors'],
    // Only compared when both are valid counts: a negative total is one error, not two.
    when: whenFieldsValid('total', 'unaccompaniedMinors'),
    message: 'must not exceed total',
    params: withCode('must_not_exceed', { other: 'total' }),
  });
export type CorrectSettlementRequest = z.infer<typeof correctSettlementRequest>;

export const recordSettlementDecision = z
  .object({
    year: settlementYear,
    total: count,
    unaccompaniedMinors: count,
    decidedOn: pastCaseDate,
  })
  .refine((d) => d.unaccompaniedMinors <= d.total, {
    path: ['unaccompaniedMinors'],
    // Only compared when both are valid counts: a negative total is one error, not two.
    when: whenFieldsValid('total', 'unaccompaniedMinors'),
    message: 'must not exceed total',
    params: withCode('must_not_exceed', { other: 'total' }),
  });
export type RecordSettlementDecision = z.infer<typeof recordSettlementDecision>;

export const settlementDecision = z.object({
  municipality: z.string(),
  year: z.number(),
  total: z.number(),
  unaccompaniedMinors: z.number(),
  decidedOn: isoDate,
});
export type SettlementDecision = z.infer<typeof settlementDecision>;

export const settlementFiguresQuery = z.object({ year: settlementYearQuery });
export type SettlementFiguresQuery = z.infer<typeof settlementFiguresQuery>;

/** The year's requests one by one (oldest first) and the council's decision, for recording and correcting them. */
export const settlementFigures = z.object({
  year: z.number(),
  requests: z.array(settlementRequest),
  decision: settlementDecision.nullable(),
});
export type SettlementFigures = z.infer<typeof settlementFigures>;

export const settlementProgressQuery = z.object({ year: settlementYearQuery });
export type SettlementProgressQuery = z.infer<typeof settlementProgressQuery>;

/** Settled persons split the way IMDi counts them. */
export const settledSplit = z.object({
  unaccompaniedMinors: z.number(),
  adults: z.number(),
  childrenInFamilies: z.number(),
  total: z.number(),
});
export type SettledSplit = z.infer<typeof settledSplit>;

export const settlementProgress = z.object({
  municipality: z.string(),
  year: z.number(),
  requested: z.object({ total: z.number(), unaccompaniedMinors: z.number() }),
  decided: z.object({ total: z.number(), unaccompaniedMinors: z.number() }).nullable(),
  settled: settledSplit,
  /** settled / decided in percent (one decimal); null while there is no decision. */
  percentOfDecided: z.number().nullable(),
  percentOfRequested: z.number().nullable(),
  /** Unaccompanied minors settled / decided for minors. */
  unaccompaniedMinorsPercentOfDecided: z.number().nullable(),
  remainingToDecided: z.number().nullable(),
});
export type SettlementProgress = z.infer<typeof settlementProgress>;
