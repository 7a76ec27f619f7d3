import { type AccessRows, IA } from './roles';

// The introduction programme. Need-to-know: only the intro advisor works in it. Everyone else
// gets 403 here, on purpose:
// - the coordination group and the health service see the participant's status, plan summary
//   and deadline in the combined case view, under the person's consent (`intro-status`,
//   absence only under `intro-absence`), never these person-level routes;
// - the county analyst holds only `statistics:county`; the outcome figures are counts, but they
//   are per municipality and small groups can point at a person, so they stay with the advisor
//   until a county statistics route with small-number suppression exists;
// - the housing officer hands the person over through the settled-person event, nothing more.
export const introductionRows: AccessRows = {
  'GET /api/introduction/participants': [IA],
  'GET /api/introduction/participant-counts': [IA],
  'POST /api/introduction/participants': [IA],
  'GET /api/introduction/participants/:participantId': [IA],
  'PUT /api/introduction/participants/:participantId/facts': [IA],
  'PUT /api/introduction/participants/:participantId/mapping': [IA],
  'PUT /api/introduction/participants/:participantId/career-guidance': [IA],
  'POST /api/introduction/participants/:participantId/decision': [IA],
  'POST /api/introduction/participants/:participantId/plans': [IA],
  'GET /api/introduction/participants/:participantId/plans': [IA],
  'PUT /api/introduction/attendance': [IA],
  'GET /api/introduction/participants/:participantId/attendance': [IA],
  'GET /api/introduction/participants/:participantId/stipend': [IA],
  'POST /api/introduction/participants/:participantId/stop': [IA],
  'POST /api/introduction/participants/:participantId/resume': [IA],
  'POST /api/introduction/participants/:participantId/exit': [IA],
  'PUT /api/introduction/participants/:participantId/follow-up': [IA],
  'GET /api/introduction/outcomes': [IA],
  'GET /api/introduction/nir-report': [IA],
};
