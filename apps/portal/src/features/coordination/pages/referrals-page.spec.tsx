import { permissionsOf, type MeResponse, type Role } from '@ankomst/contracts';
import type { Referral } from '@ankomst/contracts/case-overview';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setAccessToken } from '../../../auth/token-store';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import ReferralsPage from './referrals-page';

const me = (role: Role): MeResponse => ({
  userId: '11111111-1111-4111-8111-111111111111',
  username: role,
  displayName: 'Demo',
  role,
  municipality: '1103',
  permissions: [...permissionsOf(role)],
});

const referral = (id: string, changes: Partial<Referral>): Referral => ({
  id,
  municipality: '1103',
  personId: '3f1c2b9e-6a4d-4e8f-9b2a-1c0d5e7f8a90',
  householdId: '5b0f1d1e-2a3c-4d5e-8f90-a1b2c3d4e5f6',
  fromDepartment: 'introduction',
  toDepartment: 'health',
  reason: 'Trenger helsekartlegging',
  requiredScope: 'intro-status→health',
  consentOverridden: false,
  overrideReason: null,
  status: 'open',
  createdAt: '2026-11-20T10:00:00.000Z',
  createdBy: 'u',
  decidedAt: null,
  decidedBy: null,
  decisionNote: null,
  completedAt: null,
  ...changes,
});

const incoming = referral('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', {});
const outgoing = referral('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', {
  fromDepartment: 'health',
  toDepartment: 'nav',
  reason: 'Avklaring av ytelser',
  createdAt: '2026-11-21T10:00:00.000Z',
});

function renderAs(role: Role) {
  setAccessToken('test-token');
  const fake = installFakeFetch({
    'GET /api/auth/me': { status: 200, body: me(role) },
    'GET /api/cases/referrals': { status: 200, body: { items: [outgoing, incoming] } },
    [`POST /api/cases/referrals/${incoming.id}/decision`]: { status: 200, body: { ...incoming, status: 'rejected' } },
  });
  renderWithProviders(<ReferralsPage />, { path: '/coordination/referrals' });
  return fake;
}

describe('ReferralsPage', () => {
  afterEach(() => setAccessToken(undefined));

  it('offers the answer only on the referral the user’s unit receives', async () => {
    renderAs('health-worker');
    const accept = await screen.findByRole('button', { name: 'Aksepter henvisningen fra Introduksjonsprogrammet (20.11.2026)' });
    expect(within(accept.closest('tr') as HTMLElement).getByText('Trenger helsekartlegging')).toBeInTheDocument();
    const sentRow = screen.getByText('Avklaring av ytelser').closest('tr') as HTMLElement;
    expect(within(sentRow).queryByRole('button')).toBeNull();
  });

  it('offers no answers to a role that may read referrals but not answer them', async () => {
    renderAs('housing-officer');
    expect(await screen.findByText('Trenger helsekartlegging')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Aksepter/ })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Svar' })).toBeNull();
  });

  it('shows no answer column to a unit that may write referrals but receives none of those listed', async () => {
    renderAs('coordination-member');
    expect(await screen.findByText('Trenger helsekartlegging')).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Svar' })).toBeNull();
  });

  it('refuses a rejection without a reason, sending nothing, then sends it with one', async () => {
    const { callsTo } = renderAs('health-worker');
    await userEvent.click(await screen.findByRole('button', { name: /^Avvis henvisningen fra Introduksjonsprogrammet/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Avvis henvisningen' }));

    expect(await screen.findByTestId('error-summary')).toHaveTextContent('Skriv en begrunnelse');
    expect(callsTo(`POST /api/cases/referrals/${incoming.id}/decision`)).toEqual([]);

    await userEvent.type(screen.getByLabelText(/Hvorfor avvises henvisningen/), 'Følges opp av fastlegen');
    await userEvent.click(screen.getByRole('button', { name: 'Avvis henvisningen' }));
    expect(await screen.findByText('Henvisningen er nå: Avvist.')).toBeInTheDocument();
    expect(callsTo(`POST /api/cases/referrals/${incoming.id}/decision`)[0].body).toEqual({
      decision: 'reject',
      note: 'Følges opp av fastlegen',
    });
  });

  it('sorts the list by a column heading', async () => {
    renderAs('health-worker');
    await screen.findByText('Trenger helsekartlegging');
    const firstReason = () => within(screen.getAllByRole('row')[1]).getAllByRole('cell')[4].textContent;
    expect(firstReason()).toBe('Avklaring av ytelser');
    await userEvent.click(screen.getByRole('button', { name: 'Opprettet' }));
    expect(screen.getByRole('columnheader', { name: 'Opprettet' })).toHaveAttribute('aria-sort', 'ascending');
    expect(firstReason()).toBe('Trenger helsekartlegging');
  });
});
