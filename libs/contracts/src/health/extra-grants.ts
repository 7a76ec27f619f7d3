import { z } from 'zod';
import { withCode } from '../common/issue-codes';
import { pastCaseDate } from '../common/dates';
import { entityId, isoDate } from '../common/ids';
import { boundedInt } from '../common/numbers';
import { multiLineText, singleLineText } from '../common/text';
import { coordinationUnit } from './coordination';

/** IMDi's ekstratilskudd: tilskudd 1 one-off (grant year 1 or 2), tilskudd 2 yearly. */
export const extraGrantKind = z.enum(['tilskudd-1', 'tilskudd-2']);
export type ExtraGrantKindValue = z.infer<typeof extraGrantKind>;
export const extraGrantStatus = z.enum(['draft', 'submitted', 'granted', 'rejected']);

const nok = boundedInt({ min: 0, max: 100_000_000, kind: 'an amount in NOK' });

export const costLine = z.object({
  unit: coordinationUnit,
  description: singleLineText({ min: 1, max: 300 }),
  amountNok: nok,
});

export const extraGrantView = z.object({
  id: entityId,
  personId: entityId,
  givenName: z.string(),
  familyName: z.string(),
  caseId: entityId.nullable(),
  kind: extraGrantKind,
  grantYear: z.number().int(),
  /** The last day to apply for this grant year: 14 months after settlement for year 1, 2 months after each grant year. */
  deadline: isoDate,
  settledByAgreementWithImdi: z.boolean(),
  conditionKnownBeforeSettlement: z.boolean(),
  bornAfterMothersSettlement: z.object({ bornOn: isoDate, motherSettledOn: isoDate }).nullable(),
  /** Health detail: what the extra need is. Stays in the health service. */
  conditionNote: z.string().nullable(),
  consentFormReceivedOn: isoDate.nullable(),
  doctorStatementReceivedOn: isoDate.nullable(),
  involvedUnits: z.array(coordinationUnit),
  costLines: z.array(costLine),
  costTotalNok: z.number().int(),
  status: extraGrantStatus,
  submittedOn: isoDate.nullable(),
  decidedOn: isoDate.nullable(),
  grantedNok: z.number().int().nullable(),
});
export type ExtraGrantView = z.infer<typeof extraGrantView>;

export const extraGrantYearTotals = z.object({
  year: z.number().int(),
  applications: z.number().int(),
  units: z.number().int(),
  appliedNok: z.number().int(),
  grantedNok: z.number().int(),
  granted: z.number().int(),
  rejected: z.number().int(),
  pending: z.number().int(),
});

const draftFields = {
  settledByAgreementWithImdi: z.boolean(),
  conditionKnownBeforeSettlement: z.boolean(),
  bornAfterMothersSettlement: z.object({ bornOn: pastCaseDate, motherSettledOn: pastCaseDate }).nullable(),
  conditionNote: multiLineText({ max: 4000 }).nullable(),
  consentFormReceivedOn: pastCaseDate.nullable(),
  doctorStatementReceivedOn: pastCaseDate.nullable(),
  involvedUnits: z.array(coordinationUnit).max(9),
  costLines: z.array(costLine).max(50),
};

export const createExtraGrantInput = z.object({
  personId: entityId,
  caseId: entityId.nullable().default(null),
  kind: extraGrantKind,
  grantYear: boundedInt({ min: 1, max: 20, kind: 'a grant year' }),
  settledByAgreementWithImdi: draftFields.settledByAgreementWithImdi,
  conditionKnownBeforeSettlement: draftFields.conditionKnownBeforeSettlement,
  bornAfterMothersSettlement: draftFields.bornAfterMothersSettlement.default(null),
  conditionNote: draftFields.conditionNote.default(null),
  consentFormReceivedOn: draftFields.consentFormReceivedOn.default(null),
  doctorStatementReceivedOn: draftFields.doctorStatementReceivedOn.default(null),
  involvedUnits: draftFields.involvedUnits.default([]),
  costLines: draftFields.costLines.default([]),
});
export type CreateExtraGrant = z.infer<typeof createExtraGrantInput>;

export const updateExtraGrantInput = z.object({ applicationId: entityId, ...z.object(draftFields).partial().shape });
export type UpdateExtraGrant = z.infer<typeof updateExtraGrantInput>;

export const submitExtraGrantInput = z.object({ applicationId: entityId, submittedOn: pastCaseDate });
export type SubmitExtraGrant = z.infer<typeof submitExtraGrantInput>;

export const decideExtraGrantInput = z
  .object({
    applicationId: entityId,
    outcome: z.enum(['granted', 'rejected']),
    decidedOn: pastCaseDate,
    grantedNok: nok.nullable().default(null),
  })
  .refine((v) => v.outcome !== 'granted' || v.grantedNok !== null, {
    path: ['grantedNok'],
    message: 'must give the amount granted',
    params: withCode('required'),
  });
export type DecideExtraGrant = z.infer<typeof decideExtraGrantInput>;
