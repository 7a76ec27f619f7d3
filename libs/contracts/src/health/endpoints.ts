import { z } from 'zod';
import { defineEndpoint } from '../kit/endpoint';
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
import { healthPermissions } from './permissions';

/** The health service's endpoints, declared once for service, gateway and portal. */

const healthRead = { permissions: [healthPermissions.read] } as const;
const healthWrite = { permissions: [healthPermissions.write] } as const;
/** The purpose every read and change of a health record is logged with (Normen fact sheet 15). */
export const HEALTH_PURPOSE = 'health follow-up of refugees (refugee health service)';

export const listArrivalChecklists = defineEndpoint({
  service: 'health',
  command: 'list-arrival-checklists',
  summary: 'Settled people with their arrival checklist, the nearest deadline first',
  input: listArrivalChecklistsInput,
  output: z.object({ total: z.number().int(), items: z.array(checklistSummary) }),
  access: healthRead,
  audit: {
    action: 'health.arrival-checklists.list',
    purpose: HEALTH_PURPOSE,
    persons: (out) => out?.items.map((item) => item.personId) ?? [],
  },
  http: { method: 'GET', path: '/refugee-health/arrival-checklists' },
});

export const getArrivalChecklist = defineEndpoint({
  service: 'health',
  command: 'get-arrival-checklist',
  summary: "One person's arrival checklist (a break-glass grant for the person may lift the read)",
  input: getArrivalChecklistInput,
  output: arrivalChecklistView,
  access: healthRead,
  audit: { action: 'health.arrival-checklist.read', purpose: HEALTH_PURPOSE, persons: (_out, input) => [input.personId] },
  http: { method: 'GET', path: '/refugee-health/persons/:personId/arrival-checklist', errors: { 404: 'No checklist for this person' } },
});

export const updateChecklistItem = defineEndpoint({
  service: 'health',
  command: 'update-checklist-item',
  summary: 'Record that an item was offered, done, declined or is not applicable, and any referral',
  input: updateChecklistItemInput,
  output: checklistItemView,
  access: healthWrite,
  audit: { action: 'health.checklist-item.update', purpose: HEALTH_PURPOSE, persons: (out) => (out ? [out.personId] : []) },
  http: { method: 'PATCH', path: '/refugee-health/arrival-checklist-items/:itemId', errors: { 404: 'No such checklist item' } },
});

const childPersons = (_out: unknown, input: { personId: string }) => [input.personId];

export const listChildren = defineEndpoint({
  service: 'health',
  command: 'list-children',
  summary: 'Children the MIGRA station follows, with their vaccination gaps, the earliest catch-up first',
  input: z.object({ show: z.enum(['open', 'all']).default('open') }),
  output: z.object({ items: z.array(childSummary) }),
  access: healthRead,
  audit: { action: 'health.children.list', purpose: HEALTH_PURPOSE, persons: (out) => out?.items.map((i) => i.personId) ?? [] },
  http: { method: 'GET', path: '/refugee-health/children' },
});

export const getChildFollowUp = defineEndpoint({
  service: 'health',
  command: 'get-child-follow-up',
  summary: "A child's MIGRA follow-up: vaccinations, gaps and catch-up list, contacts, handover",
  input: childPersonInput,
  output: childFollowUpView,
  access: healthRead,
  audit: { action: 'health.child-follow-up.read', purpose: HEALTH_PURPOSE, persons: childPersons },
  http: { method: 'GET', path: '/refugee-health/children/:personId', errors: { 404: 'No MIGRA follow-up for this person' } },
});

export const recordChildVaccination = defineEndpoint({
  service: 'health',
  command: 'record-child-vaccination',
  summary: 'Record a dose given (here or abroad, from the vaccination card)',
  input: recordVaccinationInput,
  output: childFollowUpView,
  access: healthWrite,
  audit: { action: 'health.child-vaccination.record', purpose: HEALTH_PURPOSE, persons: childPersons },
  http: {
    method: 'POST',
    path: '/refugee-health/children/:personId/vaccinations',
    status: 201,
    errors: { 404: 'No MIGRA follow-up for this person' },
  },
});

export const recordChildContact = defineEndpoint({
  service: 'health',
  command: 'record-child-contact',
  summary: 'Record a consultation, check-up, home visit or diet mapping',
  input: recordChildContactInput,
  output: childFollowUpView,
  access: healthWrite,
  audit: { action: 'health.child-contact.record', purpose: HEALTH_PURPOSE, persons: childPersons },
  http: {
    method: 'POST',
    path: '/refugee-health/children/:personId/contacts',
    status: 201,
    errors: { 404: 'No MIGRA follow-up for this person' },
  },
});

export const setChildRiskGroups = defineEndpoint({
  service: 'health',
  command: 'set-child-risk-groups',
  summary: 'Set the risk groups that add BCG or hepatitis B to the programme',
  input: setRiskGroupsInput,
  output: childFollowUpView,
  access: healthWrite,
  audit: { action: 'health.child-risk-groups.set', purpose: HEALTH_PURPOSE, persons: childPersons },
  http: { method: 'PUT', path: '/refugee-health/children/:personId/risk-groups', errors: { 404: 'No MIGRA follow-up for this person' } },
});

export const handOverChild = defineEndpoint({
  service: 'health',
  command: 'hand-over-child',
  summary: 'End the MIGRA follow-up with a recorded handover to the GP, health station or school health service',
  input: handOverChildInput,
  output: childFollowUpView,
  access: healthWrite,
  audit: { action: 'health.child.hand-over', purpose: HEALTH_PURPOSE, persons: childPersons },
  http: {
    method: 'POST',
    path: '/refugee-health/children/:personId/handover',
    errors: { 404: 'No MIGRA follow-up for this person', 409: 'The child is handed over already' },
  },
});

export const healthEndpoints = [
  listArrivalChecklists,
  getArrivalChecklist,
  updateChecklistItem,
  listChildren,
  getChildFollowUp,
  recordChildVaccination,
  recordChildContact,
  setChildRiskGroups,
  handOverChild,
];
