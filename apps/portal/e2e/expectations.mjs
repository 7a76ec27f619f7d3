// What each demo role must see in the menu (hrefs in menu order). Written out by hand from the
// role → permission table in libs/contracts/src/access/role-permissions.ts so a change there
// that alters a menu fails here visibly.
export const demoPassword = 'ankomst-demo';

export const menuByRole = {
  'housing-officer': [
    '/',
    '/housing',
    '/housing/households',
    '/housing/households/new',
    '/housing/planning',
    '/housing/transfers',
    '/housing/dwellings',
    '/coordination/cases',
    '/coordination/attention',
    '/coordination/referrals',
  ],
  'intro-advisor': [
    '/',
    '/housing',
    '/housing/households',
    '/coordination/cases',
    '/coordination/attention',
    '/coordination/referrals',
    '/introduction',
    '/introduction/attendance',
    '/introduction/outcomes',
    '/introduction/nir-report',
    '/refugee-health/coordination',
  ],
  'health-worker': [
    '/',
    '/coordination/cases',
    '/coordination/attention',
    '/coordination/referrals',
    '/refugee-health',
    '/refugee-health/coordination',
    '/refugee-health/extra-grants',
  ],
  'coordination-member': ['/', '/coordination/cases', '/coordination/attention', '/coordination/referrals', '/refugee-health/coordination'],
  'volunteer-coordinator': [
    '/',
    '/volunteering',
    '/volunteering/volunteers',
    '/volunteering/matches',
    '/volunteering/outbox',
    '/volunteering/kpis',
  ],
  volunteer: ['/', '/volunteering/mine'],
  'privacy-officer': ['/', '/privacy/audit', '/privacy/break-glass', '/privacy/access-report', '/privacy/chain'],
  'municipal-admin': ['/', '/housing', '/housing/planning', '/admin/users'],
  'county-analyst': ['/', '/county'],
};
