import { makeNorwegianId } from '@ankomst/contracts';
import { type IncomingPersonTransfer, type OutgoingPersonTransfer } from '@ankomst/contracts/housing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import TransfersPage from './transfers-page';

const idOf = (n: number) => `0b7f3a52-8a0e-4b7e-9d55-${String(n).padStart(12, '0')}`;
const officer = {
  userId: idOf(1),
  username: 'housing-officer',
  displayName: 'Ola Bolig',
  role: 'housing-officer',
  municipality: '1103',
  permissions: ['housing:read', 'housing:write'],
};
const incoming: IncomingPersonTransfer = {
  id: idOf(10),
  status: 'pending',
  requestingMunicipality: '3201',
  person: { id: idOf(20), householdId: idOf(30), givenName: 'Amal', familyName: 'Yusuf', birthDate: '1992-07-14' },
  reason: 'Flyttet til Bærum, sak 2025/77',
  requestedAt: '2025-05-02T10:00:00.000Z',
  requestedBy: 'u-3201',
  decidedAt: null,
  decidedBy: null,
  declineReason: null,
};
const outgoing: OutgoingPersonTransfer = {
  id: idOf(11),
  status: 'declined',
  municipality: '1103',
  personId: idOf(21),
  householdId: null,
  reason: 'Vår sak 2025/12',
  requestedAt: '2025-04-01T10:00:00.000Z',
  requestedBy: officer.userId,
  decidedAt: '2025-04-03T10:00:00.000Z',
  declineReason: 'Barnevernssak åpen her',
};

function renderPage() {
  const fake = installFakeFetch({
    'GET /api/auth/me': { status: 200, body: officer },
    'GET /api/housing/transfers/incoming': { status: 200, body: { items: [incoming] } },
    'GET /api/housing/transfers/outgoing': { status: 200, body: { items: [outgoing] } },
    [`POST /api/housing/transfers/${incoming.id}/release`]: { status: 200, body: { ...incoming, status: 'released' } },
    [`POST /api/housing/transfers/${incoming.id}/decline`]: {
      status: 200,
      body: { ...incoming, status: 'declined', declineReason: 'Ikke ennå' },
    },
  });
  renderWithProviders(<TransfersPage />, { path: '/housing/transfers' });
  return fake;
}

describe('TransfersPage', () => {
  it('lists incoming requests (whose person, from where, why) and our own with their outcome', async () => {
    renderPage();
    const row = within(await screen.findByTestId(`incoming-${incoming.id}`));
    expect(row.getByRole('link', { name: 'Amal Yusuf' })).toHaveAttribute('href', `/housing/households/${incoming.person.householdId}`);
    expect(row.getByText('Bærum kommune')).toBeInTheDocument();
    expect(row.getByText('Flyttet til Bærum, sak 2025/77')).toBeInTheDocument();
    const own = within(await screen.findByTestId(`outgoing-${outgoing.id}`));
    expect(own.getByText('Avslått')).toBeInTheDocument();
    expect(own.getByText('Barnevernssak åpen her')).toBeInTheDocument();
  });

  it('releases a person with one click', async () => {
    const { callsTo } = renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Frigi Amal Yusuf' }));
    expect(callsTo(`POST /api/housing/transfers/${incoming.id}/release`)).toHaveLength(1);
  });

  it('declines only with a reason', async () => {
    const { callsTo } = renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Avslå for Amal Yusuf' }));
    await userEvent.click(screen.getByRole('button', { name: 'Avslå forespørselen' }));
    expect(screen.getByLabelText(/^Begrunnelse for avslag/)).toHaveAccessibleDescription(expect.stringContaining('minst 3 tegn') as string);
    expect(callsTo(`POST /api/housing/transfers/${incoming.id}/decline`)).toHaveLength(0);

    await userEvent.type(screen.getByLabelText(/^Begrunnelse for avslag/), 'Ikke ennå');
    await userEvent.click(screen.getByRole('button', { name: 'Avslå forespørselen' }));
    expect(callsTo(`POST /api/housing/transfers/${incoming.id}/decline`)[0]?.body).toEqual({ reason: 'Ikke ennå' });
  });
});

describe('TransfersPage: asking for a person', () => {
  const dNumber =
    Array.from({ length: 50 }, (_, i) => makeNorwegianId({ year: 1992, month: 7, day: 14 }, 200 + i, 'd-nummer')).find(Boolean) ?? '';

  it('sends the number and the reason in the body, and says so when nobody else holds the number', async () => {
    const { callsTo } = installFakeFetch({
      'GET /api/auth/me': { status: 200, body: officer },
      'GET /api/housing/transfers/incoming': { status: 200, body: { items: [] } },
      'GET /api/housing/transfers/outgoing': { status: 200, body: { items: [] } },
      'POST /api/housing/transfers': [
        { status: 404, body: { code: 'not_found', message: 'No other municipality holds this national id: register the person instead' } },
        { status: 201, body: outgoing },
      ],
    });
    renderWithProviders(<TransfersPage />, { path: '/housing/transfers' });
    const form = within(await screen.findByRole('form', { name: 'Be om overføring av en person' }));
    await userEvent.click(form.getByRole('button', { name: 'Be om overføring' }));
    expect(callsTo('POST /api/housing/transfers')).toHaveLength(0);

    await userEvent.type(form.getByLabelText(/^Fødselsnummer eller D-nummer/), dNumber);
    await userEvent.type(form.getByLabelText(/^Begrunnelse/), 'Flyttet hit i mai');
    await userEvent.click(form.getByRole('button', { name: 'Be om overføring' }));
    expect(await form.findByText(/Ingen annen kommune har personen registrert/)).toBeInTheDocument();
    expect(callsTo('POST /api/housing/transfers')[0].body).toEqual({ nationalId: dNumber, reason: 'Flyttet hit i mai' });
    expect(callsTo('POST /api/housing/transfers')[0].url).toBe('/api/housing/transfers');

    await userEvent.click(form.getByRole('button', { name: 'Be om overføring' }));
    expect(await form.findByText(/Forespørselen er sendt/)).toBeInTheDocument();
  });
});
