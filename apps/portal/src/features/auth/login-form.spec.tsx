import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getAccessToken, setAccessToken } from '../../auth/token-store';
import { installFakeFetch } from '../../test/fake-fetch';
import { renderWithProviders } from '../../test/render';
import { LoginForm } from './login-form';

const me = {
  userId: 'u1',
  username: 'housing-officer',
  displayName: 'Demo boligkonsulent',
  role: 'housing-officer',
  municipality: '1103',
  permissions: ['housing:read'],
};

describe('LoginForm', () => {
  afterEach(() => setAccessToken(undefined));

  it('asks for both fields before calling the server', async () => {
    const { fetchMock } = installFakeFetch({});
    renderWithProviders(<LoginForm onSuccess={jest.fn()} />);

    await userEvent.click(screen.getByRole('button', { name: 'Logg inn' }));

    expect(screen.getByLabelText(/^Brukernavn/)).toHaveAccessibleDescription('Må fylles ut');
    expect(screen.getByLabelText(/^Passord/)).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says plainly that the credentials are wrong on 401', async () => {
    installFakeFetch({ 'POST /api/auth/login': { status: 401, body: { code: 'unauthenticated', message: 'bad credentials' } } });
    renderWithProviders(<LoginForm onSuccess={jest.fn()} />);

    await userEvent.type(screen.getByLabelText(/^Brukernavn/), 'housing-officer');
    await userEvent.type(screen.getByLabelText(/^Passord/), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Logg inn' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Brukernavnet eller passordet er feil');
  });

  it('says how long to wait when the server locks the login (Retry-After)', async () => {
    installFakeFetch({
      'POST /api/auth/login': {
        status: 429,
        body: { code: 'too_many_requests', message: 'Too many failed logins: try again in 840 s' },
        headers: { 'retry-after': '840' },
      },
    });
    renderWithProviders(<LoginForm onSuccess={jest.fn()} />);

    await userEvent.type(screen.getByLabelText(/^Brukernavn/), 'housing-officer');
    await userEvent.type(screen.getByLabelText(/^Passord/), 'ankomst-demo');
    await userEvent.click(screen.getByRole('button', { name: 'Logg inn' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('For mange forsøk. Vent 14 minutter før du prøver igjen.');
  });

  it('keeps the token in memory and loads the user on success', async () => {
    const { calls } = installFakeFetch({
      'POST /api/auth/login': { status: 200, body: { accessToken: 'abc', tokenType: 'Bearer', expiresIn: 900 } },
      'GET /api/auth/me': { status: 200, body: me },
    });
    const onSuccess = jest.fn();
    renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await userEvent.type(screen.getByLabelText(/^Brukernavn/), 'housing-officer');
    await userEvent.type(screen.getByLabelText(/^Passord/), 'ankomst-demo');
    await userEvent.click(screen.getByRole('button', { name: 'Logg inn' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(getAccessToken()).toBe('abc');
    expect(calls[0].body).toEqual({ username: 'housing-officer', password: 'ankomst-demo' });
    expect(window.localStorage.getItem('accessToken')).toBeNull();
  });
});
