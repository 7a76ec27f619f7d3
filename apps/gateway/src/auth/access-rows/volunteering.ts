import { type AccessRows, VC } from './roles';

// Volunteering.
export const volunteeringRows: AccessRows = {
  // The list of refugees waiting for a guide is the coordinator's; a volunteer sees only their own.
  'GET /api/volunteering/guide-requests': [VC],
  'POST /api/volunteering/guide-requests': [VC],
};
