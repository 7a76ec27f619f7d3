import { z } from 'zod';
import { birthDate, pastCaseDate } from '../common/dates';
import { entityId, isoDate } from '../common/ids';
import { withCode } from '../common/issue-codes';
import { kommunenummer } from '../common/municipality';
import { boundedInt, queryInt } from '../common/numbers';
import { multiLineText, singleLineText } from '../common/text';
import { departmentEndpoints } from '../kit/department-endpoints';
import { defineEndpoint } from '../kit/endpoint';
import { volunteeringPermissions } from './permissions';
import {
  ageBands,
  availability,
  educationLevel,
  gender,
  guideRole,
  guideStatuses,
  lifeSituation,
  matchStatuses,
  screeningStep,
} from './vocabulary';

/** The volunteering service's endpoints, declared once for service, gateway and portal. */
const volunteering = departmentEndpoints('volunteering');

const coordinator = { permissions: [volunteeringPermissions.write] } as const;
/** The volunteer's own pages: the service answers with the caller's own records only. */
const ownRecords = { permissions: [volunteeringPermissions.read] } as const;
const casework = 'volunteering case work';
const screening = 'volunteer screening';
const ownWork = 'own volunteer work';
/** A volunteer's own data read or changed by the coordinator: audited under the volunteer's record id. */
const guideAudit = (action: string) => ({
  action,
  purpose: screening,
  persons: (out: { id: string } | undefined, input: { guideId: string }) => [out?.id ?? input.guideId],
});

// ---------------------------------------------------------------- shared field schemas

/** An e-mail address, compared lower-case: one `@`, a dot in the domain, no spaces. */
export const emailAddress = z
  .string({ message: 'must be text' })
  .trim()
  .max(254, 'must be at most 254 characters')
  .refine((value) => /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value), {
    message: 'must be an e-mail address',
    params: withCode('invalid_email'),
  })
  .transform((value) => value.toLowerCase());

const phone = z
  .string({ message: 'must be text' })
  .trim()
  .max(20, 'must be at most 20 characters')
  .refine((value) => /^\+?[0-9 ]{8,19}$/.test(value), {
    message: 'must be a phone number (digits, spaces, leading +)',
    params: withCode('invalid_format'),
  });

const word = singleLineText({ min: 1, max: 60 });
const words = (max: number) => z.array(word).max(max, `must have at most ${max}`);
const consent = z
  .boolean({ message: 'must be given' })
  .refine((given) => given, { message: 'must be given', params: withCode('consent_required') });

/**
 * Flood protection a person never notices: `website` is a field hidden from people (a bot
 * fills it), `fillSeconds` how long the form was open (a bot sends at once).
 */
const floodFields = {
  website: z.string().max(200, 'must be at most 200 characters').default(''),
  fillSeconds: boundedInt({ min: 0, max: 86_400 }),
};

/** What a public submission answers, whatever happened: a bot and a duplicate learn nothing. */
export const publicReceipt = z.object({ received: z.literal(true) });
export type PublicReceipt = z.infer<typeof publicReceipt>;

// ---------------------------------------------------------------- public sign-up

/** Exactly what signing up needs, and nothing else: an unknown field is refused. */
export const volunteerSignUp = z.strictObject({
  municipality: kommunenummer,
  role: guideRole,
  name: singleLineText({ min: 2, max: 120 }),
  email: emailAddress,
  phone: phone.optional(),
  birthDate,
  gender: gender.optional(),
  languages: z.array(word).min(1, 'must name at least one language').max(10, 'must have at most 10'),
  interests: words(10).default([]),
  profession: singleLineText({ max: 120 }).optional(),
  education: educationLevel.optional(),
  availability: z.array(availability).min(1, 'must name at least one time').max(3, 'must have at most 3'),
  area: singleLineText({ min: 1, max: 80 }),
  lifeSituation: lifeSituation.optional(),
  motivation: multiLineText({ min: 1, max: 2000 }),
  /** A youth buddy of 16 or 17 needs a guardian's consent. */
  guardianConsent: z.boolean().default(false),
  privacyConsent: consent,
  ...floodFields,
});
export type VolunteerSignUp = z.infer<typeof volunteerSignUp>;

/** Languages the refugees' own request form is offered in (ar and prs are written right to left). */
export const requestFormLanguages = ['nb', 'en', 'ar', 'ti', 'prs', 'uk', 'so'] as const;

/** A refugee's own request for a guide: who, how to reach them, and their wishes. */
export const guideRequestByRefugee = z.strictObject({
  municipality: kommunenummer,
  name: singleLineText({ min: 2, max: 120 }),
  phone: phone.optional(),
  email: emailAddress.optional(),
  formLanguage: z.enum(requestFormLanguages),
  languages: z.array(word).min(1, 'must name at least one language').max(10, 'must have at most 10'),
  area: singleLineText({ min: 1, max: 80 }),
  availability: z.array(availability).min(1, 'must name at least one time').max(3, 'must have at most 3'),
  wantedGender: gender.optional(),
  involvesMinors: z.boolean().default(false),
  interests: words(10).default([]),
  privacyConsent: consent,
  ...floodFields,
});
export type GuideRequestByRefugee = z.infer<typeof guideRequestByRefugee>;

export const submitVolunteerSignUp = defineEndpoint({
  service: 'volunteering',
  command: 'submit-volunteer-sign-up',
  summary: 'Sign up as a volunteer (no login): kept for the coordinator’s screening',
  input: volunteerSignUp,
  output: publicReceipt,
  access: { public: true },
  audit: false,
  http: { method: 'POST', path: '/public/volunteering/:municipality/sign-ups', status: 202, errors: { 429: 'Too many submissions' } },
});

export const submitGuideRequest = defineEndpoint({
  service: 'volunteering',
  command: 'submit-guide-request',
  summary: 'Ask for a refugee guide (no login): put on the waiting list',
  input: guideRequestByRefugee,
  output: publicReceipt,
  access: { public: true },
  audit: false,
  http: { method: 'POST', path: '/public/volunteering/:municipality/guide-requests', status: 202, errors: { 429: 'Too many submissions' } },
});

// ---------------------------------------------------------------- guides and screening

const reminder = z.object({
  dueOn: isoDate,
  daysLeft: z.number().int(),
  within: z.union([z.literal(90), z.literal(60), z.literal(30)]).nullable(),
  expired: z.boolean(),
});

export const guideSummary = z.object({
  id: entityId,
  role: guideRole,
  name: z.string(),
  status: z.enum(guideStatuses),
  nextStep: z.union([screeningStep, z.literal('decision')]).nullable(),
  /** What blocks matching now (empty: may be matched). */
  blockers: z.array(z.string()),
  area: z.string(),
  languages: z.array(z.string()),
  gender: gender.nullable(),
  ageBand: z.enum(ageBands),
  signedUpOn: isoDate,
  /** Sign-ups again with the same e-mail address after the first. */
  repeatedSignUps: z.number().int(),
  expiring: z.array(z.object({ item: z.enum(['first-aid', 'evaluation']), reminder })),
});
export type GuideSummary = z.infer<typeof guideSummary>;

export const policeCertificateView = z.object({
  certificateDate: isoDate,
  type: z.literal('barneomsorgsattest'),
  seenOn: isoDate,
  seenBy: z.string(),
  noRemarks: z.boolean(),
});

export const guideDetail = guideSummary.extend({
  email: z.string(),
  phone: z.string().nullable(),
  birthDate: isoDate,
  interests: z.array(z.string()),
  profession: z.string().nullable(),
  education: educationLevel.nullable(),
  availability: z.array(availability),
  lifeSituation: lifeSituation.nullable(),
  motivation: z.string(),
  guardianConsent: z.boolean(),
  decidedOn: isoDate.nullable(),
  rejectionReason: z.string().nullable(),
  interviewOn: isoDate.nullable(),
  startCourseOn: isoDate.nullable(),
  firstAidOn: isoDate.nullable(),
  ethicsSignedOn: isoDate.nullable(),
  policeCertificate: policeCertificateView.nullable(),
  lastEvaluationOn: isoDate.nullable(),
  /** Whether a volunteer login is linked to this record. */
  hasLogin: z.boolean(),
});
export type GuideDetail = z.infer<typeof guideDetail>;

export const listGuides = volunteering.get('list-guides', {
  summary: 'Volunteers of your municipality with their screening state',
  input: z.object({ status: z.enum(guideStatuses).optional() }),
  output: z.object({ items: z.array(guideSummary) }),
  access: coordinator,
  // Volunteers' own data, read by the coordinator who screens them: audited under their record ids.
  audit: { action: 'volunteering.guides.list', purpose: screening, persons: (out) => out?.items.map((item) => item.id) ?? [] },
  path: '/guides',
});

export const getGuide = volunteering.get('get-guide', {
  summary: 'One volunteer with every screening item',
  input: z.object({ guideId: entityId }),
  output: guideDetail,
  access: coordinator,
  audit: guideAudit('volunteering.guide.read'),
  path: '/guides/:guideId',
  errors: { 404: 'No such volunteer here' },
});

/** One screening step on the day it was done; the police certificate as *seen*, never stored. */
export const recordScreeningStepInput = z
  .object({
    guideId: entityId,
    step: screeningStep,
    on: pastCaseDate,
    certificateDate: pastCaseDate.optional(),
    noRemarks: z.boolean().optional(),
  })
  .refine((input) => input.step !== 'police-certificate' || (input.certificateDate !== undefined && input.noRemarks !== undefined), {
    path: ['certificateDate'],
    message: 'the certificate’s date and whether it has remarks are required for a police certificate',
    params: withCode('required'),
  });
export type RecordScreeningStep = z.infer<typeof recordScreeningStepInput>;

export const recordScreeningStep = volunteering.post('record-screening-step', {
  summary: 'Record a screening step (interview, start course, first aid, declaration, police certificate seen, evaluation)',
  input: recordScreeningStepInput,
  output: guideDetail,
  access: coordinator,
  audit: guideAudit('volunteering.guide.screening-step'),
  path: '/guides/:guideId/screening',
  errors: { 404: 'No such volunteer', 409: 'Step out of order' },
});

export const decideGuideInput = z
  .object({ guideId: entityId, decision: z.enum(['approve', 'reject']), reason: multiLineText({ max: 1000 }).optional() })
  .refine((input) => input.decision === 'approve' || (input.reason ?? '').length >= 3, {
    path: ['reason'],
    message: 'must say why (at least 3 characters)',
    params: withCode('reason_required'),
  });
export type DecideGuide = z.infer<typeof decideGuideInput>;

export const decideGuide = volunteering.post('decide-guide', {
  summary: 'Approve a screened volunteer (all requirements met), or reject with a reason',
  input: decideGuideInput,
  output: guideDetail,
  access: coordinator,
  audit: guideAudit('volunteering.guide.decision'),
  path: '/guides/:guideId/decision',
  errors: { 404: 'No such volunteer', 409: 'Requirements missing' },
});

// ---------------------------------------------------------------- outbox

export const outboxMessage = z.object({
  id: entityId,
  to: z.string(),
  kind: z.enum(['sign-up-received', 'sign-up-repeated', 'guide-request-received', 'approved-invitation', 'rejected', 'reminder']),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export type OutboxMessage = z.infer<typeof outboxMessage>;

export const listOutbox = volunteering.get('list-outbox', {
  summary: 'Messages waiting to be sent (e-mail sending itself is outside Ankomst)',
  input: z.object({ limit: queryInt({ min: 1, max: 500 }).default(100) }),
  output: z.object({ items: z.array(outboxMessage) }),
  access: coordinator,
  audit: { action: 'volunteering.outbox.read', purpose: screening, persons: () => [] },
  path: '/outbox',
});

// ---------------------------------------------------------------- waiting list

const wishes = {
  languages: z.array(word).min(1, 'must name at least one language').max(10, 'must have at most 10'),
  area: singleLineText({ min: 1, max: 80 }),
  availability: z.array(availability).min(1, 'must name at least one time').max(3, 'must have at most 3'),
  wantedRole: guideRole.optional(),
  wantedGender: gender.optional(),
  involvesMinors: z.boolean().default(false),
  interests: words(10).default([]),
  profession: singleLineText({ max: 120 }).optional(),
  education: educationLevel.optional(),
  ageBand: z.enum(ageBands).optional(),
  lifeSituation: lifeSituation.optional(),
};

export const guideRequestView = z.object({
  id: entityId,
  municipality: kommunenummer,
  /** A settled person (from housing, with consent); null for a request the person sent themselves. */
  personId: entityId.nullable(),
  householdId: entityId.nullable(),
  name: z.string(),
  source: z.enum(['settled-with-consent', 'own-request']),
  registeredOn: isoDate,
  waitingDays: z.number().int(),
  status: z.enum(['waiting', 'proposed', 'matched', 'closed']),
  languages: z.array(z.string()),
  area: z.string(),
  availability: z.array(availability),
  wantedRole: guideRole.nullable(),
  wantedGender: gender.nullable(),
  involvesMinors: z.boolean(),
  interests: z.array(z.string()),
  profession: z.string().nullable(),
  education: educationLevel.nullable(),
  ageBand: z.enum(ageBands).nullable(),
  lifeSituation: lifeSituation.nullable(),
});
export type GuideRequestView = z.infer<typeof guideRequestView>;

const listGuideRequestsInput = z.object({
  limit: queryInt({ min: 1, max: 500 }).default(100),
  offset: queryInt({ min: 0, max: 1_000_000 }).default(0),
});
export type ListGuideRequestsQuery = z.infer<typeof listGuideRequestsInput>;

/** A settled person put on the waiting list by the coordinator, with the person's consent. */
const registerGuideRequestInput = z.object({
  personId: entityId,
  householdId: entityId,
  registeredOn: pastCaseDate,
  name: singleLineText({ min: 2, max: 120 }),
  consentConfirmed: consent,
  ...wishes,
});
export type RegisterGuideRequest = z.infer<typeof registerGuideRequestInput>;

const requestPersons = (item: GuideRequestView | undefined) => (item?.personId ? [item.personId] : []);

export const listGuideRequests = volunteering.get('list-guide-requests', {
  summary: 'The waiting list of your municipality, longest waiting first',
  input: listGuideRequestsInput,
  output: z.object({ total: z.number().int(), items: z.array(guideRequestView) }),
  // Coordinators only: a volunteer holds volunteering:read for their own matches, never for
  // the list of every refugee who asked for a guide.
  access: coordinator,
  audit: { action: 'volunteering.guide-requests.list', purpose: casework, persons: (out) => out?.items.flatMap(requestPersons) ?? [] },
  path: '/guide-requests',
});

export const registerGuideRequest = volunteering.post('register-guide-request', {
  summary: 'Put a settled person on the waiting list (with their consent) with their wishes',
  input: registerGuideRequestInput,
  output: guideRequestView,
  access: coordinator,
  audit: {
    action: 'volunteering.guide-request.register',
    purpose: casework,
    persons: (out, input) => (out ? requestPersons(out) : [input.personId]),
  },
  path: '/guide-requests',
  status: 201,
  errors: { 409: 'The person is registered already' },
});

// ---------------------------------------------------------------- matching

export const suggestionView = z.object({
  guide: guideSummary,
  score: z.number().int(),
  passed: z.array(z.object({ filter: z.string(), matched: z.array(z.string()) })),
  criteria: z.array(z.object({ criterion: z.string(), points: z.number().int(), max: z.number().int(), matched: z.array(z.string()) })),
});
export type SuggestionView = z.infer<typeof suggestionView>;

export const suggestGuides = volunteering.get('suggest-guides', {
  summary: 'Volunteers who pass the hard filters for one waiting person, ranked and explained',
  input: z.object({ requestId: entityId }),
  output: z.object({
    request: guideRequestView,
    suggestions: z.array(suggestionView),
    excluded: z.array(z.object({ guideId: entityId, name: z.string(), filter: z.string() })),
  }),
  access: coordinator,
  audit: { action: 'volunteering.suggestions.read', purpose: casework, persons: (out) => requestPersons(out?.request) },
  path: '/guide-requests/:requestId/suggestions',
  errors: { 404: 'No such request' },
});

export const contactView = z.object({ id: entityId, on: isoDate, minutes: z.number().int(), note: z.string() });

export const matchView = z.object({
  id: entityId,
  requestId: entityId,
  guideId: entityId,
  guideName: z.string(),
  /** The refugee as the match needs them: a name and languages, never a national id or health data. */
  refugeeName: z.string(),
  refugeeLanguages: z.array(z.string()),
  personId: entityId.nullable(),
  status: z.enum(matchStatuses),
  refugeeAccepted: z.boolean(),
  volunteerAccepted: z.boolean(),
  proposedOn: isoDate,
  startedOn: isoDate.nullable(),
  agreementEndsOn: isoDate.nullable(),
  hoursPerMonth: z.number().int(),
  endedOn: isoDate.nullable(),
  endReason: z.string().nullable(),
  evaluation: z.string().nullable(),
  continues: z.boolean(),
  lastContactOn: isoDate.nullable(),
  daysWithoutContact: z.number().int().nullable(),
  noContactFlag: z.boolean(),
  totalMinutes: z.number().int(),
  contacts: z.array(contactView),
});
export type MatchView = z.infer<typeof matchView>;

const matchPersons = (match: MatchView | undefined) => (match?.personId ? [match.personId] : []);

export const proposeMatch = volunteering.post('propose-match', {
  summary: 'Propose a volunteer for a waiting person; both sides must accept',
  input: z.object({ requestId: entityId, guideId: entityId }),
  output: matchView,
  access: coordinator,
  audit: { action: 'volunteering.match.propose', purpose: casework, persons: (out) => matchPersons(out) },
  path: '/matches',
  status: 201,
  errors: { 409: 'Not matchable now' },
});

export const listMatches = volunteering.get('list-matches', {
  summary: 'Matches of your municipality, flagged after 30 days without contact',
  input: z.object({ status: z.enum(matchStatuses).optional() }),
  output: z.object({ items: z.array(matchView) }),
  access: coordinator,
  audit: { action: 'volunteering.matches.list', purpose: casework, persons: (out) => out?.items.flatMap(matchPersons) ?? [] },
  path: '/matches',
});

export const recordRefugeeAnswer = volunteering.post('record-refugee-answer', {
  summary: 'Record the refugee’s answer to a proposed match',
  input: z.object({ matchId: entityId, accept: z.boolean() }),
  output: matchView,
  access: coordinator,
  audit: { action: 'volunteering.match.refugee-answer', purpose: casework, persons: (out) => matchPersons(out) },
  path: '/matches/:matchId/refugee-answer',
  errors: { 404: 'No such match', 409: 'Not proposed' },
});

export const endMatchInput = z.object({
  matchId: entityId,
  endedOn: pastCaseDate,
  reason: z.enum(['agreement-completed', 'refugee-moved', 'refugee-wish', 'volunteer-wish', 'no-contact', 'other']),
  evaluation: multiLineText({ min: 3, max: 2000, minMessage: 'must say how it went (at least 3 characters)' }),
  continues: z.boolean().default(false),
});
export type EndMatch = z.infer<typeof endMatchInput>;

export const endMatch = volunteering.post('end-match', {
  summary: 'End an active match with a reason and an evaluation (optionally continuing informally)',
  input: endMatchInput,
  output: matchView,
  access: coordinator,
  audit: { action: 'volunteering.match.end', purpose: casework, persons: (out) => matchPersons(out) },
  path: '/matches/:matchId/end',
  errors: { 404: 'No such match', 409: 'Not active' },
});

// ---------------------------------------------------------------- the volunteer's own

/** What a volunteer sees of their own match: no person id, no household, nothing of others. */
export const ownMatchView = matchView.omit({ personId: true, requestId: true });
export type OwnMatchView = z.infer<typeof ownMatchView>;

export const myMatches = volunteering.get('my-matches', {
  summary: 'The logged-in volunteer’s own matches, contact log and hours',
  output: z.object({ linked: z.boolean(), items: z.array(ownMatchView) }),
  access: ownRecords,
  // The refugee of the volunteer's own match (no person id travels to the volunteer).
  audit: { action: 'volunteering.my-matches.read', purpose: ownWork, persons: () => [] },
  path: '/my/matches',
});

export const claimInvitation = volunteering.post('claim-invitation', {
  summary: 'Link the logged-in volunteer account to the approved volunteer record (code from the approval message)',
  input: z.object({ code: singleLineText({ min: 6, max: 40 }) }),
  output: z.object({ linked: z.literal(true) }),
  access: ownRecords,
  audit: false,
  path: '/my/invitation',
  errors: { 404: 'Unknown or used code', 409: 'Already linked' },
});

export const answerMatch = volunteering.post('answer-match', {
  summary: 'The volunteer accepts or declines a match proposed to them',
  input: z.object({ matchId: entityId, accept: z.boolean() }),
  output: ownMatchView,
  access: ownRecords,
  // The refugee of the volunteer's own match (no person id travels to the volunteer).
  audit: { action: 'volunteering.my-match.answer', purpose: ownWork, persons: () => [] },
  path: '/my/matches/:matchId/answer',
  errors: { 404: 'No such match of yours', 409: 'Not proposed' },
});

export const logContactInput = z.object({
  matchId: entityId,
  on: pastCaseDate,
  /** Time spent, in minutes (a quarter of an hour up to a long day). */
  minutes: boundedInt({ min: 15, max: 720, kind: 'minutes' }),
  note: multiLineText({ max: 500 }).default(''),
});
export type LogContact = z.infer<typeof logContactInput>;

export const logContact = volunteering.post('log-contact', {
  summary: 'Log a contact with hours on one of your own active matches',
  input: logContactInput,
  output: ownMatchView,
  access: ownRecords,
  // The refugee of the volunteer's own match (no person id travels to the volunteer).
  audit: { action: 'volunteering.my-match.contact', purpose: ownWork, persons: () => [] },
  path: '/my/matches/:matchId/contacts',
  status: 201,
  errors: { 404: 'No such match of yours', 409: 'Not active' },
});

// ---------------------------------------------------------------- KPIs and reminders

export const volunteeringKpis = z.object({
  guidesByRoleAndStatus: z.array(z.object({ role: guideRole, status: z.enum(guideStatuses), count: z.number().int() })),
  waiting: z.object({ count: z.number().int(), medianDays: z.number().int().nullable(), longestDays: z.number().int().nullable() }),
  /** Approved volunteers by gender (null: not said), for the balance (too few male guides). */
  genderBalance: z.array(z.object({ gender: gender.nullable(), count: z.number().int() })),
  hoursPerMonth: z.array(z.object({ month: z.string(), minutes: z.number().int() })),
  activeMatches: z.number().int(),
  flaggedMatches: z.number().int(),
});
export type VolunteeringKpis = z.infer<typeof volunteeringKpis>;

export const getVolunteeringKpis = volunteering.get('volunteering-kpis', {
  summary: 'Volunteers by role and status, waiting time, gender balance, hours per month (aggregates only)',
  output: volunteeringKpis,
  access: coordinator,
  audit: false,
  path: '/kpis',
});

export const volunteeringReminders = volunteering.get('volunteering-reminders', {
  summary: 'Attention list: long waits, expiring first aid and evaluations, matches without contact, agreements ending',
  output: z.object({
    items: z.array(
      z.object({
        kind: z.enum(['long-wait', 'first-aid', 'evaluation', 'no-contact', 'agreement-ends']),
        subjectId: entityId,
        name: z.string(),
        dueOn: isoDate.nullable(),
        daysLeft: z.number().int().nullable(),
        within: z.number().int().nullable(),
      }),
    ),
  }),
  access: coordinator,
  // Names of people waiting and of volunteers: a read of personal data.
  audit: { action: 'volunteering.reminders.read', purpose: casework, persons: () => [] },
  path: '/reminders',
});
