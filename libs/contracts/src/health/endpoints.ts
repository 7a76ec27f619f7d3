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

export const healthEndpoints = [listArrivalChecklists, getArrivalChecklist, updateChecklistItem];
