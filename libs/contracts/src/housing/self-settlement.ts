import { z } from 'zod';
import { multiLineText, singleLineText } from '../common/text';
import { entityId, nok } from './common';

/**
 * Agreed self-settlement (avtalt selvbosetting): the refugee finds a private home; the
 * municipality approves only when every check passes. The rent check is computed from
 * the rent and the municipality's limit, the others are confirmed by staff.
 */
export const selfSettlementChecks = z.object({
  permitConfirmedWithImdi: z.boolean(),
  notAssignedElsewhere: z.boolean(),
  depositAndFirstRentAvailable: z.boolean(),
  leaseLegallyApproved: z.boolean(),
  standardInspected: z.boolean(),
});
export type SelfSettlementChecks = z.infer<typeof selfSettlementChecks>;

export const openSelfSettlement = z.object({
  householdId: entityId,
  address: singleLineText({ min: 3, max: 200 }),
  monthlyRentNok: nok,
});
export type OpenSelfSettlement = z.infer<typeof openSelfSettlement>;

/** The changed checks of a case (`id`, as in its path). */
export const updateSelfSettlementChecklist = selfSettlementChecks.partial().extend({ id: entityId });
export type UpdateSelfSettlementChecklist = z.infer<typeof updateSelfSettlementChecklist>;

const approve = z.object({ outcome: z.literal('approved') });
const reject = z.object({
  outcome: z.literal('rejected'),
  reason: multiLineText({ min: 3, max: 1000, minMessage: 'must say why (at least 3 characters)' }),
});

/** The decision as the HTTP body carries it (the case id is in the path). */
export const selfSettlementDecision = z.discriminatedUnion('outcome', [approve, reject]);

/** The decision on a case (`id`, as in its path). */
export const decideSelfSettlement = z.discriminatedUnion('outcome', [approve.extend({ id: entityId }), reject.extend({ id: entityId })]);
export type DecideSelfSettlement = z.infer<typeof decideSelfSettlement>;

export const selfSettlementStatus = z.enum(['open', 'approved', 'rejected']);

export const checklistItem = z.object({ check: z.string(), passed: z.boolean(), detail: z.string().optional() });
export type ChecklistItem = z.infer<typeof checklistItem>;

export const selfSettlementCase = z.object({
  id: entityId,
  municipality: z.string(),
  householdId: entityId,
  householdSize: z.number(),
  address: z.string(),
  monthlyRentNok: z.number(),
  rentLimitNok: z.number(),
  checks: selfSettlementChecks,
  checklist: z.array(checklistItem),
  readyForApproval: z.boolean(),
  status: selfSettlementStatus,
  rejectionReason: z.string().nullable(),
});
export type SelfSettlementCase = z.infer<typeof selfSettlementCase>;
