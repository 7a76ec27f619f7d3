import { permissionsOf, type MeResponse, type Role } from '@ankomst/contracts';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { setAccessToken } from '../../auth/token-store';
import { installFakeFetch } from '../../test/fake-fetch';
import { renderWithProviders } from '../../test/render';
import SettlementPage from '../housing/pages/settlement-page';
import DashboardPage from './dashboard-page';

const userWith = (role: Role): MeResponse => ({
  userId: '11111111-1111-4111-8111-111111111111',
  username: role,
  displayName: `Demo ${role}`,
  role,
  municipality: '1103',
  permissions: [...permissionsOf(role)],
});

function render(role: Role, path: string) {
  const fake = installFakeFetch({
    'GET /api/auth/me': { status: 200, body: userWith(role) },
    'GET /api/cases/attention': { status: 200, body: { items: [] } },
    'GET /api/cases/referrals': { status: 200, body: { items: [], total: 0 } },
  });
  renderWithProviders(
    <Routes>
      <Route path="/" element={<DashboardPage />} />
      <Route path="/housing" element={<SettlementPage />} />
    </Routes>,
    { path },
  );
  return fake;
}

describe('what the introduction advisor sees of settlement', () => {
  afterEach(() => setAccessToken(undefined));

  it('has a dashboard without settlement figures it may not read (and never asks for them)', async () => {
    const { calls } = render('intro-advisor', '/');
    expect(await screen.findByRole('heading', { name: /Frister|Attention/ })).toBeInTheDocument();
    expect(calls.some((c) => c.url.startsWith('/api/housing/statistics'))).toBe(false);
    expect(screen.queryByText(/ikke tilgang/i)).toBeNull();
  });

  it('gets "Bosetting i år" as a way to the households, not access-denied boxes', async () => {
    const { calls } = render('intro-advisor', '/housing');
    expect(await screen.findByTestId('settlement-no-statistics')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til husstandene' })).toHaveAttribute('href', '/housing/households');
    expect(calls.some((c) => c.url.startsWith('/api/housing/statistics'))).toBe(false);
  });

  it('still shows the housing officer the figures', async () => {
    const { calls } = render('housing-officer', '/housing');
    await screen.findByRole('heading', { name: /Anmodning, vedtak og bosatte/ });
    expect(calls.some((c) => c.url.startsWith('/api/housing/statistics/progress'))).toBe(true);
  });
});

describe('the figures widgets ask only endpoints that exist', () => {
  afterEach(() => setAccessToken(undefined));

  it("gives the county analyst the county's figures from the housing service's county endpoint", async () => {
    const fake = installFakeFetch({
      'GET /api/auth/me': { status: 200, body: userWith('county-analyst') },
      'GET /api/housing/statistics/county': {
        status: 200,
        body: {
          county: '11',
          year: 2026,
          municipalities: [
            {
              municipality: '1103',
              requested: { total: 30, unaccompaniedMinors: 2 },
              decided: { total: 25, unaccompaniedMinors: 2 },
              settled: { total: '<5', unaccompaniedMinors: 0 },
              percentOfDecided: null,
              medianDaysPermitToSettlement: null,
            },
          ],
        },
      },
    });
    renderWithProviders(<DashboardPage />, { path: '/' });
    expect(await screen.findByRole('link', { name: 'Se bosetting per kommune' })).toHaveAttribute('href', '/county');
    expect(fake.calls.some((c) => c.url.startsWith('/api/housing/statistics/county'))).toBe(true);
    expect(fake.calls.some((c) => c.url.startsWith('/api/statistics/county'))).toBe(false);
  });

  it('gives the volunteer coordinator the KPIs and the volunteer no figures box at all', async () => {
    const coordinator = installFakeFetch({
      'GET /api/auth/me': { status: 200, body: userWith('volunteer-coordinator') },
      'GET /api/volunteering/kpis': {
        status: 200,
        body: {
          guidesByRoleAndStatus: [],
          waiting: { count: 7, medianDays: 12, longestDays: 40 },
          genderBalance: [],
          hoursPerMonth: [],
          activeMatches: 3,
          flaggedMatches: 1,
        },
      },
    });
    renderWithProviders(<DashboardPage />, { path: '/' });
    expect(await screen.findByRole('link', { name: 'Se alle nøkkeltall for frivillighet' })).toBeInTheDocument();
    expect(coordinator.calls.some((c) => c.url.startsWith('/api/volunteering/statistics'))).toBe(false);
  });

  it('asks nothing of the volunteering figures for a volunteer', async () => {
    const volunteer = installFakeFetch({ 'GET /api/auth/me': { status: 200, body: userWith('volunteer') } });
    renderWithProviders(<DashboardPage />, { path: '/' });
    expect(await screen.findByText(/ingen nøkkeltall/)).toBeInTheDocument();
    expect(volunteer.calls.some((c) => c.url.startsWith('/api/volunteering'))).toBe(false);
  });
});
