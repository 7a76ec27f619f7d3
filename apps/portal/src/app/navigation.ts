import type { CurrentUser } from '../auth/auth-api';
import { canAny, type Permission } from '../auth/permissions';

export interface NavItem {
  to: string;
  /** i18n key of the label. */
  label: string;
  /** Shown when the user holds any one of these; none = every signed-in user. */
  anyOf?: Permission[];
  /** Hidden from holders of any of these (the volunteer's own page is not the coordinator's). */
  noneOf?: Permission[];
}

export interface NavGroup {
  label: string;
  items: NavItem[];
}

/** The menu, filtered per user: a volunteer sees the dashboard only, a privacy officer the audit pages. */
export const navigation: NavGroup[] = [
  {
    label: 'nav.groups.overview',
    items: [
      { to: '/', label: 'nav.dashboard' },
      { to: '/county', label: 'countyPage.title', anyOf: ['statistics:county'] },
    ],
  },
  {
    label: 'nav.groups.housing',
    items: [
      { to: '/housing', label: 'nav.settlement', anyOf: ['housing:read', 'housing:statistics'] },
      { to: '/housing/households', label: 'nav.households', anyOf: ['housing:read'] },
      { to: '/housing/households/new', label: 'nav.registerHousehold', anyOf: ['housing:write'] },
      { to: '/housing/planning', label: 'planningPage.title', anyOf: ['housing:statistics'] },
      { to: '/housing/transfers', label: 'nav.transfers', anyOf: ['housing:write'] },
      { to: '/housing/dwellings', label: 'nav.dwellings', anyOf: ['dwellings:read'] },
    ],
  },
  {
    label: 'nav.groups.coordination',
    items: [
      { to: '/coordination/cases', label: 'nav.caseSearch', anyOf: ['case:read'] },
      { to: '/coordination/attention', label: 'nav.attention', anyOf: ['case:read'] },
      { to: '/coordination/referrals', label: 'nav.referrals', anyOf: ['referral:read'] },
    ],
  },
  {
    label: 'nav.groups.introduction',
    items: [
      { to: '/introduction', label: 'intro.nav.participants', anyOf: ['introduction:read'] },
      { to: '/introduction/attendance', label: 'intro.nav.attendance', anyOf: ['introduction:write'] },
      { to: '/introduction/outcomes', label: 'intro.nav.outcomes', anyOf: ['introduction:read'] },
      { to: '/introduction/nir-report', label: 'intro.nav.nir', anyOf: ['introduction:read'] },
    ],
  },
  {
    label: 'nav.groups.health',
    items: [
      { to: '/refugee-health', label: 'healthNav.checklists', anyOf: ['health:read'] },
      { to: '/refugee-health/coordination', label: 'healthNav.coordination', anyOf: ['coordination:read'] },
      { to: '/refugee-health/extra-grants', label: 'healthNav.extraGrants', anyOf: ['health:read'] },
    ],
  },
  {
    label: 'nav.groups.volunteering',
    items: [
      { to: '/volunteering', label: 'guideRequestsPage.title', anyOf: ['volunteering:write'] },
      { to: '/volunteering/volunteers', label: 'volunteersPage.title', anyOf: ['volunteering:write'] },
      { to: '/volunteering/matches', label: 'matchesPage.title', anyOf: ['volunteering:write'] },
      { to: '/volunteering/outbox', label: 'outboxPage.title', anyOf: ['volunteering:write'] },
      { to: '/volunteering/kpis', label: 'volunteeringKpisPage.title', anyOf: ['volunteering:write'] },
      { to: '/volunteering/mine', label: 'myVolunteeringPage.title', anyOf: ['volunteering:read'], noneOf: ['volunteering:write'] },
    ],
  },
  {
    label: 'nav.groups.privacy',
    items: [
      { to: '/privacy/audit', label: 'nav.audit', anyOf: ['audit:read'] },
      { to: '/privacy/break-glass', label: 'nav.breakGlass', anyOf: ['audit:read'] },
      { to: '/privacy/access-report', label: 'nav.accessReport', anyOf: ['audit:read'] },
      { to: '/privacy/chain', label: 'nav.chain', anyOf: ['audit:verify'] },
    ],
  },
  {
    label: 'nav.groups.administration',
    items: [{ to: '/admin/users', label: 'nav.users', anyOf: ['users:manage'] }],
  },
];

export function menuFor(user: CurrentUser | null): NavGroup[] {
  return navigation
    .map((group) => ({
      ...group,
      items: group.items.filter((item) => (!item.anyOf || canAny(user, item.anyOf)) && !(item.noneOf && canAny(user, item.noneOf))),
    }))
    .filter((group) => group.items.length > 0);
}
