import { type AccessRows, HW } from './roles';

// Refugee health.
export const healthRows: AccessRows = {
  'GET /api/refugee-health/health-assessments': [HW],
  'POST /api/refugee-health/health-assessments': [HW],
};
