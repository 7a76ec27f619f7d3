import { type AccessRows, VC, VO } from './roles';

// Volunteering.
export const volunteeringRows: AccessRows = {
  // Anyone, without login: signing up as a volunteer, and a refugee's own request for a guide.
  'POST /api/public/volunteering/:municipality/sign-ups': 'public',
  'POST /api/public/volunteering/:municipality/guide-requests': 'public',
  // The coordinator's work: screening, the waiting list, matching, the outbox, KPIs.
  // A volunteer sees none of it: not the other volunteers, not the refugees waiting.
  'GET /api/volunteering/guides': [VC],
  'GET /api/volunteering/guides/:guideId': [VC],
  'POST /api/volunteering/guides/:guideId/screening': [VC],
  'POST /api/volunteering/guides/:guideId/decision': [VC],
  'GET /api/volunteering/outbox': [VC],
  'GET /api/volunteering/guide-requests': [VC],
  'POST /api/volunteering/guide-requests': [VC],
  'GET /api/volunteering/guide-requests/:requestId/suggestions': [VC],
  'POST /api/volunteering/matches': [VC],
  'GET /api/volunteering/matches': [VC],
  'POST /api/volunteering/matches/:matchId/refugee-answer': [VC],
  'POST /api/volunteering/matches/:matchId/end': [VC],
  'GET /api/volunteering/kpis': [VC],
  'GET /api/volunteering/reminders': [VC],
  // The volunteer's own: the service answers with the caller's own linked record only
  // (the coordinator reaches the route and gets nothing, having no volunteer record).
  'GET /api/volunteering/my/matches': [VC, VO],
  'POST /api/volunteering/my/invitation': [VC, VO],
  'POST /api/volunteering/my/matches/:matchId/answer': [VC, VO],
  'POST /api/volunteering/my/matches/:matchId/contacts': [VC, VO],
};
