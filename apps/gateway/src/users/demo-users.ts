import { roles } from '@ankomst/contracts';

/** The one password of every demo account (documented in docs/security.md). Never in production. */
export const demoPassword = 'ankomst-demo';

const names: Record<(typeof roles)[number], string> = {
  'housing-officer': 'Demo Housing Officer',
  'intro-advisor': 'Demo Introduction Advisor',
  'health-worker': 'Demo Health Worker',
  'coordination-member': 'Demo Coordination Group Member',
  'volunteer-coordinator': 'Demo Volunteer Coordinator',
  volunteer: 'Demo Volunteer',
  'privacy-officer': 'Demo Privacy Officer',
  'municipal-admin': 'Demo Municipal Admin',
  'county-analyst': 'Demo County Analyst',
};

/** One account per role in Stavanger (1103), plus a housing officer in Bærum (3201) to show municipality scope. */
export const demoUsers: { username: string; displayName: string; role: string; municipality: string }[] = [
  ...roles.map((role) => ({ username: role, displayName: names[role], role, municipality: '1103' })),
  { username: 'housing-officer-3201', displayName: 'Demo Housing Officer (Bærum)', role: 'housing-officer', municipality: '3201' },
  { username: 'municipal-admin-3201', displayName: 'Demo Municipal Admin (Bærum)', role: 'municipal-admin', municipality: '3201' },
];
