import { z } from 'zod';
import { pastCaseDate, plannedCaseDate } from '../common/dates';
import { entityId, isoDate } from '../common/ids';
import { withCode } from '../common/issue-codes';
import { kommunenummer } from '../common/municipality';
import { multiLineText, singleLineText } from '../common/text';

/** The units of Koordineringsgruppen MIGRA (Drammen's model). */
export const coordinationUnits = [
  'child-welfare',
  'ppt',
  'unaccompanied-minors-service',
  'intro-centre',
  'living-conditions-team',
  'disability-services',
  'migra-station',
  'refugee-health-service',
  'service-allocation',
] as const;
export const coordinationUnit = z.enum(coordinationUnits);
export type CoordinationUnit = z.infer<typeof coordinationUnit>;

/** The service needs the group maps for a family. */
export const serviceNeeds = [
  'health',
  'mental-health',
  'disability',
  'child-welfare',
  'special-education',
  'housing-adaptation',
  'practical-assistance',
  'kindergarten-school',
  'economy',
  'language-interpreter',
] as const;
export const serviceNeed = z.enum(serviceNeeds);
export type ServiceNeed = z.infer<typeof serviceNeed>;

export const closureReason = z.enum(['needs-met', 'handed-to-ordinary-services', 'moved', 'family-declined', 'other']);
export type ClosureReason = z.infer<typeof closureReason>;

export const coordinationMember = z.object({ userId: z.string(), unit: coordinationUnit, addedOn: isoDate });
export const coordinationMeeting = z.object({
  id: entityId,
  heldOn: isoDate,
  agenda: z.string(),
  minutes: z.string().nullable(),
});
export const coordinationAction = z.object({
  id: entityId,
  meetingId: entityId.nullable(),
  description: z.string(),
  responsibleUnit: coordinationUnit,
  dueOn: isoDate,
  doneOn: isoDate.nullable(),
  overdue: z.boolean(),
});

export const coordinationCaseView = z.object({
  id: entityId,
  municipality: kommunenummer,
  householdId: entityId,
  /** The household's members the health service knows (from settlement): whose case it is, for the audit log. */
  personIds: z.array(entityId),
  familyName: z.string().nullable(),
  referredBy: z.enum(['unit', 'self']),
  referredFrom: coordinationUnit.nullable(),
  referredOn: isoDate,
  reason: z.string(),
  serviceNeeds: z.array(serviceNeed),
  individualPlan: z.boolean(),
  status: z.enum(['open', 'closed']),
  closedOn: isoDate.nullable(),
  closureReason: closureReason.nullable(),
  closureNote: z.string().nullable(),
  members: z.array(coordinationMember),
  meetings: z.array(coordinationMeeting),
  actions: z.array(coordinationAction),
});
export type CoordinationCaseView = z.infer<typeof coordinationCaseView>;

export const coordinationCaseSummary = coordinationCaseView
  .pick({
    id: true,
    householdId: true,
    personIds: true,
    familyName: true,
    referredOn: true,
    status: true,
    serviceNeeds: true,
    individualPlan: true,
  })
  .extend({ openActions: z.number().int(), nextActionDue: isoDate.nullable(), nextMeeting: isoDate.nullable() });
export type CoordinationCaseSummary = z.infer<typeof coordinationCaseSummary>;

const text = (max: number) => multiLineText({ min: 1, max });

export const openCoordinationCaseInput = z
  .object({
    householdId: entityId,
    referredBy: z.enum(['unit', 'self']),
    referredFrom: coordinationUnit.nullable().default(null),
    referredOn: pastCaseDate,
    reason: text(4000),
    serviceNeeds: z.array(serviceNeed).max(serviceNeeds.length).default([]),
    /** The unit the person opening the case sits in for the group; they become its first member. */
    ownUnit: coordinationUnit,
  })
  .refine((v) => v.referredBy === 'self' || v.referredFrom !== null, {
    path: ['referredFrom'],
    message: 'must name the referring unit',
    params: withCode('required'),
  });
export type OpenCoordinationCase = z.infer<typeof openCoordinationCaseInput>;

export const caseIdInput = z.object({ caseId: entityId });

export const updateCoordinationCaseInput = z.object({
  caseId: entityId,
  serviceNeeds: z.array(serviceNeed).max(serviceNeeds.length).optional(),
  individualPlan: z.boolean().optional(),
});
export type UpdateCoordinationCase = z.infer<typeof updateCoordinationCaseInput>;

export const addCoordinationMemberInput = z.object({
  caseId: entityId,
  userId: singleLineText({ min: 1, max: 100 }),
  unit: coordinationUnit,
});
export type AddCoordinationMember = z.infer<typeof addCoordinationMemberInput>;

export const recordMeetingInput = z.object({
  caseId: entityId,
  heldOn: plannedCaseDate,
  agenda: text(4000),
  minutes: multiLineText({ max: 8000 }).nullable().default(null),
});
export type RecordMeeting = z.infer<typeof recordMeetingInput>;

export const recordMinutesInput = z.object({ caseId: entityId, meetingId: entityId, minutes: text(8000) });
export type RecordMinutes = z.infer<typeof recordMinutesInput>;

export const addActionInput = z.object({
  caseId: entityId,
  meetingId: entityId.nullable().default(null),
  description: text(2000),
  responsibleUnit: coordinationUnit,
  dueOn: plannedCaseDate,
});
export type AddAction = z.infer<typeof addActionInput>;

export const completeActionInput = z.object({ caseId: entityId, actionId: entityId, doneOn: pastCaseDate });
export type CompleteAction = z.infer<typeof completeActionInput>;

export const closeCoordinationCaseInput = z
  .object({ caseId: entityId, closedOn: pastCaseDate, reason: closureReason, note: multiLineText({ max: 2000 }).nullable().default(null) })
  .refine((v) => v.reason !== 'other' || (v.note ?? '').length >= 3, {
    path: ['note'],
    message: 'must say why when the reason is other (at least 3 characters)',
    params: withCode('reason_required'),
  });
export type CloseCoordinationCase = z.infer<typeof closeCoordinationCaseInput>;
