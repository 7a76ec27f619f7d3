import { makeNorwegianId, permissionsOf, type MeResponse } from '@ankomst/contracts';
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

/** A valid D-nummer for 3 March 1990 from this individual number on (some give check digit 10). */
function dNumber(from: number): string {
  for (let individual = from; individual < 500; individual++) {
    const id = makeNorwegianId({ year: 1990, month: 3, day: 3 }, individual, 'd-nummer');
    if (id) return id;
  }
  throw new Error('no valid D-nummer');
}

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

  it('checks the national id in the browser: a bad check digit names the rule and sends nothing', async () => {
    const { calls } = renderPage();
    const valid = dNumber(123);
    await search(`${valid.slice(0, 10)}${(Number(valid[10]) + 1) % 10}`);
    expect(screen.getByLabelText(/^Person-ID/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Person-ID/)).toHaveAccessibleDescription(/kontrollsiffer/i);
    expect(calls.filter((c) => c.url.startsWith('/api/audit'))).toEqual([]);
  });

  it('finds the report by national id in a POST body, never in a URL, and names whose it is', async () => {
    const nationalId = dNumber(200);
    const { calls, callsTo } = renderPage({
      'POST /api/audit/persons/by-national-id': {
        status: 200,
        body: {
          persons: [{ personId, displayName: 'Testa Oppslagsen' }],
          accesses: [
            {
              personId,
              occurredAt: '2026-03-01T10:00:00.000Z',
              userId: 'u',
              username: 'housing-officer',
              role: 'housing-officer',
              municipality: '1103',
              action: 'person.read',
              purpose: 'settlement case work',
              result: 'success',
              breakGlass: false,
            },
          ],
        },
      },
    });
    await search(nationalId);
    expect(await screen.findByTestId('access-report-person')).toHaveTextContent('Innsyn for Testa Oppslagsen');
    expect(screen.getByText('Personopplysninger lest')).toBeInTheDocument();
    expect(callsTo('POST /api/audit/persons/by-national-id').map((c) => c.body)).toEqual([{ nationalId }]);
    expect(calls.some((c) => c.url.includes(nationalId))).toBe(false);
  });

  it('says no person has the number in the municipality (404), not that nobody has seen them', async () => {
    renderPage({
      'POST /api/audit/persons/by-national-id': {
        status: 404,
        body: { code: 'not_found', message: 'No person', reason: 'person_not_on_record' },
      },
    });
    await search(dNumber(300));
    expect(await screen.findByTestId('access-report-not-on-record')).toHaveTextContent('Ingen person med dette nummeret');
    expect(screen.queryByText(/Ingen har sett/)).toBeNull();
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
