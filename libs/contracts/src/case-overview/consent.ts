import { z } from 'zod';
import { plannedCaseDate } from '../common/dates';
import { withCode } from '../common/issue-codes';
import { multiLineText, singleLineText } from '../common/text';
import { entityId, isoDate } from './common';
import { department, type Department } from './departments';

/**
 * What may be shared: a category of a person's information. A consent names a category
 * and the unit that may receive it, written `category→recipient`, e.g.
 * `health-follow-up-status→coordination-group`.
 */
export const informationCategory = z.enum([
  'housing-status',
  'intro-status',
  'intro-absence',
  'health-follow-up-status',
  'volunteering-status',
]);
export type InformationCategory = z.infer<typeof informationCategory>;

/** What a department shares about a person when it refers them to another unit. */
export const categorySharedBy: Readonly<Record<Department, InformationCategory | null>> = {
  housing: 'housing-status',
  introduction: 'intro-status',
  health: 'health-follow-up-status',
  volunteering: 'volunteering-status',
  'coordination-group': null,
  nav: null,
};

export const SCOPE_ARROW = '→';

export const scopeKey = (category: InformationCategory, recipient: Department) => `${category}${SCOPE_ARROW}${recipient}`;

/** `category→recipient`; `->` is accepted for keyboards without the arrow. */
export const consentScope = z
  .string({ message: 'must be text' })
  .max(100, 'must be at most 100 characters')
  .transform((value) => value.replace('->', SCOPE_ARROW))
  .pipe(
    z.string().refine(
      (value) => {
        const [category, recipient, ...rest] = value.split(SCOPE_ARROW);
        return rest.length === 0 && informationCategory.safeParse(category).success && department.safeParse(recipient).success;
      },
      {
        params: withCode('invalid_scope'),
        message: `must be <category>→<recipient> with category one of ${informationCategory.options.join(', ')} and recipient one of ${department.options.join(', ')}`,
      },
    ),
  );

export function parseScope(scope: string): { category: InformationCategory; recipient: Department } {
  const [category, recipient] = scope.split(SCOPE_ARROW);
  return { category: category as InformationCategory, recipient: recipient as Department };
}

/**
 * Who gave the consent. Consent rules concern persons over 18 (docs/domain.md, "Consent"); for a
 * person under 18 on the day it is recorded the consent must come from a `guardian`
 * (a parent with parental responsibility, or the appointed representative/guardian of an
 * unaccompanied minor), named in `grantorName`, and it is recorded on the child. A guardian's
 * consent ends on the child's 18th birthday: from then on only the person can consent.
 * For adults `self`, or `representative` (a guardian appointed under the guardianship act).
 */
export const consentGrantor = z.enum(['self', 'guardian', 'representative']);
export type ConsentGrantor = z.infer<typeof consentGrantor>;

const consentFields = z.object({
  scope: consentScope,
  grantor: consentGrantor.default('self'),
  /** Required unless the person consents themselves. */
  grantorName: singleLineText({ min: 2, max: 200, minMessage: 'must name the guardian or representative' }).optional(),
  /** How the consent was obtained, e.g. "signed form, interpreter present (Tigrinya)". */
  evidenceNote: multiLineText({ min: 3, max: 2000, minMessage: 'must say how the consent was obtained' }),
  validFrom: plannedCaseDate.optional(),
  validTo: plannedCaseDate.optional(),
});

type ConsentFields = z.infer<typeof consentFields>;
const consentRules = <S extends z.ZodType<ConsentFields>>(schema: S) =>
  schema
    .refine((c) => c.grantor === 'self' || !!c.grantorName, {
      path: ['grantorName'],
      message: 'must name the guardian or representative who consented',
      params: withCode('grantor_name_required'),
    })
    .refine((c) => !c.validFrom || !c.validTo || c.validFrom < c.validTo, {
      path: ['validTo'],
      message: 'must be after validFrom',
      params: withCode('not_after', { other: 'validFrom' }),
    });

/** HTTP body of `POST /api/cases/persons/:personId/consents` (the person is in the path). */
export const giveConsentBody = consentRules(consentFields);
export const giveConsent = consentRules(consentFields.extend({ personId: entityId }));
export type GiveConsent = z.infer<typeof giveConsent>;

export const withdrawConsentBody = z.object({
  scope: consentScope,
  /** Who withdrew and how, e.g. "by phone to the refugee service". */
  note: multiLineText({ min: 3, max: 2000, minMessage: 'must say how the withdrawal was received' }),
});
export const withdrawConsent = withdrawConsentBody.extend({ personId: entityId });
export type WithdrawConsent = z.infer<typeof withdrawConsent>;

export const listConsents = z.object({ personId: entityId });
export type ListConsents = z.infer<typeof listConsents>;

export const consentRecord = z.object({
  id: entityId,
  personId: entityId,
  municipality: z.string(),
  scope: z.string(),
  grantor: consentGrantor,
  grantorName: z.string().nullable(),
  /** Null when withheld: only the roles that record consent (consent:write) read how it was obtained. */
  evidenceNote: z.string().nullable(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
  withdrawalNote: z.string().nullable(),
  /** Given, not withdrawn, and today within validFrom..validTo. */
  active: z.boolean(),
});
export type ConsentRecord = z.infer<typeof consentRecord>;

/**
 * `history`: every record with its notes, for the roles that record consent (consent:write).
 * `status-per-scope`: the newest record per scope without the notes, for the roles that only
 * need to know whether sharing is allowed.
 */
export const consentListView = z.enum(['history', 'status-per-scope']);
export const consentList = z.object({ personId: entityId, view: consentListView, consents: z.array(consentRecord) });
export type ConsentList = z.infer<typeof consentList>;

/**
 * Information behind a consent scope: either shared, or shown as restricted with the reason,
 * never silently absent (the reader must know something is withheld and why).
 */
export const shared = <T extends z.ZodType>(data: T) =>
  z.discriminatedUnion('restricted', [
    z.object({ restricted: z.literal(false), scope: z.string(), data }),
    z.object({ restricted: z.literal(true), scope: z.string(), reason: z.string() }),
  ]);
export type Shared<T> = { restricted: false; scope: string; data: T } | { restricted: true; scope: string; reason: string };
