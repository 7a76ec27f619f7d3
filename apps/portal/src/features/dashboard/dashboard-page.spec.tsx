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
