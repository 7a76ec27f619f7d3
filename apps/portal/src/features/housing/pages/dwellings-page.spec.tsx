import type { DwellingView } from '@ankomst/contracts/housing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import DwellingsPage from './dwellings-page';

const route = 'GET /api/housing/dwellings';

const dwelling = (n: number, address: string, monthlyRentNok: number, occupiedBy: string | null = null): DwellingView => ({
  id: `3c2a1b52-8a0e-4b7e-9d55-${String(n).padStart(12, '0')}`,
  municipality: '1103',
  ownership: 'municipal',
  address,
  postalCode: '4006',
  sizeSquareMetres: 64,
  rooms: 3,
  monthlyRentNok,
  accessible: false,
  status: 'available',
  availableFrom: '2026-01-01',
  occupiedBy,
});

const list = [dwelling(1, 'Bakkegata 2', 12000), dwelling(2, 'Askeveien 9', 9000, '7f1d6a52-8a0e-4b7e-9d55-000000000001')];

/** jsdom's Blob has no text(): read it as the browser's FileReader would. */
const readText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe('DwellingsPage', () => {
  let written: Blob[];
  beforeEach(() => {
    written = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      written.push(blob);
      return 'blob:export';
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('sorts the list by rent with the heading button, saying so with aria-sort', async () => {
    installFakeFetch({ [route]: { status: 200, body: { total: 2, items: list } } });
    renderWithProviders(<DwellingsPage />, { path: '/housing/dwellings' });
    const table = await screen.findByTestId('dwelling-table');
    const addresses = () =>
      within(table)
        .getAllByRole('link')
        .map((link) => link.textContent);
    expect(addresses()).toEqual(['Bakkegata 2, 4006', 'Askeveien 9, 4006']);

    const rent = within(table).getByRole('columnheader', { name: 'Husleie' });
    await userEvent.click(within(rent).getByRole('button'));
    expect(rent).toHaveAttribute('aria-sort', 'ascending');
    expect(addresses()).toEqual(['Askeveien 9, 4006', 'Bakkegata 2, 4006']);
    expect(within(screen.getByTestId(`dwelling-${list[1].id}`)).getByText('Utleid')).toBeInTheDocument();
  });

  it("exports every dwelling the filter finds, read as an export, with the table's headings", async () => {
    const { callsTo } = installFakeFetch({ [route]: { status: 200, body: { total: 2, items: list } } });
    renderWithProviders(<DwellingsPage />, { path: '/housing/dwellings' });
    await screen.findByTestId('dwelling-table');
    await userEvent.click(screen.getByTestId('dwellings-csv'));

    await waitFor(() => expect(written).toHaveLength(1));
    const sut = (await readText(written[0])).replace('\uFEFF', '').split('\r\n');
    expect(sut[0]).toBe('Adresse;Eierform;Rom;Størrelse;Husleie;Ledig fra;Status');
    expect(sut[2]).toBe('Askeveien 9, 4006;Kommunal;3;64 m²;9000;2026-01-01;Utleid');
    const exportCall = callsTo(route).find((call) => call.headers['x-ankomst-export'] === 'csv');
    expect(exportCall && Object.fromEntries(new URL(exportCall.url, 'http://portal').searchParams)).toEqual({
      vacantOnly: 'false',
      offset: '0',
      limit: '500',
    });
  });
});
