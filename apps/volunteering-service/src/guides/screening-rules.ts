import { addMonths, ageOn, daysBetween } from '@ankomst/contracts';
import {
  ADULT_MIN_AGE,
  type GuideRole,
  type GuideStatus,
  REMINDER_DAYS,
  rolesWithMinors,
  type ScreeningStep,
  YOUTH_MIN_AGE,
} from '@ankomst/contracts/volunteering';

/**
 * The screening of a volunteer (Red Cross refugee guide model), as pure rules over one
 * record: application → interview → start course → signed ethics and confidentiality
 * declaration → police certificate seen (roles with minors) → approved or rejected. First
 * aid is due within 12 months of the start course; the evaluation every 3 years after
 * approval. Matching is blocked while a required item is missing or has run out.
 */

/** That a police certificate was seen: never the document itself. */
export interface PoliceCertificateSeen {
  certificateDate: string;
  type: 'barneomsorgsattest';
  seenOn: string;
  seenBy: string;
  noRemarks: boolean;
}

export interface ScreeningRecord {
  role: GuideRole;
  birthDate: string;
  guardianConsent: boolean;
  status: GuideStatus;
  decidedOn: string | null;
  interviewOn: string | null;
  startCourseOn: string | null;
  firstAidOn: string | null;
  ethicsSignedOn: string | null;
  policeCertificate: PoliceCertificateSeen | null;
  lastEvaluationOn: string | null;
}

export const FIRST_AID_WITHIN_MONTHS = 12;
export const EVALUATION_EVERY_MONTHS = 36;

/** What is missing or wrong: a code the portal translates. */
export type Blocker =
  | 'not-approved'
  | 'too-young'
  | 'guardian-consent-missing'
  | 'interview-missing'
  | 'start-course-missing'
  | 'ethics-declaration-missing'
  | 'police-certificate-missing'
  | 'police-certificate-remarks'
  | 'first-aid-overdue'
  | 'evaluation-overdue';

export const involvesMinors = (role: GuideRole) => rolesWithMinors.includes(role);

/** Age 18+, or 16+ for a youth buddy with a guardian's consent. */
export function ageBlocker(record: Pick<ScreeningRecord, 'role' | 'birthDate' | 'guardianConsent'>, today: string): Blocker | null {
  const age = ageOn(record.birthDate, today);
  if (age >= ADULT_MIN_AGE) return null;
  if (record.role !== 'youth-buddy' || age < YOUTH_MIN_AGE) return 'too-young';
  return record.guardianConsent ? null : 'guardian-consent-missing';
}

/** The step a screening step needs done before it (the order of the model). */
const requiredBefore: Record<ScreeningStep, ScreeningStep | 'approval' | null> = {
  interview: null,
  'start-course': 'interview',
  'first-aid': 'start-course',
  'ethics-declaration': 'start-course',
  'police-certificate': 'ethics-declaration',
  evaluation: 'approval',
};

const stepDone = (record: ScreeningRecord, step: ScreeningStep | 'approval'): boolean => {
  switch (step) {
    case 'interview':
      return record.interviewOn !== null;
    case 'start-course':
      return record.startCourseOn !== null;
    case 'first-aid':
      return record.firstAidOn !== null;
    case 'ethics-declaration':
      return record.ethicsSignedOn !== null;
    case 'police-certificate':
      return record.policeCertificate !== null;
    case 'evaluation':
      return record.lastEvaluationOn !== null;
    case 'approval':
      return record.status === 'approved';
  }
};

/** Why a step cannot be recorded now (the step before it is missing, or the screening is closed); null when it can. */
export function stepRefusal(record: ScreeningRecord, step: ScreeningStep): string | null {
  if (record.status === 'rejected' || record.status === 'withdrawn') return 'screening-closed';
  if (step === 'police-certificate' && !involvesMinors(record.role)) return 'police-certificate-not-needed';
  const before = requiredBefore[step];
  if (before !== null && !stepDone(record, before)) return `${before}-missing`;
  return null;
}

/** The next step to do, or `decision` when everything approval needs is there, or null once decided. */
export function nextStep(record: ScreeningRecord): ScreeningStep | 'decision' | null {
  if (record.status !== 'applicant') return null;
  const order: ScreeningStep[] = ['interview', 'start-course', 'ethics-declaration'];
  if (involvesMinors(record.role)) order.push('police-certificate');
  return order.find((step) => !stepDone(record, step)) ?? 'decision';
}

/** What stands between an applicant and approval (first aid may follow within 12 months). */
export function approvalBlockers(record: ScreeningRecord, today: string): Blocker[] {
  const blockers: Blocker[] = [];
  const age = ageBlocker(record, today);
  if (age) blockers.push(age);
  if (!record.interviewOn) blockers.push('interview-missing');
  if (!record.startCourseOn) blockers.push('start-course-missing');
  if (!record.ethicsSignedOn) blockers.push('ethics-declaration-missing');
  if (involvesMinors(record.role)) {
    if (!record.policeCertificate) blockers.push('police-certificate-missing');
    else if (!record.policeCertificate.noRemarks) blockers.push('police-certificate-remarks');
  }
  if (firstAidOverdue(record, today)) blockers.push('first-aid-overdue');
  return blockers;
}

export const firstAidDue = (record: Pick<ScreeningRecord, 'startCourseOn'>): string | null =>
  record.startCourseOn ? addMonths(record.startCourseOn, FIRST_AID_WITHIN_MONTHS) : null;

function firstAidOverdue(record: ScreeningRecord, today: string): boolean {
  const due = firstAidDue(record);
  return record.firstAidOn === null && due !== null && today > due;
}

/** The evaluation is due 3 years after the last one, or after approval when there was none. */
export function evaluationDue(record: Pick<ScreeningRecord, 'status' | 'decidedOn' | 'lastEvaluationOn'>): string | null {
  if (record.status !== 'approved') return null;
  const from = record.lastEvaluationOn ?? record.decidedOn;
  return from ? addMonths(from, EVALUATION_EVERY_MONTHS) : null;
}

/** What blocks matching: not approved, or a required item missing or run out. Empty = may be matched. */
export function matchingBlockers(record: ScreeningRecord, today: string): Blocker[] {
  if (record.status !== 'approved') return ['not-approved'];
  const blockers = approvalBlockers(record, today);
  const evaluation = evaluationDue(record);
  if (evaluation && today > evaluation) blockers.push('evaluation-overdue');
  return blockers;
}

/** A reminder 90, 60 and 30 days ahead of a due day; `expired` once it has passed. */
export interface Reminder {
  dueOn: string;
  daysLeft: number;
  /** The reminder band the day falls in (90, 60 or 30 days ahead), null when further off. */
  within: (typeof REMINDER_DAYS)[number] | null;
  expired: boolean;
}

export function reminderFor(dueOn: string, today: string): Reminder {
  const daysLeft = daysBetween(today, dueOn);
  const bands = [...REMINDER_DAYS].sort((a, b) => a - b);
  const within = daysLeft < 0 ? null : (bands.find((band) => daysLeft <= band) ?? null);
  return { dueOn, daysLeft, within, expired: daysLeft < 0 };
}

export type ExpiringItem = 'first-aid' | 'evaluation';

/** The items of a record that run out, each with its reminder state (first aid only while still missing). */
export function expiringItems(record: ScreeningRecord, today: string): { item: ExpiringItem; reminder: Reminder }[] {
  const items: { item: ExpiringItem; reminder: Reminder }[] = [];
  const firstAid = firstAidDue(record);
  if (firstAid && record.firstAidOn === null && record.status !== 'rejected' && record.status !== 'withdrawn') {
    items.push({ item: 'first-aid', reminder: reminderFor(firstAid, today) });
  }
  const evaluation = evaluationDue(record);
  if (evaluation) items.push({ item: 'evaluation', reminder: reminderFor(evaluation, today) });
  return items;
}
