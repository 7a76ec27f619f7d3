import { type AccessRows, HO, IA, HW, CM, PO, MA } from './roles';

// The platform: health, docs, metrics, sign-in, audit, break-glass, users.
export const platformRows: AccessRows = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'GET /api/docs': 'public',
  'GET /api/docs/assets/init.js': 'public',
  // No user login, but the scraper's METRICS_TOKEN (switched off here: none configured).
  'GET /metrics': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/refresh': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/auth/oidc': 'public',
  'GET /api/auth/oidc/:municipality/login': 'public',
  'GET /api/auth/oidc/:municipality/callback': 'public',
  'GET /api/auth/me': 'any-user',
  'POST /api/auth/password': 'any-user',

  'GET /api/audit': [PO],
  'GET /api/audit/verify': [PO],
  'GET /api/audit/persons/:personId': [PO],
  'POST /api/audit/persons/by-national-id': [PO],
  'GET /api/break-glass': [PO],
  'POST /api/break-glass': [HO, IA, HW, CM],
  'GET /api/break-glass/mine': [HO, IA, HW, CM],

  'GET /api/users': [MA],
  'GET /api/users/:id': [MA],
  'POST /api/users': [MA],
  'PATCH /api/users/:id': [MA],
  'DELETE /api/users/:id': [MA],
};
