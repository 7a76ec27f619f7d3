import { permissionsOf, type MeResponse, type UserView } from '@ankomst/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeFetch, type FakeAnswer } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import UsersPage from './users-page';

const admin: MeResponse = {
  userId: '11111111-1111-4111-8111-111111111111',
  username: 'municipal-admin',
  displayName: 'Kari Admin',
  role: 'municipal-admin',
  municipality: '1103',
  permissions: [...permissionsOf('municipal-admin')],
};

const idOf = (n: number) => `22222222-2222-4222-8222-${String(n).padStart(12, '0')}`;

const account = (username: string, patch: Partial<UserView> = {}): UserView => ({
  id: idOf(99),
  username,
  displayName: username,
  role: 'housing-officer',
  municipality: '1103',
  active: true,
  source: 'local',
  createdAt: '2025-03-04T09:00:00.000Z',
  ...patch,
});

const users = [
  { ...account('municipal-admin', { displayName: 'Kari Admin', role: 'municipal-admin' }), id: admin.userId },
  account('ola.bolig', { id: idOf(2), displayName: 'Ola Bolig', role: 'housing-officer' }),
  account('per-helse', { id: idOf(3), displayName: 'Per Helse', role: 'health-worker', active: false }),
];

function renderPage(routes: Record<string, FakeAnswer[] | FakeAnswer> = {}) {
  const fake = installFakeFetch({
    'GET /api/auth/me': { status: 200, body: admin },
    'GET /api/users': { status: 200, body: { users } },
    ...routes,
  });
  renderWithProviders(<UsersPage />, { path: '/admin/users' });
  return fake;
}

async function fillNewUser({ username = 'nina.nord', password = 'lang-nok-passord' } = {}) {
  const form = within(screen.getByRole('form', { name: 'Ny bruker' }));
  await userEvent.type(form.getByLabelText(/^Brukernavn/), username);
  await userEvent.type(form.getByLabelText(/^Navn/), 'Nina Nord');
  await userEvent.selectOptions(form.getByLabelText(/^Rolle/), 'intro-advisor');
  await userEvent.type(form.getByLabelText(/^Passord/), password);
  return form;
}

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

describe('UsersPage', () => {
  it('lists the municipality’s accounts with the role in words and whether they are active', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: 'Brukerkontoer' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(0, 4)
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['municipal-admin (deg)', 'Kari Admin', 'Kommuneadministrator', 'Aktiv'],
      ['ola.bolig', 'Ola Bolig', 'Boligkonsulent', 'Aktiv'],
      ['per-helse', 'Per Helse', 'Helsearbeider', 'Deaktivert'],
    ]);
    // The admin cannot deactivate their own account here; the others can be changed.
    expect(within(rows[0]).queryByRole('button')).not.toBeInTheDocument();
    expect(within(rows[1]).getByRole('button', { name: 'Deaktiver Ola Bolig' })).toBeInTheDocument();
    expect(within(rows[2]).getByRole('button', { name: 'Aktiver igjen: Per Helse' })).toBeInTheDocument();
  });

  it('says so when the municipality has no accounts', async () => {
    renderPage({ 'GET /api/users': { status: 200, body: { users: [] } } });
    expect(await screen.findByText('Kommunen har ingen brukerkontoer ennå.')).toBeInTheDocument();
  });

  it('shows a failed list as an error with the reference support asks for', async () => {
    renderPage({ 'GET /api/users': { status: 500, body: { code: 'internal', message: 'boom', correlationId: 'corr-users-1' } } });
    expect(await screen.findByRole('alert')).toHaveTextContent('corr-users-1');
  });

  it('posts the contract body for a new user and reads the list again', async () => {
    const created = account('nina.nord', { displayName: 'Nina Nord', role: 'intro-advisor' });
    const { callsTo } = renderPage({
      'GET /api/users': [
        { status: 200, body: { users } },
        { status: 200, body: { users: [...users, created] } },
      ],
      'POST /api/users': { status: 201, body: created },
    });
    await screen.findByRole('table', { name: 'Brukerkontoer' });
    await fillNewUser();

    await userEvent.click(screen.getByRole('button', { name: 'Opprett brukeren' }));

    expect(await screen.findByText('Brukeren nina.nord er opprettet.')).toBeInTheDocument();
    expect(callsTo('POST /api/users').map((c) => c.body)).toEqual([
      { username: 'nina.nord', displayName: 'Nina Nord', role: 'intro-advisor', password: 'lang-nok-passord' },
    ]);
    expect(await screen.findByTestId('user-nina.nord')).toHaveTextContent('Programrådgiver');
    expect(callsTo('GET /api/users')).toHaveLength(2);
  });

  it('checks the contract’s rules before sending', async () => {
    const { callsTo } = renderPage();
    await screen.findByRole('table', { name: 'Brukerkontoer' });
    const form = await fillNewUser({ username: 'Nina Nord', password: 'kort' });

    await userEvent.click(screen.getByRole('button', { name: 'Opprett brukeren' }));

    expect(await screen.findByTestId('error-summary')).toBeInTheDocument();
    expect(form.getByLabelText(/^Passord/)).toHaveAccessibleDescription(expect.stringContaining('Må ha minst 12 tegn') as string);
    expect(form.getByLabelText(/^Brukernavn/)).toHaveAccessibleDescription(expect.stringContaining('Bruk bare små bokstaver') as string);
    expect(callsTo('POST /api/users')).toEqual([]);
  });

  it('puts the server’s 400 issue next to the field it names', async () => {
    renderPage({
      'POST /api/users': {
        status: 400,
        body: {
          code: 'validation_failed',
          message: 'invalid',
          issues: [{ field: 'displayName', rule: 'must be at most 200 characters' }],
          correlationId: 'c-1',
        },
      },
    });
    await screen.findByRole('table', { name: 'Brukerkontoer' });
    const form = await fillNewUser();

    await userEvent.click(screen.getByRole('button', { name: 'Opprett brukeren' }));

    const displayName = form.getByLabelText(/^Navn/);
    await waitFor(() => expect(displayName).toHaveAccessibleDescription('Kan ha høyst 200 tegn'));
    expect(displayName).toHaveAttribute('aria-invalid', 'true');
    expect(form.getByLabelText(/^Passord/)).not.toHaveAttribute('aria-invalid');
  });

  it('says a taken username next to the username field (409)', async () => {
    renderPage({ 'POST /api/users': { status: 409, body: { code: 'conflict', message: 'Username is taken' } } });
    await screen.findByRole('table', { name: 'Brukerkontoer' });
    const form = await fillNewUser();

    await userEvent.click(screen.getByRole('button', { name: 'Opprett brukeren' }));

    await waitFor(() =>
      expect(form.getByLabelText(/^Brukernavn/)).toHaveAccessibleDescription(
        expect.stringContaining('Brukernavnet er allerede i bruk') as string,
      ),
    );
  });

  it('deactivates only after the admin confirms in the dialog', async () => {
    const { callsTo } = renderPage({
      [`DELETE /api/users/${idOf(2)}`]: { status: 200, body: { ...users[1], active: false } },
    });
    await screen.findByRole('table', { name: 'Brukerkontoer' });

    await userEvent.click(screen.getByRole('button', { name: 'Deaktiver Ola Bolig' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Deaktivere Ola Bolig?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(callsTo(`DELETE /api/users/${idOf(2)}`)).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Deaktiver Ola Bolig' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Deaktiver kontoen' }));

    expect(await screen.findByText('Ola Bolig er deaktivert.')).toBeInTheDocument();
    expect(callsTo(`DELETE /api/users/${idOf(2)}`)).toHaveLength(1);
  });

  it('changes a role with PATCH after confirming', async () => {
    const patch = `PATCH /api/users/${idOf(2)}`;
    const { callsTo } = renderPage({ [patch]: { status: 200, body: { ...users[1], role: 'coordination-member' } } });
    await screen.findByRole('table', { name: 'Brukerkontoer' });

    await userEvent.click(screen.getByRole('button', { name: 'Endre rolle for Ola Bolig' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'Endre rollen' })).toBeDisabled();
    await userEvent.selectOptions(within(dialog).getByLabelText('Ny rolle'), 'coordination-member');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Endre rollen' }));

    expect(await screen.findByText('Ola Bolig har nå rollen Koordineringsgruppen.')).toBeInTheDocument();
    expect(callsTo(patch).map((c) => c.body)).toEqual([{ role: 'coordination-member' }]);
  });

  it('reactivates a deactivated account with PATCH active', async () => {
    const patch = `PATCH /api/users/${idOf(3)}`;
    const { callsTo } = renderPage({ [patch]: { status: 200, body: { ...users[2], active: true } } });
    await screen.findByRole('table', { name: 'Brukerkontoer' });

    await userEvent.click(screen.getByRole('button', { name: 'Aktiver igjen: Per Helse' }));

    expect(await screen.findByText('Per Helse er aktiv igjen.')).toBeInTheDocument();
    expect(callsTo(patch).map((c) => c.body)).toEqual([{ active: true }]);
  });

  it('renames an account with PATCH displayName, trimmed, after the contract accepts it', async () => {
    const patch = `PATCH /api/users/${idOf(2)}`;
    const { callsTo } = renderPage({ [patch]: { status: 200, body: { ...users[1], displayName: 'Ola Boligsen' } } });
    await screen.findByRole('table', { name: 'Brukerkontoer' });

    await userEvent.click(screen.getByRole('button', { name: 'Endre navn for Ola Bolig' }));
    const dialog = within(screen.getByRole('dialog'));
    const field = dialog.getByLabelText(/^Nytt visningsnavn/);
    await userEvent.clear(field);
    await userEvent.click(dialog.getByRole('button', { name: 'Lagre navnet' }));
    expect(callsTo(patch)).toEqual([]);
    expect(dialog.getByLabelText(/^Nytt visningsnavn/)).toHaveAccessibleDescription(/./);

    await userEvent.type(field, '  Ola Boligsen ');
    await userEvent.click(dialog.getByRole('button', { name: 'Lagre navnet' }));

    expect(await screen.findByText('Visningsnavnet er endret til Ola Boligsen.')).toBeInTheDocument();
    expect(callsTo(patch).map((c) => c.body)).toEqual([{ displayName: 'Ola Boligsen' }]);
  });

  it('resets a local account’s password with PATCH password, refusing a short one first', async () => {
    const patch = `PATCH /api/users/${idOf(2)}`;
    const { callsTo } = renderPage({ [patch]: { status: 200, body: users[1] } });
    await screen.findByRole('table', { name: 'Brukerkontoer' });

    await userEvent.click(screen.getByRole('button', { name: 'Sett nytt passord for Ola Bolig' }));
    const dialog = within(screen.getByRole('dialog'));
    await userEvent.type(dialog.getByLabelText(/^Nytt passord/), 'kort');
    await userEvent.click(dialog.getByRole('button', { name: 'Sett passordet' }));
    expect(callsTo(patch)).toEqual([]);
    expect(dialog.getByLabelText(/^Nytt passord/)).toHaveAccessibleDescription(/Må ha minst 12 tegn/);

    await userEvent.type(dialog.getByLabelText(/^Nytt passord/), '-men-nå-lang-nok');
    await userEvent.click(dialog.getByRole('button', { name: 'Sett passordet' }));

    expect(await screen.findByText('Nytt passord er satt for Ola Bolig. Alle innloggingene deres er avsluttet.')).toBeInTheDocument();
    expect(callsTo(patch).map((c) => c.body)).toEqual([{ password: 'kort-men-nå-lang-nok' }]);
  });

  it('offers no password reset for an account that signs in through the municipality’s identity provider', async () => {
    renderPage({
      'GET /api/users': {
        status: 200,
        body: { users: [...users, account('sso.bruker', { id: idOf(4), displayName: 'Sso Bruker', source: 'https://idp.example' })] },
      },
    });
    await screen.findByRole('table', { name: 'Brukerkontoer' });
    expect(screen.getByRole('button', { name: 'Endre navn for Sso Bruker' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sett nytt passord for Sso Bruker' })).toBeNull();
  });
});
