import { type AccessRows, HW } from './roles';

// Refugee health: health records are the health worker's alone (break-glass aside, tested in the service).
export const healthRows: AccessRows = {
  'GET /api/refugee-health/arrival-checklists': [HW],
  'GET /api/refugee-health/persons/:personId/arrival-checklist': [HW],
  'PATCH /api/refugee-health/arrival-checklist-items/:itemId': [HW],
};
