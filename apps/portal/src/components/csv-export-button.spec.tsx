import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../test/render';
import { CsvExportButton } from './csv-export-button';
import type { TableColumn } from './data-table';

interface Row {
  name: string;
  note: string;
}
const columns: TableColumn<Row>[] = [
  { id: 'name', header: 'Navn', cell: (r) => r.name, text: (r) => r.name },
  { id: 'note', header: 'Merknad', cell: (r) => r.note, text: (r) => r.note },
  { id: 'actions', header: 'Handlinger', cell: () => 'knapp' },
];

/** jsdom's Blob has no text(): read it as the browser's FileReader would. */
const readText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe('CsvExportButton', () => {
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

  it("writes the rows with the table's headings, leaves the action column out and defuses formulas", async () => {
    const fetchRows = jest.fn(async () => [{ name: 'Åse Nordmann', note: '=HYPERLINK("x")' }]);
    renderWithProviders(<CsvExportButton columns={columns} fetchRows={fetchRows} filename="liste.csv" />);
    await userEvent.click(screen.getByRole('button', { name: 'Last ned som CSV' }));

    await waitFor(() => expect(written).toHaveLength(1));
    const sut = await readText(written[0]);
    expect(sut.replace('\uFEFF', '').split('\r\n')).toEqual(['Navn;Merknad', `Åse Nordmann;"'=HYPERLINK(""x"")"`, '']);
  });

  it('says the export failed, writing nothing, when a read is refused', async () => {
    const fetchRows = jest.fn(async () => Promise.reject(new Error('forbidden')));
    renderWithProviders(<CsvExportButton columns={columns} fetchRows={fetchRows} filename="liste.csv" />);
    await userEvent.click(screen.getByRole('button', { name: 'Last ned som CSV' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Eksporten lyktes ikke');
    expect(written).toEqual([]);
  });
});
