import { permissionsOf, type MeResponse } from '@ankomst/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Navigate, Route, Routes } from 'react-router-dom';
import { getAccessToken, setAccessToken, takeSignOutNotice } from '../../auth/token-store';
import { useSession } from '../../auth/use-session';
import { installFakeFetch, type FakeAnswer } from '../../test/fake-fetch';
import { renderWithProviders } from '../../test/render';
import AccountPage from './account-page';

const me: MeResponse = {
  userId: '11111111-1111-4111-8111-111111111111',
  username: 'ola.bolig',
  displayName: 'Ola Bolig',
  role: 'housing-officer',
  municipality: '1103',
  permissions: [...permissionsOf('housing-officer')],
};

function LoginProbe() {
  return <p>innlogging: {takeSignOutNotice()}</p>;
}

/** As the shell does: a signed-out user is sent to the login page. */
function Shell() {
  const { user, isLoading } = useSession();
  if (isLoading) return null;
  return user ? <AccountPage /> : <Navigate to="/login" replace />;
}

function renderPage(routes: Record<string, FakeAnswer> = {}) {
  const fake = installFakeFetch({ 'GET /api/auth/me': { status: 200, body: me }, ...routes });
  renderWithProviders(
    <Routes>
      <Route path="/account" element={<Shell />} />
      <Route path="/login" element={<LoginProbe />} />
    </Routes>,
    { path: '/account' },
  );
  return fake;
}

async function fill(current: string, next: string, repeat = next) {
  const form = within(await screen.findByRole('form', { name: 'Endre passord' }));
  await userEvent.type(form.getByLabelText(/^Nåværende passord/), current);
  await userEvent.type(form.getByLabelText(/^Nytt passord/), next);
  await userEvent.type(form.getByLabelText(/^Gjenta nytt passord/), repeat);
  await userEvent.click(form.getByRole('button', { name: 'Endre passord' }));
  return form;
}

describe('AccountPage', () => {
  afterEach(() => setAccessToken(undefined));

  it('changes the own password, then forgets the session and goes to the login page saying why', async () => {
    const { callsTo } = renderPage({ 'POST /api/auth/password': { status: 204 } });

    await fill('gammelt-passord', 'et nytt og langt passord');

    expect(await screen.findByText('innlogging: passwordChanged')).toBeInTheDocument();
    expect(callsTo('POST /api/auth/password').map((c) => c.body)).toEqual([
      { currentPassword: 'gammelt-passord', newPassword: 'et nytt og langt passord' },
    ]);
    expect(getAccessToken()).toBeUndefined();
  });

  it('checks length and the repeat before sending anything', async () => {
    const { callsTo } = renderPage({ 'POST /api/auth/password': { status: 204 } });

    const form = await fill('gammelt-passord', 'for-kort', 'noe annet');

    expect(form.getByLabelText(/^Nytt passord/)).toHaveAccessibleDescription(/Må ha minst 12 tegn/);
    expect(form.getByLabelText(/^Gjenta nytt passord/)).toHaveAccessibleDescription('Passordene er ikke like');
    expect(callsTo('POST /api/auth/password')).toEqual([]);
  });

  it('puts the gateway’s “current password is wrong” next to that field and stays signed in', async () => {
    renderPage({ 'POST /api/auth/password': { status: 400, body: { code: 'bad_request', message: 'Current password is wrong' } } });

    const form = await fill('feil-passord', 'et nytt og langt passord');

    await waitFor(() => expect(form.getByLabelText(/^Nåværende passord/)).toHaveAccessibleDescription('Nåværende passord er feil'));
    expect(getAccessToken()).toBe('test-token');
  });
});
