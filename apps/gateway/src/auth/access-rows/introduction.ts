import { type AccessRows, IA } from './roles';

// The introduction programme.
export const introductionRows: AccessRows = {
  'GET /api/introduction/programme-candidates': [IA],
  'POST /api/introduction/programme-candidates': [IA],
};
