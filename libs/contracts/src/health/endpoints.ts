import { z } from 'zod';
import { departmentEndpoints } from '../kit/department-endpoints';
import {
  arrivalChecklistView,
  checklistItemView,
  checklistSummary,
  getArrivalChecklistInput,
  listArrivalChecklistsInput,
  updateChecklistItemInput,
} from './checklist';
import {
  childFollowUpView,
  childPersonInput,
  childSummary,
  handOverChildInput,
  recordChildContactInput,
  recordVaccinationInput,
  setRiskGroupsInput,
} from './children';
import {
  addActionInput,
  addCoordinationMemberInput,
  caseIdInput,
  closeCoordinationCaseInput,
  completeActionInput,
  coordinationCaseSummary,
  coordinationCaseView,
  type CoordinationCaseView,
  openCoordinationCaseInput,
  recordMeetingInput,
  recordMinutesInput,
  updateCoordinationCaseInput,
} from './coordination';
import {
  createExtraGrantInput,
  decideExtraGrantInput,
  extraGrantView,
  extraGrantYearTotals,
  submitExtraGrantInput,
  updateExtraGrantInput,
} from './extra-grants';
import { healthPermissions } from './permissions';

/** The health service's endpoints, declared once for service, gateway and portal. */
const refugeeHealth = departmentEndpoints('health', '/refugee-health');

const healthRead = { permissions: [healthPermissions.read] } as const;
const healthWrite = { permissions: [healthPermissions.write] } as const;
/** The purpose every read and change of a health record is logged with (Normen fact sheet 15). */
export const HEALTH_PURPOSE = 'health follow-up of refugees (refugee health service)';

export const listArrivalChecklists = refugeeHealth.get('list-arrival-checklists', {
  summary: 'Settled people with their arrival checklist, the nearest deadline first',
  input: listArrivalChecklistsInput,
  output: z.object({ total: z.number().int(), items: z.array(checklistSummary) }),
  access: healthRead,
  audit: {
    action: 'health.arrival-checklists.list',
    purpose: HEALTH_PURPOSE,
    persons: (out) => out?.items.map((item) => item.personId) ?? [],
  },
  path: '/arrival-checklists',
});

export const getArrivalChecklist = refugeeHealth.get('get-arrival-checklist', {
  summary: "One person's arrival checklist (a break-glass grant for the person may lift the read)",
  input: getArrivalChecklistInput,
  output: arrivalChecklistView,
  access: healthRead,
  audit: { action: 'health.arrival-checklist.read', purpose: HEALTH_PURPOSE, persons: (_out, input) => [input.personId] },
  path: '/persons/:personId/arrival-checklist',
  errors: { 404: 'No checklist for this person' },
});

export const updateChecklistItem = refugeeHealth.patch('update-checklist-item', {
  summary: 'Record that an item was offered, done, declined or is not applicable, and any referral',
  input: updateChecklistItemInput,
  output: checklistItemView,
  access: healthWrite,
  audit: { action: 'health.checklist-item.update', purpose: HEALTH_PURPOSE, persons: (out) => (out ? [out.personId] : []) },
  path: '/arrival-checklist-items/:itemId',
  errors: { 404: 'No such checklist item' },
});

const childPersons = (_out: unknown, input: { personId: string }) => [input.personId];

export const listChildren = refugeeHealth.get('list-children', {
  summary: 'Children the MIGRA station follows, with their vaccination gaps, the earliest catch-up first',
  input: z.object({ show: z.enum(['open', 'all']).default('open') }),
  output: z.object({ items: z.array(childSummary) }),
  access: healthRead,
  audit: { action: 'health.children.list', purpose: HEALTH_PURPOSE, persons: (out) => out?.items.map((i) => i.personId) ?? [] },
  path: '/children',
});

export const getChildFollowUp = refugeeHealth.get('get-child-follow-up', {
  summary: "A child's MIGRA follow-up: vaccinations, gaps and catch-up list, contacts, handover",
  input: childPersonInput,
  output: childFollowUpView,
  access: healthRead,
  audit: { action: 'health.child-follow-up.read', purpose: HEALTH_PURPOSE, persons: childPersons },
  path: '/children/:personId',
  errors: { 404: 'No MIGRA follow-up for this person' },
});

export const recordChildVaccination = refugeeHealth.post('record-child-vaccination', {
  summary: 'Record a dose given (here or abroad, from the vaccination card)',
  input: recordVaccinationInput,
  output: childFollowUpView,
  access: healthWrite,
  audit: { action: 'health.child-vaccination.record', purpose: HEALTH_PURPOSE, persons: childPersons },
  path: '/children/:personId/vaccinations',
  status: 201,
  errors: { 404: 'No MIGRA follow-up for this person' },
});

export const recordChildContact = refugeeHealth.post('record-child-contact', {
  summary: 'Record a consultation, check-up, home visit or diet mapping',
  input: recordChildContactInput,
  output: childFollowUpView,
  access: healthWrite,
  audit: { action: 'health.child-contact.record', purpose: HEALTH_PURPOSE, persons: childPersons },
  path: '/children/:personId/contacts',
  status: 201,
  errors: { 404: 'No MIGRA follow-up for this person' },
});

export const setChildRiskGroups = refugeeHealth.put('set-child-risk-groups', {
  summary: 'Set the risk groups that add BCG or hepatitis B to the programme',
  input: setRiskGroupsInput,
  output: childFollowUpView,
  access: healthWrite,
  audit: { action: 'health.child-risk-groups.set', purpose: HEALTH_PURPOSE, persons: childPersons },
  path: '/children/:personId/risk-groups',
  errors: { 404: 'No MIGRA follow-up for this person' },
});

export const handOverChild = refugeeHealth.post('hand-over-child', {
  summary: 'End the MIGRA follow-up with a recorded handover to the GP, health station or school health service',
  input: handOverChildInput,
  output: childFollowUpView,
  access: healthWrite,
  audit: { action: 'health.child.hand-over', purpose: HEALTH_PURPOSE, persons: childPersons },
  path: '/children/:personId/handover',
  errors: { 404: 'No MIGRA follow-up for this person', 409: 'The child is handed over already' },
});

const coordinationRead = { permissions: [healthPermissions.coordinationRead] } as const;
const coordinationWrite = { permissions: [healthPermissions.coordinationWrite] } as const;
/** The purpose of the group's processing: coordinated services for a vulnerable family. */
export const COORDINATION_PURPOSE = 'coordination of services for a refugee family (Koordineringsgruppen MIGRA)';
const casePersons = (out: CoordinationCaseView | undefined) => out?.personIds ?? [];
const caseErrors = { 404: 'No such case among those you are a member of' };

export const listCoordinationCases = refugeeHealth.get('list-coordination-cases', {
  summary: 'The coordination-group cases you are a member of, open first',
  input: z.object({ show: z.enum(['open', 'all']).default('open') }),
  output: z.object({ items: z.array(coordinationCaseSummary) }),
  access: coordinationRead,
  audit: {
    action: 'health.coordination-cases.list',
    purpose: COORDINATION_PURPOSE,
    persons: (out) => out?.items.flatMap((i) => i.personIds) ?? [],
  },
  path: '/coordination-cases',
});

export const openCoordinationCase = refugeeHealth.post('open-coordination-case', {
  summary: 'Open a case for a family referred in by a unit or by itself; you become its first member',
  input: openCoordinationCaseInput,
  output: coordinationCaseView,
  access: coordinationWrite,
  audit: { action: 'health.coordination-case.open', purpose: COORDINATION_PURPOSE, persons: casePersons },
  path: '/coordination-cases',
  status: 201,
});

export const getCoordinationCase = refugeeHealth.get('get-coordination-case', {
  summary: 'A case workspace: service needs, members, meetings, actions (members only)',
  input: caseIdInput,
  output: coordinationCaseView,
  access: coordinationRead,
  audit: { action: 'health.coordination-case.read', purpose: COORDINATION_PURPOSE, persons: casePersons },
  path: '/coordination-cases/:caseId',
  errors: caseErrors,
});

export const updateCoordinationCase = refugeeHealth.patch('update-coordination-case', {
  summary: 'Change the mapped service needs or the individual-plan flag',
  input: updateCoordinationCaseInput,
  output: coordinationCaseView,
  access: coordinationWrite,
  audit: { action: 'health.coordination-case.update', purpose: COORDINATION_PURPOSE, persons: casePersons },
  path: '/coordination-cases/:caseId',
  errors: { ...caseErrors, 409: 'The case is closed' },
});

export const addCoordinationMember = refugeeHealth.post('add-coordination-member', {
  summary: 'Add a member from a unit to the case',
  input: addCoordinationMemberInput,
  output: coordinationCaseView,
  access: coordinationWrite,
  audit: { action: 'health.coordination-member.add', purpose: COORDINATION_PURPOSE, persons: casePersons },
  path: '/coordination-cases/:caseId/members',
  status: 201,
  errors: { ...caseErrors, 409: 'The case is closed' },
});

export const recordCoordinationMeeting = refugeeHealth.post('record-coordination-meeting', {
  summary: 'Plan or record a meeting with its agenda (and minutes when held)',
  input: recordMeetingInput,
  output: coordinationCaseView,
  access: coordinationWrite,
  audit: { action: 'health.coordination-meeting.record', purpose: COORDINATION_PURPOSE, persons: casePersons },
  path: '/coordination-cases/:caseId/meetings',
  status: 201,
  errors: { ...caseErrors, 409: 'The case is closed' },
});

export const recordCoordinationMinutes = refugeeHealth.patch('record-coordination-minutes', {
  summary: "Record a meeting's minutes",
  input: recordMinutesInput,
  output: coordinationCaseView,
  access: coordinationWrite,
  audit: { action: 'health.coordination-minutes.record', purpose: COORDINATION_PURPOSE, persons: casePersons },
  path: '/coordination-cases/:caseId/meetings/:meetingId',
  errors: { ...caseErrors, 409: 'The case is closed' },
});

export const addCoordinationAction = refugeeHealth.post('add-coordination-action', {
  summary: 'Agree an action with its responsible unit and due date',
  input: addActionInput,
  output: coordinationCaseView,
  access: coordinationWrite,
  audit: { action: 'health.coordination-action.add', purpose: COORDINATION_PURPOSE, persons: casePersons },
  path: '/coordination-cases/:caseId/actions',
  status: 201,
  errors: { ...caseErrors, 409: 'The case is closed' },
});

export const completeCoordinationAction = refugeeHealth.patch('complete-coordination-action', {
  summary: 'Mark an action done',
  input: completeActionInput,
  output: coordinationCaseView,
  access: coordinationWrite,
  audit: { action: 'health.coordination-action.complete', purpose: COORDINATION_PURPOSE, persons: casePersons },
  path: '/coordination-cases/:caseId/actions/:actionId',
  errors: { ...caseErrors, 409: 'The case is closed' },
});

export const closeCoordinationCase = refugeeHealth.post('close-coordination-case', {
  summary: 'Close the case with its reason',
  input: closeCoordinationCaseInput,
  output: coordinationCaseView,
  access: coordinationWrite,
  audit: { action: 'health.coordination-case.close', purpose: COORDINATION_PURPOSE, persons: casePersons },
  path: '/coordination-cases/:caseId/close',
  errors: { ...caseErrors, 409: 'The case is closed already' },
});

const grantPersons = (out: { personId: string } | undefined) => (out ? [out.personId] : []);
const grantErrors = { 404: 'No such application in your municipality', 409: 'The application is not a draft' };

export const listExtraGrants = refugeeHealth.get('list-extra-grants', {
  summary: 'Ekstratilskudd applications to IMDi with their deadlines, and the yearly totals',
  output: z.object({ items: z.array(extraGrantView), totals: z.array(extraGrantYearTotals) }),
  access: healthRead,
  audit: { action: 'health.extra-grants.list', purpose: HEALTH_PURPOSE, persons: (out) => out?.items.map((i) => i.personId) ?? [] },
  path: '/extra-grants',
});

export const createExtraGrant = refugeeHealth.post('create-extra-grant', {
  summary: 'Start an ekstratilskudd application (a draft) for a settled person',
  input: createExtraGrantInput,
  output: extraGrantView,
  access: healthWrite,
  audit: { action: 'health.extra-grant.create', purpose: HEALTH_PURPOSE, persons: (out, input) => [out?.personId ?? input.personId] },
  path: '/extra-grants',
  status: 201,
  errors: { 404: 'No such person followed by the health service' },
});

export const updateExtraGrant = refugeeHealth.patch('update-extra-grant', {
  summary: 'Change a draft: eligibility, documents received, involved units, cost lines',
  input: updateExtraGrantInput,
  output: extraGrantView,
  access: healthWrite,
  audit: { action: 'health.extra-grant.update', purpose: HEALTH_PURPOSE, persons: grantPersons },
  path: '/extra-grants/:applicationId',
  errors: grantErrors,
});

export const submitExtraGrant = refugeeHealth.post('submit-extra-grant', {
  summary:
    "Submit to IMDi: refused (400, naming what is missing) without IMDi's consent form, the doctor's statement, eligibility, units or cost",
  input: submitExtraGrantInput,
  output: extraGrantView,
  access: healthWrite,
  audit: { action: 'health.extra-grant.submit', purpose: HEALTH_PURPOSE, persons: grantPersons },
  path: '/extra-grants/:applicationId/submit',
  errors: grantErrors,
});

export const decideExtraGrant = refugeeHealth.post('decide-extra-grant', {
  summary: "Record IMDi's decision: granted with the amount, or rejected",
  input: decideExtraGrantInput,
  output: extraGrantView,
  access: healthWrite,
  audit: { action: 'health.extra-grant.decide', purpose: HEALTH_PURPOSE, persons: grantPersons },
  path: '/extra-grants/:applicationId/decision',
  errors: { 404: grantErrors[404], 409: 'The application is not submitted' },
});
