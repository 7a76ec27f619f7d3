import { z } from 'zod';

/**
 * The introduction programme's vocabulary (integreringsloven 2021 and its regulations), shared
 * by the service, the gateway's OpenAPI and the portal. Rules that compute with it live in
 * `apps/introduction-service/src/rules/`.
 */

/** Sluttmål groups (integreringsforskriften): each has its own plan length. */
export const sluttmaalGroup = z.enum([
  // has upper secondary education or higher: work or higher education, 3–6 months (+6)
  'work-or-higher-education',
  // under 25 without upper secondary: complete upper secondary, 3 months–3 years (+1 year)
  'upper-secondary-under-25',
  // 25 or over and aiming at upper secondary: the same
  'upper-secondary-25-plus',
  // anyone else: work, or parts of lower or upper secondary, 3 months–2 years (+1 year)
  'work-or-basic-education',
]);
export type SluttmaalGroup = z.infer<typeof sluttmaalGroup>;

/** The Norwegian goal as a CEFR level (integreringsforskriften § 26). */
export const cefrLevel = z.enum(['A1', 'A2', 'B1', 'B2', 'C1']);
export type CefrLevel = z.infer<typeof cefrLevel>;

export const measureKind = z.enum([
  'norwegian',
  'samfunnskunnskap',
  'livsmestring',
  'foreldreveiledning',
  'language-practice',
  'work-practice',
  'work-from-day-one',
  'trade-certificate',
  'education',
  'other',
]);
export type MeasureKind = z.infer<typeof measureKind>;

export interface MeasureCatalogueEntry {
  kind: MeasureKind;
  /** Every plan must hold it (foreldreveiledning only for participants who have or expect children). */
  mandatory: 'always' | 'parents' | false;
  /** Counts as the plan's element aimed at work or education. */
  workOrEducation: boolean;
  /** Usually needs substantial self-study: full time is 30 hours instead of 37.5. */
  selfStudy: boolean;
}

/** The measure catalogue, held as data: the plan editor offers these, the full-time check reads them. */
export const measureCatalogue: readonly MeasureCatalogueEntry[] = [
  { kind: 'norwegian', mandatory: 'always', workOrEducation: false, selfStudy: false },
  { kind: 'samfunnskunnskap', mandatory: 'always', workOrEducation: false, selfStudy: false },
  { kind: 'livsmestring', mandatory: 'always', workOrEducation: false, selfStudy: false },
  { kind: 'foreldreveiledning', mandatory: 'parents', workOrEducation: false, selfStudy: false },
  { kind: 'language-practice', mandatory: false, workOrEducation: false, selfStudy: false },
  { kind: 'work-practice', mandatory: false, workOrEducation: true, selfStudy: false },
  { kind: 'work-from-day-one', mandatory: false, workOrEducation: true, selfStudy: false },
  { kind: 'trade-certificate', mandatory: false, workOrEducation: true, selfStudy: true },
  { kind: 'education', mandatory: false, workOrEducation: true, selfStudy: true },
  { kind: 'other', mandatory: false, workOrEducation: false, selfStudy: false },
];

/** Mandatory elements a plan can miss: the catalogue's mandatory kinds and the work/education element. */
export const mandatoryElement = z.enum(['norwegian', 'samfunnskunnskap', 'livsmestring', 'foreldreveiledning', 'work-or-education']);
export type MandatoryElement = z.infer<typeof mandatoryElement>;

/** How a person reaches the programme: from housing's settled-person event, or added by hand with a reason. */
export const participantSource = z.enum(['settled-event', 'manual']);

/** The participant's way through the programme. */
export const participantStatus = z.enum(['candidate', 'mapped', 'granted', 'refused', 'active', 'stopped', 'exited']);
export type ParticipantStatus = z.infer<typeof participantStatus>;

/** The decision deadline's state (3 months after settlement; warned from 14 days before). */
export const decisionDeadlineState = z.enum(['open', 'warning', 'due', 'overdue', 'decided', 'none']);
export type DecisionDeadlineState = z.infer<typeof decisionDeadlineState>;

export const careerGuidanceRecommendation = z.enum(['work', 'education']);

export const absenceReason = z.enum(['own-illness', 'sick-child', 'welfare', 'appointment', 'leave']);
export type AbsenceReason = z.infer<typeof absenceReason>;

/** Where the participant lives, for the stipend's under-25 rates. */
export const livingSituation = z.enum(['alone', 'with-parents', 'other']);
export type LivingSituation = z.infer<typeof livingSituation>;

export const exitReason = z.enum(['goal-reached', 'time-used', 'quit', 'moved', 'other']);
export type ExitReason = z.infer<typeof exitReason>;

export const exitOutcome = z.enum(['work-full-time', 'work-part-time', 'education', 'primary-school', 'other']);
export type ExitOutcome = z.infer<typeof exitOutcome>;

/** The participant's status one year after the exit (the follow-up behind the 70 % target). */
export const followUpStatus = z.enum(['work-full-time', 'work-part-time', 'education', 'other']);
export type FollowUpStatus = z.infer<typeof followUpStatus>;
