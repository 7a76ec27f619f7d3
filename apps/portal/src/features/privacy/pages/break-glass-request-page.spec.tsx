import { permissionsOf, type MeResponse } from '@ankomst/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setAccessToken } from '../../../auth/token-store';
import { installFakeFetch, type FakeAnswer } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import { BreakGlassBanner } from '../components/break-glass-banner';
import BreakGlassRequestPage from './break-glass-request-page';

const coordinator: MeResponse = {
  userId: '11111111-1111-4111-8111-111111111111',
  username: 'coordination-member',
  displayName: 'Demo koordinator',
  role: 'coordination-member',
  municipality: '1103',
  permissions: [...permissionsOf('coordination-member')],
};
const personId = '3f1c2b9e-6a4d-4e8f-9b2a-1c0d5e7f8a90';
const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
const grant = {
  id: '44444444-4444-4444-8444-444444444444',
  userId: coordinator.userId,
  username: coordinator.username,
  role: coordinator.role,
  municipality: '1103',
  personId,
  reason: 'Akutt boligsituasjon om natten',
  grantedAt: new Date().toISOString(),
  expiresAt: inAnHour,
};

function renderPage(routes: Record<string, FakeAnswer[] | FakeAnswer> = {}, path = '/break-glass') {
  const fake = installFakeFetch({
    'GET /api/auth/me': { status: 200, body: coordinator },
    'GET /api/break-glass/mine': { status: 200, body: { minutes: 30, grants: [] } },
    ...routes,
  });
  renderWithProviders(
    <>
      <BreakGlassBanner />
      <BreakGlassRequestPage />
    </>,
    { path },
  );
  return fake;
}

describe('BreakGlassRequestPage', () => {
  afterEach(() => setAccessToken(undefined));

  it('says for how long and what the access opens for this role before anything is asked', async () => {
    renderPage();
    const terms = await screen.findByTestId('break-glass-terms');
    await waitFor(() => expect(terms).toHaveTextContent('30 minutter fra nå'));
    // A coordination member lacks housing, introduction and health reads; case reads it has already.
    expect(terms).toHaveTextContent('personens bosettingsopplysninger');
    expect(terms).toHaveTextContent('helseopplysninger om personen');
    expect(terms).not.toHaveTextContent('personens samlede sak');
    expect(screen.queryByTestId('break-glass-banner')).toBeNull();
  });

  it('checks the contract before sending: a person id and a reason of at least 10 characters', async () => {
    const { callsTo } = renderPage({ 'POST /api/break-glass': { status: 201, body: grant } });
    await userEvent.click(await screen.findByRole('button', { name: 'Åpne nødtilgang' }));
    expect(callsTo('POST /api/break-glass')).toEqual([]);
    expect(screen.getByLabelText(/^Person-ID/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('opens the grant with the person from the address and the trimmed reason, then shows the banner', async () => {
    const { callsTo } = renderPage(
      {
        'POST /api/break-glass': { status: 201, body: grant },
        'GET /api/break-glass/mine': [
          { status: 200, body: { minutes: 30, grants: [] } },
          { status: 200, body: { minutes: 30, grants: [grant] } },
        ],
        [`GET /api/housing/persons/${personId}`]: {
          status: 200,
          body: { id: personId, givenName: 'Testa', familyName: 'Testesen', birthDate: '1990-05-01', relationship: 'head' },
        },
      },
      `/break-glass?person=${personId}`,
    );
    expect(await screen.findByLabelText(/^Person-ID/)).toHaveValue(personId);
    await userEvent.type(screen.getByLabelText(/^Hvorfor trenger du tilgang nå/), '  Akutt boligsituasjon om natten ');
    await userEvent.click(screen.getByRole('button', { name: 'Åpne nødtilgang' }));

    expect(await screen.findByTestId('break-glass-opened')).toBeInTheDocument();
    expect(callsTo('POST /api/break-glass').map((c) => c.body)).toEqual([{ personId, reason: 'Akutt boligsituasjon om natten' }]);
    expect(await screen.findByTestId('break-glass-banner')).toHaveTextContent('Nødtilgang er aktiv for én person');
    expect(await within(screen.getByTestId('person-under-grant')).findByText('Testesen')).toBeInTheDocument();
  });

  it('says plainly when the person is not on record in the municipality (404)', async () => {
    renderPage(
      { 'POST /api/break-glass': { status: 404, body: { code: 'not_found', message: 'No such person' } } },
      `/break-glass?person=${personId}`,
    );
    await userEvent.type(await screen.findByLabelText(/^Hvorfor trenger du tilgang nå/), 'Akutt boligsituasjon om natten');
    await userEvent.click(screen.getByRole('button', { name: 'Åpne nødtilgang' }));
    await waitFor(() => expect(screen.getByLabelText(/^Person-ID/)).toHaveAccessibleDescription(/Fant ingen person med denne ID-en/));
  });
});
