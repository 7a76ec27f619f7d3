import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router-dom';
import type { Permission } from '../auth/permissions';
import { Loading } from '../components/states';
import { Layout } from './layout';
import { RequireAuth, RequirePermission } from './require-auth';

/** Each page element's chunk loader, so the page of the URL being opened can be fetched early. */
const loaders = new WeakMap<object, () => Promise<unknown>>();

/**
 * Route-level code splitting: each page is its own chunk, fetched on first visit. A page whose
 * chunk is already there (preloaded) renders without suspending: React holds back content
 * that replaces a Suspense fallback for a moment, which would delay the page's own requests.
 */
function page(load: () => Promise<{ default: ComponentType }>, anyOf?: Permission[]): ReactNode {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(preload);
  function PageComponent() {
    // Chosen once per mount: switching from the lazy wrapper to the module later would remount the page.
    const [Component] = useState<ComponentType>(() => loaded ?? Lazy);
    return <Component />;
  }
  const element = (
    <Suspense fallback={<Loading />}>
      <PageComponent />
    </Suspense>
  );
  const wrapped = anyOf ? <RequirePermission anyOf={anyOf}>{element}</RequirePermission> : element;
  loaders.set(wrapped, preload);
  return wrapped;
}

/**
 * Starts fetching the chunk of the page at `pathname` (a reload, a link opened in a new tab)
 * while the session is still being restored; lazy() later gets the same module.
 */
export function preloadRoute(pathname: string): void {
  for (const match of matchRoutes(routes, pathname) ?? []) {
    const element = match.route.element;
    const load = element && typeof element === 'object' ? loaders.get(element) : undefined;
    load?.().catch(() => undefined);
  }
}

export const routes: RouteObject[] = [
  { path: '/login', element: page(() => import('../features/auth/login-page')) },
  // Public, without login: signing up as a volunteer, and a refugee's own request for a guide.
  { path: '/volunteer/sign-up', element: page(() => import('../features/volunteering/pages/sign-up-page')) },
  { path: '/volunteer/request-guide', element: page(() => import('../features/volunteering/pages/request-guide-page')) },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: page(() => import('../features/dashboard/dashboard-page')) },
      {
        path: 'housing',
        element: page(() => import('../features/housing/pages/settlement-page'), ['housing:read', 'housing:statistics']),
      },
      {
        path: 'housing/households',
        element: page(() => import('../features/housing/pages/households-page'), ['housing:read']),
      },
      {
        path: 'housing/households/new',
        element: page(() => import('../features/housing/pages/register-household-page'), ['housing:write']),
      },
      {
        path: 'housing/households/:householdId',
        element: page(() => import('../features/housing/pages/household-detail-page'), ['housing:read']),
      },
      {
        path: 'housing/transfers',
        element: page(() => import('../features/housing/pages/transfers-page'), ['housing:write']),
      },
      {
        path: 'housing/planning',
        element: page(() => import('../features/planning/pages/planning-page'), ['housing:statistics']),
      },
      {
        path: 'county',
        element: page(() => import('../features/planning/pages/county-page'), ['statistics:county']),
      },
      {
        path: 'housing/dwellings',
        element: page(() => import('../features/housing/pages/dwellings-page'), ['dwellings:read']),
      },
      {
        path: 'housing/dwellings/:dwellingId',
        element: page(() => import('../features/housing/pages/dwelling-detail-page'), ['dwellings:read']),
      },
      {
        path: 'coordination/cases',
        element: page(() => import('../features/coordination/pages/case-search-page'), ['case:read']),
      },
      {
        path: 'coordination/cases/:householdId',
        element: page(() => import('../features/coordination/pages/case-view-page'), ['case:read']),
      },
      {
        path: 'coordination/attention',
        element: page(() => import('../features/coordination/pages/attention-page'), ['case:read']),
      },
      {
        path: 'coordination/referrals',
        element: page(() => import('../features/coordination/pages/referrals-page'), ['referral:read']),
      },
      { path: 'privacy/audit', element: page(() => import('../features/privacy/pages/audit-page'), ['audit:read']) },
      {
        path: 'privacy/break-glass',
        element: page(() => import('../features/privacy/pages/break-glass-page'), ['audit:read']),
      },
      {
        path: 'privacy/access-report',
        element: page(() => import('../features/privacy/pages/access-report-page'), ['audit:read']),
      },
      { path: 'privacy/chain', element: page(() => import('../features/privacy/pages/chain-page'), ['audit:verify']) },
      {
        path: 'break-glass',
        element: page(() => import('../features/privacy/pages/break-glass-request-page'), ['breakglass:use']),
      },
      { path: 'account', element: page(() => import('../features/account/account-page')) },
      { path: 'admin/users', element: page(() => import('../features/admin/pages/users-page'), ['users:manage']) },
      { path: 'introduction', element: page(() => import('../features/introduction/pages/participants-page'), ['introduction:read']) },
      {
        path: 'introduction/participants/:participantId',
        element: page(() => import('../features/introduction/pages/participant-page'), ['introduction:read']),
      },
      {
        path: 'introduction/attendance',
        element: page(() => import('../features/introduction/pages/attendance-page'), ['introduction:write']),
      },
      { path: 'introduction/outcomes', element: page(() => import('../features/introduction/pages/outcomes-page'), ['introduction:read']) },
      { path: 'introduction/nir-report', element: page(() => import('../features/introduction/pages/nir-page'), ['introduction:read']) },
      { path: 'refugee-health', element: page(() => import('../features/health/pages/arrival-checklists-page'), ['health:read']) },
      {
        path: 'refugee-health/persons/:personId',
        element: page(() => import('../features/health/pages/person-checklist-page'), ['health:read']),
      },
      {
        path: 'refugee-health/children/:personId',
        element: page(() => import('../features/health/pages/child-follow-up-page'), ['health:read']),
      },
      {
        path: 'refugee-health/coordination',
        element: page(() => import('../features/health/pages/coordination-cases-page'), ['coordination:read']),
      },
      {
        path: 'refugee-health/coordination/:caseId',
        element: page(() => import('../features/health/pages/coordination-case-page'), ['coordination:read']),
      },
      { path: 'refugee-health/extra-grants', element: page(() => import('../features/health/pages/extra-grants-page'), ['health:read']) },
      { path: 'volunteering', element: page(() => import('../features/volunteering/pages/guide-requests-page'), ['volunteering:write']) },
      {
        path: 'volunteering/volunteers',
        element: page(() => import('../features/volunteering/pages/volunteers-page'), ['volunteering:write']),
      },
      { path: 'volunteering/matches', element: page(() => import('../features/volunteering/pages/matches-page'), ['volunteering:write']) },
      { path: 'volunteering/outbox', element: page(() => import('../features/volunteering/pages/outbox-page'), ['volunteering:write']) },
      { path: 'volunteering/kpis', element: page(() => import('../features/volunteering/pages/kpis-page'), ['volunteering:write']) },
      {
        path: 'volunteering/mine',
        element: page(() => import('../features/volunteering/pages/my-volunteering-page'), ['volunteering:read']),
      },
      { path: '*', element: page(() => import('./not-found-page')) },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
