import { type AccessRows, CM, HW, IA } from './roles';

/** The coordination group's roles: the refugee health coordinator, the group's members, the intro centre. */
const GROUP = [HW, CM, IA] as const;

// Refugee health: health records are the health worker's alone (break-glass aside, tested in the
// service). Coordination cases are open to the group's roles, and then to each case's members only.
export const healthRows: AccessRows = {
  'GET /api/refugee-health/arrival-checklists': [HW],
  'GET /api/refugee-health/persons/:personId/arrival-checklist': [HW],
  'PATCH /api/refugee-health/arrival-checklist-items/:itemId': [HW],
  'GET /api/refugee-health/children': [HW],
  'GET /api/refugee-health/children/:personId': [HW],
  'POST /api/refugee-health/children/:personId/vaccinations': [HW],
  'POST /api/refugee-health/children/:personId/contacts': [HW],
  'PUT /api/refugee-health/children/:personId/risk-groups': [HW],
  'POST /api/refugee-health/children/:personId/handover': [HW],
  'GET /api/refugee-health/coordination-cases': GROUP,
  'POST /api/refugee-health/coordination-cases': GROUP,
  'GET /api/refugee-health/coordination-cases/:caseId': GROUP,
  'PATCH /api/refugee-health/coordination-cases/:caseId': GROUP,
  'POST /api/refugee-health/coordination-cases/:caseId/members': GROUP,
  'POST /api/refugee-health/coordination-cases/:caseId/meetings': GROUP,
  'PATCH /api/refugee-health/coordination-cases/:caseId/meetings/:meetingId': GROUP,
  'POST /api/refugee-health/coordination-cases/:caseId/actions': GROUP,
  'PATCH /api/refugee-health/coordination-cases/:caseId/actions/:actionId': GROUP,
  'POST /api/refugee-health/coordination-cases/:caseId/close': GROUP,
  'GET /api/refugee-health/extra-grants': [HW],
  'POST /api/refugee-health/extra-grants': [HW],
  'PATCH /api/refugee-health/extra-grants/:applicationId': [HW],
  'POST /api/refugee-health/extra-grants/:applicationId/submit': [HW],
  'POST /api/refugee-health/extra-grants/:applicationId/decision': [HW],
};
