import { permissionsOf, type MeResponse } from '@ankomst/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setAccessToken } from '../../../auth/token-store';
import { installFakeFetch, type FakeAnswer } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import AccessReportPage from './access-report-page';

const officer: MeResponse = {
  userId: '11111111-1111-4111-8111-111111111111',
  username: 'privacy-officer',
  displayName: 'Demo personvernombud',
  role: 'privacy-officer',
  municipality: '1103',
  permissions: [...permissionsOf('privacy-officer')],
};
const personId = '3f1c2b9e-6a4d-4e8f-9b2a-1c0d5e7f8a90';

function renderPage(routes: Record<string, FakeAnswer> = {}, path = '/privacy/access-report') {
  const fake = installFakeFetch({ 'GET /api/auth/me': { status: 200, body: officer }, ...routes });
  renderWithProviders(<AccessReportPage />, { path });
  return fake;
}

async function search(text: string) {
  await userEvent.type(screen.getByLabelText(/^Person-ID/), text);
  await userEvent.click(screen.getByRole('button', { name: 'Vis innsynsrapport' }));
}

describe('AccessReportPage', () => {
  afterEach(() => setAccessToken(undefined));

  it('never answers a name with "nobody has seen this person": it says a name cannot be looked up', async () => {
    const { calls } = renderPage();
    await search('Testa Testesen');
    expect(await screen.findByTestId('access-report-refused')).toHaveTextContent('ser ut som et navn');
    expect(screen.queryByText(/Ingen har sett/)).toBeNull();
    expect(calls.filter((c) => c.url.startsWith('/api/audit'))).toEqual([]);
  });

  it('never puts a national id into a URL', async () => {
    const { calls } = renderPage();
    await search('01019012345');
    expect(await screen.findByTestId('access-report-refused')).toHaveTextContent('fødselsnummer');
    expect(calls.some((c) => c.url.includes('01019012345'))).toBe(false);
  });

  it('shows a person id’s report with actions in words and offers it as CSV', async () => {
    renderPage({
      [`GET /api/audit/persons/${personId}`]: {
        status: 200,
        body: {
          personId,
          accesses: [
            {
              occurredAt: '2026-03-01T10:00:00.000Z',
              userId: 'u',
              username: 'housing-officer',
              role: 'housing-officer',
              municipality: '1103',
              action: 'person.read',
              purpose: 'settlement case work',
              result: 'success',
              breakGlass: true,
            },
          ],
        },
      },
    });
    await search(personId);
    expect(await screen.findByText('Personopplysninger lest')).toBeInTheDocument();
    expect(screen.queryByText('person.read')).toBeNull();
    expect(screen.getByTestId('access-report-csv')).toHaveTextContent('Last ned som CSV (én oppføring)');
  });

  it('says the log has no entries for that id (not that nobody has seen the person)', async () => {
    renderPage({ [`GET /api/audit/persons/${personId}`]: { status: 200, body: { personId, accesses: [] } } });
    await search(personId);
    expect(await screen.findByText(`Loggen har ingen oppføringer om person-ID ${personId}.`)).toBeInTheDocument();
  });

  it('opens the report of a person id given in the address (the break-glass list links here)', async () => {
    renderPage(
      { [`GET /api/audit/persons/${personId}`]: { status: 200, body: { personId, accesses: [] } } },
      `/privacy/access-report?person=${personId}`,
    );
    expect(await screen.findByText(`Loggen har ingen oppføringer om person-ID ${personId}.`)).toBeInTheDocument();
  });
});
