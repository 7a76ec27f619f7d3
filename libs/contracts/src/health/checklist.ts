import { z } from 'zod';
import { entityId, isoDate } from '../common/ids';
import { kommunenummer } from '../common/municipality';
import { queryInt } from '../common/numbers';
import { multiLineText, nameSearchText } from '../common/text';

/** The items of a settled person's arrival checklist (Helsedirektoratet, tuberkuloseforskriften § 3-2, FHI). */
export const checklistItemKinds = [
  'tuberculosis-screening',
  'health-examination',
  'mental-health-screening',
  'child-catch-up-vaccination',
  'adult-mmr',
  'adult-polio',
] as const;
export const checklistItemKind = z.enum(checklistItemKinds);
export type ChecklistItemKind = z.infer<typeof checklistItemKind>;

export const checklistStatuses = ['due', 'offered', 'done', 'declined', 'not-applicable'] as const;
export const checklistStatus = z.enum(checklistStatuses);
export type ChecklistStatus = z.infer<typeof checklistStatus>;

/** Who carries an item out. Also the "responsible unit" other services may learn. */
export const healthUnits = ['refugee-health-service', 'migra-station', 'gp', 'specialist'] as const;
export const healthUnit = z.enum(healthUnits);
export type HealthUnit = z.infer<typeof healthUnit>;

/** Referral of an item onwards: none, the person's GP (fastlege) or a specialist. */
export const healthReferralTarget = z.enum(['none', 'gp', 'specialist']);
export type HealthReferralTarget = z.infer<typeof healthReferralTarget>;

/** Where an item stands today: closed, pending, on the alert list, overdue, or past its latest date. */
export const checklistItemState = z.enum(['closed', 'pending', 'alert', 'overdue', 'past-latest']);
export type ChecklistItemState = z.infer<typeof checklistItemState>;

/** All another service may ever learn about a person's health follow-up. */
export const healthFollowUp = z.enum(['none', 'active', 'closed']);
export type HealthFollowUp = z.infer<typeof healthFollowUp>;

export const checklistItemView = z.object({
  id: entityId,
  personId: entityId,
  kind: checklistItemKind,
  recommendedBy: isoDate.nullable(),
  dueOn: isoDate,
  latestOn: isoDate.nullable(),
  alertFrom: isoDate,
  status: checklistStatus,
  responsibleUnit: healthUnit,
  referral: healthReferralTarget,
  note: z.string().nullable(),
  state: checklistItemState,
  daysLeft: z.number().int().nullable(),
});
export type ChecklistItemView = z.infer<typeof checklistItemView>;

export const healthPersonView = z.object({
  personId: entityId,
  householdId: entityId,
  municipality: kommunenummer,
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate,
  unaccompaniedMinor: z.boolean(),
  arrivedOn: isoDate,
  followUp: healthFollowUp,
  responsibleUnit: healthUnit,
});
export type HealthPersonView = z.infer<typeof healthPersonView>;

export const arrivalChecklistView = z.object({ person: healthPersonView, items: z.array(checklistItemView) });
export type ArrivalChecklistView = z.infer<typeof arrivalChecklistView>;

export const checklistSummary = healthPersonView.extend({
  openItems: z.number().int(),
  next: z.object({ kind: checklistItemKind, dueOn: isoDate, state: checklistItemState }).nullable(),
});
export type ChecklistSummary = z.infer<typeof checklistSummary>;

export const listArrivalChecklistsInput = z.object({
  /** `open`: people with an item still due or offered (default); `all`: everyone followed. */
  show: z.enum(['open', 'all']).default('open'),
  /** Part of a given or family name (at least 2 characters, never a national id). */
  q: nameSearchText.optional(),
  limit: queryInt({ min: 1, max: 500 }).default(100),
  offset: queryInt({ min: 0, max: 1_000_000 }).default(0),
});
export type ListArrivalChecklistsQuery = z.infer<typeof listArrivalChecklistsInput>;

export const getArrivalChecklistInput = z.object({ personId: entityId });

export const updateChecklistItemInput = z.object({
  itemId: entityId,
  status: checklistStatus,
  referral: healthReferralTarget.default('none'),
  responsibleUnit: healthUnit.optional(),
  note: multiLineText({ max: 2000 }).nullable().default(null),
});
export type UpdateChecklistItem = z.infer<typeof updateChecklistItemInput>;
