import type { HouseholdListItem, HouseholdPage } from '@ankomst/contracts/housing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useNavigate } from 'react-router-dom';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import HouseholdsPage from './households-page';

const route = 'GET /api/housing/households';

const household = (n: number, familyName = `Familie${n}`, situation: HouseholdListItem['situation'] = 'waiting'): HouseholdListItem => {
  const id = `7f1d6a52-8a0e-4b7e-9d55-${String(n).padStart(12, '0')}`;
  return {
    id,
    municipality: '1103',
    origin: 'reception-centre',
    countryOfOrigin: 'SY',
    languages: ['ar'],
    requestedOn: '2025-02-01',
    registeredAt: '2025-02-02T10:00:00.000Z',
    situation,
    members: [
      {
        id: `0b7f3a52-8a0e-4b7e-9d55-${String(n).padStart(12, '0')}`,
        householdId: id,
        municipality: '1103',
        givenName: 'Rami',
        familyName,
        birthDate: '1988-04-12',
        sex: 'male',
        relationship: 'head',
        languages: ['ar'],
        unaccompaniedMinor: false,
        hasNationalId: false,
        residencePermitDate: null,
        settledOn: null,
        movedOut: null,
      },
    ],
  };
};

const page = (total: number, first: number, count: number): { status: number; body: HouseholdPage } => ({
  status: 200,
  body: { total, items: Array.from({ length: count }, (_, i) => household(first + i)) },
});

/** The query string of each list request, as the API saw it. */
const queries = (calls: { url: string }[]) => calls.map((c) => Object.fromEntries(new URL(c.url, 'http://portal').searchParams));

describe('HouseholdsPage', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('sends the typed search to the API once typing pauses, and shows what it found', async () => {
    // Fake time: the keys arrive with no time between them however slow the machine is, so the
    // debounce decides how many requests go out (on a loaded machine real keystrokes came more
    // than the debounce apart and sent "ha" and "had" too).
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    const { callsTo } = installFakeFetch({
      [route]: [page(120, 1, 50), { status: 200, body: { total: 1, items: [household(77, 'Haddad')] } }],
    });
    renderWithProviders(<HouseholdsPage />, { path: '/housing/households' });
    expect(await screen.findByText('Viser 1–50 av 120 husstander')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: /Søk på navn/ }), 'hadd');

    expect(await screen.findByText('Viser 1–1 av 1 husstander')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Haddad, Rami' })).toBeInTheDocument();
    // One request for the whole word, not one per key.
    expect(queries(callsTo(route))).toEqual([
      { limit: '50', offset: '0' },
      { search: 'hadd', limit: '50', offset: '0' },
    ]);
  });

  it('keeps the search when turning a page, and shows the search of the page "back" returns to', async () => {
    const { callsTo } = installFakeFetch({ [route]: page(120, 1, 50) });
    const searched = (term: string) => waitFor(() => expect(queries(callsTo(route)).map((q) => q.search)).toContain(term));
    const Back = () => {
      const navigate = useNavigate();
      return (
        <button type="button" onClick={() => void navigate(-1)}>
          back
        </button>
      );
    };
    renderWithProviders(
      <>
        <HouseholdsPage />
        <Back />
      </>,
      { path: '/housing/households' },
    );
    const box = screen.getByRole('searchbox', { name: /Søk på navn/ });
    await userEvent.type(box, 'hadd');
    await searched('hadd');
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Bla i sider' })).getByRole('button', { name: 'Neste side' }));
    // The page turn keeps the search (same total as before the search: same pagination).
    await waitFor(() => expect(queries(callsTo(route))).toContainEqual({ search: 'hadd', limit: '50', offset: '50' }));
    await userEvent.type(box, 'ad');
    await searched('haddad');

    // Back to page 1 of "hadd": the page turn is undone, and with it the later typing.
    await userEvent.click(screen.getByRole('button', { name: 'back' }));

    expect(await screen.findByDisplayValue('hadd')).toBeInTheDocument();
  });

  it('shows the total and pages through it with the next and page buttons', async () => {
    const { callsTo } = installFakeFetch({ [route]: [page(120, 1, 50), page(120, 51, 50), page(120, 101, 20)] });
    renderWithProviders(<HouseholdsPage />, { path: '/housing/households' });
    expect(await screen.findByText('Viser 1–50 av 120 husstander')).toBeInTheDocument();
    const pages = screen.getByRole('navigation', { name: 'Bla i sider' });
    expect(within(pages).getByRole('button', { name: 'Side 1' })).toHaveAttribute('aria-current', 'true');
    expect(within(pages).getByRole('button', { name: 'Side 3' })).toBeInTheDocument();

    await userEvent.click(within(pages).getByRole('button', { name: 'Neste side' }));
    expect(await screen.findByText('Viser 51–100 av 120 husstander')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Familie51, Rami' })).toBeInTheDocument();

    await userEvent.click(within(pages).getByRole('button', { name: 'Side 3' }));
    expect(await screen.findByText('Viser 101–120 av 120 husstander')).toBeInTheDocument();
    expect(queries(callsTo(route)).map((q) => q.offset)).toEqual(['0', '50', '100']);
  });

  it('sends the filters kept in the URL, and says so when nothing matches', async () => {
    const { callsTo } = installFakeFetch({ [route]: { status: 200, body: { total: 0, items: [] } } });
    renderWithProviders(<HouseholdsPage />, { path: '/housing/households?q=ra&origin=quota-refugee&status=waiting&minors=1&page=2' });
    expect(await screen.findByText('Ingen husstander passer med søket.')).toBeInTheDocument();
    expect(queries(callsTo(route))).toEqual([
      { search: 'ra', origin: 'quota-refugee', status: 'waiting', minorsOnly: 'true', limit: '50', offset: '50' },
    ]);
    expect(screen.queryByRole('navigation', { name: 'Bla i sider' })).not.toBeInTheDocument();
  });

  it('explains a search the API would refuse instead of sending it', async () => {
    const { callsTo } = installFakeFetch({ [route]: page(3, 1, 3) });
    renderWithProviders(<HouseholdsPage />, { path: '/housing/households?q=r' });
    expect(await screen.findByText('Viser 1–3 av 3 husstander')).toBeInTheDocument();
    expect(screen.getByText('Må ha minst 2 tegn')).toBeInTheDocument();

    // Pasted, as a number copied from another system usually is. Typed key by key on a starved
    // machine, a pause after "31" sent that as a (valid) name search before the rest arrived.
    const box = screen.getByRole('searchbox', { name: /Søk på navn/ });
    await userEvent.clear(box);
    await userEvent.click(box);
    await userEvent.paste('31129956715');
    expect(await screen.findByText('Søk på navn her, ikke på fødselsnummer eller D-nummer')).toBeInTheDocument();
    expect(callsTo(route).every((c) => !c.url.includes('search'))).toBe(true);
  });

  it("shows each row's status from the facts: an allocated household no longer says it waits", async () => {
    installFakeFetch({
      [route]: { status: 200, body: { total: 2, items: [household(1, 'Haddad', 'dwelling-allocated'), household(2, 'Nasser')] } },
    });
    renderWithProviders(<HouseholdsPage />, { path: '/housing/households' });
    const allocated = (await screen.findByRole('link', { name: 'Haddad, Rami' })).closest('tr');
    const waiting = screen.getByRole('link', { name: 'Nasser, Rami' }).closest('tr');
    expect(within(allocated as HTMLElement).getByText('Bolig tildelt')).toBeInTheDocument();
    expect(within(allocated as HTMLElement).queryByText('Venter på bolig')).not.toBeInTheDocument();
    expect(within(waiting as HTMLElement).getByText('Venter på bolig')).toBeInTheDocument();
  });

  it('shows a server error with the reference support asks for', async () => {
    installFakeFetch({ [route]: { status: 500, body: { code: 'internal', status: 500, message: 'boom', correlationId: 'corr-123' } } });
    renderWithProviders(<HouseholdsPage />, { path: '/housing/households' });
    expect(await screen.findByRole('alert')).toHaveTextContent('corr-123');
  });
});
