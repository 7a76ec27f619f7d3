import { z } from 'zod';
import { withCode } from '../common/issue-codes';
import { queryInt } from '../common/numbers';
import { multiLineText } from '../common/text';
import { entityId } from './common';
import { department } from './departments';

export const referralStatus = z.enum(['open', 'accepted', 'rejected', 'completed']);
export type ReferralStatus = z.infer<typeof referralStatus>;

/**
 * A referral sends a person from one department to another (e.g. housing → health).
 * It shares the sending department's information category with the receiver, so it needs
 * the person's consent `<category>→<receiver>`; a user holding `referral:override` may
 * send it without, stating why (the override is audited and stored on the referral).
 *
 * The sender is always the caller's own unit (derived from the role by the service), never
 * a field of the request: a request naming `fromDepartment` is refused, so that no one can
 * pose as another unit to pick a sender whose referrals need no consent.
 */
const referralFields = z.object({
  personId: entityId,
  /** Refused when given: the sender is the caller's own unit. */
  fromDepartment: z.never({ error: 'must not be given: a referral is always sent by your own unit' }).optional(),
  toDepartment: department,
  reason: multiLineText({ min: 5, max: 2000, minMessage: 'must say why (at least 5 characters)' }),
});
const overrideReason = multiLineText({ min: 10, max: 2000, minMessage: 'must explain the override in at least 10 characters' });

/** HTTP body of `POST /api/cases/referrals`: never overrides a missing consent. */
export const createReferralBody = referralFields;
/** HTTP body of `POST /api/cases/referrals/override` (permission referral:override, audited as an override). */
export const createReferralOverrideBody = referralFields.extend({ overrideReason });
/** Service input: with `overrideReason` only from a user holding referral:override. */
export const createReferral = referralFields.extend({ overrideReason: overrideReason.optional() });
export type CreateReferral = z.infer<typeof createReferral>;

export const referralDecision = z.enum(['accept', 'reject', 'complete']);
const decisionRule = <S extends z.ZodType<{ decision: string; note?: string }>>(schema: S) =>
  schema.refine((d) => d.decision !== 'reject' || (d.note?.length ?? 0) >= 3, {
    path: ['note'],
    message: 'must say why the referral is rejected',
    params: withCode('reason_required'),
  });
const decisionFields = z.object({ decision: referralDecision, note: multiLineText({ max: 2000 }).optional() });
/** HTTP body of `POST /api/cases/referrals/:referralId/decision`. */
export const decideReferralBody = decisionRule(decisionFields);
export const decideReferral = decisionRule(decisionFields.extend({ referralId: entityId }));
export type DecideReferral = z.infer<typeof decideReferral>;

export const listReferrals = z.object({
  /** Defaults to the caller's own department. */
  department: department.optional(),
  direction: z.enum(['incoming', 'outgoing', 'both']).default('both'),
  status: referralStatus.optional(),
  personId: entityId.optional(),
  limit: queryInt({ min: 1, max: 200 }).default(50),
  offset: queryInt({ min: 0, max: 1_000_000 }).default(0),
});
export type ListReferrals = z.infer<typeof listReferrals>;

export const referral = z.object({
  id: entityId,
  municipality: z.string(),
  personId: entityId,
  householdId: entityId,
  fromDepartment: department,
  toDepartment: department,
  reason: z.string(),
  requiredScope: z.string().nullable(),
  consentOverridden: z.boolean(),
  overrideReason: z.string().nullable(),
  status: referralStatus,
  createdAt: z.string(),
  createdBy: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decisionNote: z.string().nullable(),
  completedAt: z.string().nullable(),
});
export type Referral = z.infer<typeof referral>;
export const referralList = z.object({ items: z.array(referral) });
export type ReferralList = z.infer<typeof referralList>;
