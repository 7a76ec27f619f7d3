import { type AccessRows, HO, IA, HW, CM, VC } from './roles';

// The combined case view, consents and referrals.
export const casesRows: AccessRows = {
  'GET /api/cases': [HO, IA, HW, CM],
  'GET /api/cases/attention': [HO, IA, HW, CM],
  'GET /api/cases/persons/:personId': [HO, IA, HW, CM],
  'GET /api/cases/:householdId': [HO, IA, HW, CM],
  'GET /api/cases/persons/:personId/consents': [HO, IA, HW, CM, VC],
  'POST /api/cases/persons/:personId/consents': [IA, HW],
  'POST /api/cases/persons/:personId/consents/withdraw': [IA, HW],
  'GET /api/cases/referrals': [HO, IA, HW, CM],
  'POST /api/cases/referrals': [IA, HW, CM],
  'POST /api/cases/referrals/override': [CM],
  'POST /api/cases/referrals/:referralId/decision': [IA, HW, CM],
};
