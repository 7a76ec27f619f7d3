import { z } from 'zod';
import { arrivalOrigin, personSex } from '../housing/household';
import { pastCaseDate, plannedCaseDate } from '../common/dates';
import { withCode } from '../common/issue-codes';
import { entityId, isoDate } from '../common/ids';
import { kommunenummer } from '../common/municipality';
import { boundedInt, queryInt } from '../common/numbers';
import { multiLineText, nameSearchText, singleLineText } from '../common/text';
import { departmentEndpoints } from '../kit/department-endpoints';
import { introductionPermissions } from './permissions';
import {
  absenceReason,
  careerGuidanceRecommendation,
  cefrLevel,
  decisionDeadlineState,
  exitOutcome,
  exitReason,
  followUpStatus,
  livingSituation,
  mandatoryElement,
  measureKind,
  participantSource,
  participantStatus,
  sluttmaalGroup,
} from './programme';

/** The introduction service's endpoints, declared once for service, gateway and portal. */

const reason = multiLineText({ min: 3, max: 2000 });
const shortText = singleLineText({ min: 1, max: 200 });
const read = { permissions: [introductionPermissions.read] } as const;
const write = { permissions: [introductionPermissions.write] } as const;
const purpose = 'introduction case work';
const introduction = departmentEndpoints('introduction');

// ---------- participants ----------

export const eligibilityView = z.object({
  eligible: z.boolean(),
  needsManualCheck: z.boolean(),
  reasons: z.array(z.string()),
  ageAtPermit: z.number().int().nullable(),
});

export const deadlineView = z.object({
  deadline: isoDate,
  warnFrom: isoDate,
  state: decisionDeadlineState,
  daysLeft: z.number().int().nullable(),
});
export type DeadlineView = z.infer<typeof deadlineView>;

export const mappingInput = z.object({
  languages: z.array(singleLineText({ min: 1, max: 60 })).max(20),
  education: multiLineText({ min: 1, max: 2000 }),
  hasUpperSecondary: z.boolean(),
  workExperience: multiLineText({ min: 0, max: 2000 }),
  otherCompetence: multiLineText({ min: 0, max: 2000 }),
  interpreterUsed: z.boolean(),
  mappedOn: pastCaseDate,
});
export type MappingInput = z.infer<typeof mappingInput>;

export const careerGuidanceInput = z.object({
  recommendation: careerGuidanceRecommendation,
  note: multiLineText({ min: 0, max: 2000 }),
  recordedOn: pastCaseDate,
});

export const decisionView = z.object({
  outcome: z.enum(['granted', 'refused']),
  decidedOn: isoDate,
  reason: z.string().nullable(),
  appealInformation: z.string(),
});

export const exitView = z.object({ reason: exitReason, outcome: exitOutcome, exitedOn: isoDate, note: z.string().nullable() });
/** The status one year after the exit, as the advisor registered it (`observedOn`: the day it held). */
export const followUpView = z.object({ status: followUpStatus, observedOn: isoDate, note: z.string().nullable() });
export const stopView = z.object({ kind: z.enum(['temporary', 'permanent']), ground: z.string(), from: isoDate, to: isoDate.nullable() });

export const participantView = z.object({
  id: entityId,
  municipality: kommunenummer,
  personId: entityId,
  householdId: entityId,
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate,
  sex: personSex,
  origin: arrivalOrigin,
  residencePermitDate: isoDate.nullable(),
  settledOn: isoDate.nullable(),
  source: participantSource,
  manualReason: z.string().nullable(),
  status: participantStatus,
  eligibility: eligibilityView,
  deadline: deadlineView.nullable(),
  hasChildren: z.boolean(),
  expectsChild: z.boolean(),
  livingSituation: livingSituation,
  researchOptOut: z.boolean(),
  mapping: mappingInput.nullable(),
  careerGuidance: careerGuidanceInput.nullable(),
  decision: decisionView.nullable(),
  stop: stopView.nullable(),
  exit: exitView.nullable(),
  /** The follow-up one year after the exit; null until registered. */
  followUp: followUpView.nullable(),
  /** The first day the follow-up may be registered (the exit date + 1 year); null before the exit. */
  followUpDueOn: isoDate.nullable(),
});
export type ParticipantView = z.infer<typeof participantView>;

export const listParticipantsInput = z.object({
  limit: queryInt({ min: 1, max: 500 }).default(100),
  offset: queryInt({ min: 0, max: 1_000_000 }).default(0),
  search: nameSearchText.optional(),
  status: participantStatus.optional(),
  /** `attention`: warning, due or overdue. */
  deadline: z.enum(['attention', 'overdue', 'open', 'decided']).optional(),
});
export type ListParticipantsQuery = z.infer<typeof listParticipantsInput>;

const participantRef = z.object({ participantId: entityId });

export const listParticipants = introduction.get('list-participants', {
  summary: 'Candidates and participants of your municipality, the nearest decision deadline first',
  input: listParticipantsInput,
  output: z.object({ total: z.number().int(), items: z.array(participantView) }),
  access: read,
  audit: { action: 'introduction.participants.list', purpose, persons: (out) => out?.items.map((item) => item.personId) ?? [] },
  path: '/participants',
});

export const participantCounts = introduction.get('participant-counts', {
  summary: 'How many candidates and participants of your municipality are in each status (numbers, no person)',
  output: z.object({ byStatus: z.record(participantStatus, z.number().int()) }),
  access: read,
  audit: false,
});

export const getParticipant = introduction.get('get-participant', {
  summary: 'One candidate or participant',
  input: participantRef,
  output: participantView,
  access: read,
  audit: { action: 'introduction.participant.read', purpose, persons: (out) => (out ? [out.personId] : []) },
  path: '/participants/:participantId',
  errors: { 404: 'No such participant in your municipality' },
});

export const addParticipantInput = z.object({ personId: entityId, reason });
export const addParticipant = introduction.post('add-participant', {
  summary: 'Add a person housing knows as a candidate by hand, with the reason',
  input: addParticipantInput,
  output: participantView,
  access: write,
  audit: { action: 'introduction.participant.add', purpose, persons: (out, input) => [out?.personId ?? input.personId] },
  path: '/participants',
  status: 201,
  errors: { 404: 'Housing has not told us about this person', 409: 'The person is a candidate already' },
});

export const updateParticipantFactsInput = participantRef.extend({
  expectsChild: z.boolean(),
  livingSituation,
  researchOptOut: z.boolean(),
});
export const updateParticipantFacts = introduction.put('update-participant-facts', {
  summary: 'Expecting a child, living situation (for the stipend) and the NIR research opt-out',
  input: updateParticipantFactsInput,
  output: participantView,
  access: write,
  audit: { action: 'introduction.participant.update', purpose, persons: (out) => (out ? [out.personId] : []) },
  path: '/participants/:participantId/facts',
});

export const recordMapping = introduction.put('record-mapping', {
  summary: 'Record the kartlegging (languages, education, work experience, other competence, interpreter)',
  input: participantRef.extend(mappingInput.shape),
  output: participantView,
  access: write,
  audit: { action: 'introduction.mapping.record', purpose, persons: (out) => (out ? [out.personId] : []) },
  path: '/participants/:participantId/mapping',
});

export const recordCareerGuidance = introduction.put('record-career-guidance', {
  summary: "Record the county's career guidance outcome (towards work or education)",
  input: participantRef.extend(careerGuidanceInput.shape),
  output: participantView,
  access: write,
  audit: { action: 'introduction.career-guidance.record', purpose, persons: (out) => (out ? [out.personId] : []) },
  path: '/participants/:participantId/career-guidance',
});

export const recordDecisionInput = participantRef
  .extend({
    outcome: z.enum(['granted', 'refused']),
    decidedOn: pastCaseDate,
    reason: multiLineText({ min: 0, max: 2000 }).optional(),
    appealInformation: multiLineText({ min: 10, max: 2000 }),
  })
  .refine((d) => d.outcome === 'granted' || (d.reason?.trim().length ?? 0) >= 3, {
    path: ['reason'],
    message: 'a refusal needs its reason',
    params: withCode('reason_required'),
  });
export const recordDecision = introduction.post('record-decision', {
  summary: 'Record the decision: granted, or refused with the reason; with the appeal information',
  input: recordDecisionInput,
  output: participantView,
  access: write,
  audit: { action: 'introduction.decision.record', purpose, persons: (out) => (out ? [out.personId] : []) },
  path: '/participants/:participantId/decision',
  status: 201,
  errors: { 409: 'Mapping and career guidance come first, or the decision is recorded already' },
});

// ---------- integration plan ----------

const hoursPerWeek = z
  .number({ message: 'must be a number' })
  .min(0, { message: 'must be at least 0' })
  .max(40, { message: 'must be at most 40' })
  .multipleOf(0.25, { message: 'must be whole quarter hours' });

export const plannedMeasureInput = z.object({
  kind: measureKind,
  description: singleLineText({ min: 0, max: 200 }),
  hoursPerWeek,
  from: plannedCaseDate,
  to: plannedCaseDate,
  substantialSelfStudy: z.boolean().optional(),
});

export const planInput = z.object({
  sluttmaalGroup,
  goal: shortText,
  norwegianGoal: cefrLevel,
  startDate: plannedCaseDate,
  endDate: plannedCaseDate,
  extended: z.boolean(),
  extensionReason: multiLineText({ min: 0, max: 2000 }).nullable(),
  contractSignedOn: pastCaseDate.nullable(),
  measures: z.array(plannedMeasureInput).max(40),
});

export const fullTimeView = z.object({
  weeks: z.array(z.object({ weekStart: isoDate, hours: z.number(), requiredHours: z.number(), fullTime: z.boolean() })),
  missing: z.array(mandatoryElement),
  complete: z.boolean(),
});

export const planVersionView = planInput.extend({
  participantId: entityId,
  personId: entityId,
  version: z.number().int(),
  reason: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  fullTime: fullTimeView,
  window: z.object({ earliestEnd: isoDate, latestOrdinaryEnd: isoDate, latestExtendedEnd: isoDate }),
});
export type PlanVersionView = z.infer<typeof planVersionView>;

export const savePlanInput = participantRef.extend({
  ...planInput.shape,
  /** Why this version: the first plan, or what changed. */
  reason,
  /** The version this edit started from (0 for the first plan): a stale editor gets 409. */
  basedOnVersion: boundedInt({ min: 0, max: 10_000, kind: 'a version' }),
});

export const savePlan = introduction.post('save-plan', {
  summary: 'Save the integration plan as a new version, with its reason',
  input: savePlanInput,
  output: planVersionView,
  access: write,
  audit: { action: 'introduction.plan.save', purpose, persons: (out) => (out ? [out.personId] : []) },
  path: '/participants/:participantId/plans',
  status: 201,
  errors: { 409: 'Not granted, or another version was saved in the meantime' },
});

export const listPlanVersions = introduction.get('list-plan-versions', {
  summary: 'Every version of the integration plan, newest first, each with its full-time check',
  input: participantRef,
  output: z.object({ personId: entityId, versions: z.array(planVersionView) }),
  access: read,
  audit: { action: 'introduction.plan.read', purpose, persons: (out) => (out ? [out.personId] : []) },
  path: '/participants/:participantId/plans',
});

// ---------- attendance and stipend ----------

export const attendanceEntryInput = z
  .object({
    participantId: entityId,
    day: plannedCaseDate,
    measureKind,
    hours: z
      .number({ message: 'must be a number' })
      .min(0.25, { message: 'must be at least 0.25' })
      .max(12, { message: 'must be at most 12' })
      .multipleOf(0.25, { message: 'must be whole quarter hours' }),
    presence: z.enum(['present', 'approved-absence', 'unapproved-absence']),
    absenceReason: absenceReason.nullable(),
  })
  .refine((e) => e.presence !== 'approved-absence' || e.absenceReason !== null, {
    path: ['absenceReason'],
    message: 'approved absence needs its reason',
    params: withCode('required'),
  });
export type AttendanceEntryInput = z.infer<typeof attendanceEntryInput>;

export const recordAttendance = introduction.put('record-attendance', {
  summary: 'Record attendance for one or many participants (a class at once); edits of a closed month need a reason',
  input: z.object({ entries: z.array(attendanceEntryInput).min(1).max(500), editReason: multiLineText({ min: 3, max: 2000 }).optional() }),
  output: z.object({ saved: z.number().int(), audited: z.number().int(), personIds: z.array(entityId) }),
  access: write,
  audit: { action: 'introduction.attendance.record', purpose, persons: (out) => out?.personIds ?? [] },
  path: '/attendance',
});

const monthParam = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month (YYYY-MM)' });

export const attendanceView = z.object({
  personId: entityId,
  month: z.string(),
  closed: z.boolean(),
  closesOn: isoDate,
  entries: z.array(
    z.object({
      day: isoDate,
      measureKind,
      hours: z.number(),
      presence: z.enum(['present', 'approved-absence', 'unapproved-absence']),
      absenceReason: absenceReason.nullable(),
    }),
  ),
});

export const getAttendance = introduction.get('get-attendance', {
  summary: "A participant's attendance in a month",
  input: participantRef.extend({ month: monthParam }),
  output: attendanceView,
  access: read,
  audit: { action: 'introduction.attendance.read', purpose, persons: (out) => (out ? [out.personId] : []) },
  path: '/participants/:participantId/attendance',
});

export const stipendBasisView = z.object({
  personId: entityId,
  month: z.string(),
  g: z.number().int(),
  rate: z.enum(['full', 'under-25-alone', 'under-25-with-parents']),
  yearlyOre: z.number().int(),
  monthOre: z.number().int(),
  hourOre: z.number().int(),
  unapprovedHours: z.number(),
  approvedAbsenceHours: z.number(),
  deductionOre: z.number().int(),
  payableOre: z.number().int(),
  enkeltvedtakRequired: z.boolean(),
});

export const getStipendBasis = introduction.get('get-stipend-basis', {
  summary: "A participant's monthly payment basis (introduksjonsstønad): rate, deduction for unapproved absence",
  input: participantRef.extend({ month: monthParam }),
  output: stipendBasisView,
  access: read,
  audit: { action: 'introduction.stipend.read', purpose, persons: (out) => (out ? [out.personId] : []) },
  path: '/participants/:participantId/stipend',
});

/** A temporary stop has its end (not before its start; at most 3 months is the service's check), a permanent one none. */
export const recordStopInput = participantRef
  .extend({
    kind: z.enum(['temporary', 'permanent']),
    ground: multiLineText({ min: 3, max: 2000 }),
    from: plannedCaseDate,
    to: plannedCaseDate.nullable(),
  })
  .refine((stop) => stop.kind !== 'temporary' || stop.to !== null, {
    path: ['to'],
    message: 'a temporary stop needs its end',
    params: withCode('required'),
  })
  .refine((stop) => stop.kind !== 'permanent' || stop.to === null, {
    path: ['to'],
    message: 'a permanent stop has no end',
    params: withCode('invalid'),
  })
  .refine((stop) => stop.to === null || stop.to >= stop.from, {
    path: ['to'],
    message: 'must not be before the stop starts',
    params: withCode('date_before', { other: 'from' }),
  });

export const recordStop = introduction.post('record-stop', {
  summary: 'Stop the programme temporarily (at most 3 months) or permanently, with the ground; the decision date is the start',
  input: recordStopInput,
  output: participantView,
  access: write,
  audit: { action: 'introduction.stop.record', purpose, persons: (out) => (out ? [out.personId] : []) },
  path: '/participants/:participantId/stop',
  status: 201,
  errors: { 409: 'Not in the programme' },
});

export const resumeProgramme = introduction.post('resume-programme', {
  summary: 'Resume the programme after a temporary stop',
  input: participantRef.extend({ resumedOn: pastCaseDate }),
  output: participantView,
  access: write,
  audit: { action: 'introduction.stop.resume', purpose, persons: (out) => (out ? [out.personId] : []) },
  path: '/participants/:participantId/resume',
  errors: { 409: 'Not temporarily stopped' },
});

// ---------- exit, outcomes, NIR ----------

export const recordExit = introduction.post('record-exit', {
  summary: 'End the programme with its reason, the outcome and the date',
  input: participantRef.extend({
    reason: exitReason,
    outcome: exitOutcome,
    exitedOn: pastCaseDate,
    note: multiLineText({ min: 0, max: 2000 }).nullable(),
  }),
  output: participantView,
  access: write,
  audit: { action: 'introduction.exit.record', purpose, persons: (out) => (out ? [out.personId] : []) },
  path: '/participants/:participantId/exit',
  status: 201,
  errors: { 409: 'Not in the programme' },
});

export const recordFollowUpInput = participantRef.extend({
  status: followUpStatus,
  observedOn: pastCaseDate,
  note: multiLineText({ min: 0, max: 2000 }).nullable(),
});
export const recordFollowUp = introduction.put('record-follow-up', {
  summary:
    'Register the status one year after the exit (work full or part time, education, other); not before the exit date + 1 year. A new registration replaces the last',
  input: recordFollowUpInput,
  output: participantView,
  access: write,
  audit: { action: 'introduction.follow-up.record', purpose, persons: (out) => (out ? [out.personId] : []) },
  path: '/participants/:participantId/follow-up',
  errors: { 400: 'observedOn before the follow-up is due (date_too_early)', 409: 'The participant has not exited' },
});

const yearParam = queryInt({ min: 2000, max: 2100 });

export const outcomeBucket = z.object({
  key: z.string(),
  exits: z.number().int(),
  workOrEducation: z.number().int(),
  share: z.number().nullable(),
  /** Exits with the one-year follow-up registered. */
  followedUp: z.number().int(),
  /** Of those, in work or education one year after. */
  workOrEducationOneYear: z.number().int(),
  /** workOrEducationOneYear / followedUp; null when none is registered yet. */
  shareOneYear: z.number().nullable(),
});
export const outcomeReport = z.object({
  year: z.number().int(),
  target: z.number(),
  /** 70 % in work or education one year after the exit. */
  targetOneYear: z.number(),
  /** Exits of the year whose follow-up is due by today (exit + 1 year), registered or not. */
  followUpsDue: z.number().int(),
  total: outcomeBucket,
  byGender: z.array(outcomeBucket),
  bySluttmaalGroup: z.array(outcomeBucket),
  byOutcome: z.array(z.object({ outcome: exitOutcome, count: z.number().int() })),
});
export type OutcomeReport = z.infer<typeof outcomeReport>;

export const getOutcomes = introduction.get('get-outcomes', {
  summary:
    'Share in work or education directly at exit against the 55 % target and one year after against 70 %, by gender and sluttmål group (counts only)',
  input: z.object({ year: yearParam }),
  output: outcomeReport,
  access: read,
  audit: false,
  path: '/outcomes',
});

export const nirRecord = z.object({
  participantId: entityId,
  personId: entityId,
  decision: z.string().nullable(),
  decidedOn: isoDate.nullable(),
  sluttmaalGroup: sluttmaalGroup.nullable(),
  contractSignedOn: isoDate.nullable(),
  planStart: isoDate.nullable(),
  planEnd: isoDate.nullable(),
  measures: z.array(z.object({ kind: measureKind, hoursPerWeek: z.number(), from: isoDate, to: isoDate })),
  approvedAbsenceHours: z.number(),
  unapprovedAbsenceHours: z.number(),
  exitReason: exitReason.nullable(),
  exitOutcome: exitOutcome.nullable(),
  exitedOn: isoDate.nullable(),
  researchOptOut: z.boolean(),
  missing: z.array(z.string()),
});
export type NirRecord = z.infer<typeof nirRecord>;

export const getNirReport = introduction.get('get-nir-report', {
  summary: 'The NIR report of a year: one record per participant with what is missing, as JSON and CSV',
  input: z.object({ year: yearParam }),
  output: z.object({ year: z.number().int(), valid: z.boolean(), records: z.array(nirRecord), csv: z.string() }),
  access: read,
  audit: {
    action: 'introduction.nir-report.read',
    purpose: 'reporting to the national introduction register',
    persons: (out) => out?.records.map((r) => r.personId) ?? [],
  },
  path: '/nir-report',
});
