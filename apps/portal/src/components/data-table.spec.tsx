import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../test/render';
import { DataTable, type TableColumn } from './data-table';
import { sortRows } from './sort-rows';

interface Person {
  id: string;
  name: string;
  age: number;
}

const people: Person[] = [
  { id: '1', name: 'Øyvind', age: 40 },
  { id: '2', name: 'Anna', age: 7 },
  { id: '3', name: 'Bjørn', age: 63 },
];
const columns: TableColumn<Person>[] = [
  { id: 'name', header: 'Navn', cell: (p) => p.name, sortValue: (p) => p.name },
  { id: 'age', header: 'Alder', cell: (p) => p.age, sortValue: (p) => p.age },
  { id: 'note', header: 'Merknad', cell: () => '–' },
];

const firstColumn = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0].textContent);

describe('DataTable', () => {
  it('sorts by a heading: ascending first, descending on the second press, with aria-sort telling which', async () => {
    renderWithProviders(<DataTable caption="Personer" columns={columns} rows={people} rowKey={(p) => p.id} emptyText="Ingen" />);
    const name = screen.getByRole('columnheader', { name: 'Navn' });
    expect(name).toHaveAttribute('aria-sort', 'none');
    expect(firstColumn()).toEqual(['Øyvind', 'Anna', 'Bjørn']);

    await userEvent.click(within(name).getByRole('button', { name: 'Navn' }));
    expect(name).toHaveAttribute('aria-sort', 'ascending');
    expect(firstColumn()).toEqual(['Anna', 'Bjørn', 'Øyvind']);

    await userEvent.click(within(name).getByRole('button', { name: 'Navn' }));
    expect(name).toHaveAttribute('aria-sort', 'descending');
    expect(firstColumn()).toEqual(['Øyvind', 'Bjørn', 'Anna']);
  });

  it('sorts from the keyboard and moves the marker to the column last sorted', async () => {
    renderWithProviders(<DataTable caption="Personer" columns={columns} rows={people} rowKey={(p) => p.id} emptyText="Ingen" />);
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Alder' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    expect(screen.getByRole('columnheader', { name: 'Alder' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Navn' })).toHaveAttribute('aria-sort', 'none');
    expect(firstColumn()).toEqual(['Anna', 'Øyvind', 'Bjørn']);
  });

  it('gives a column without a sort value a plain heading', () => {
    renderWithProviders(<DataTable caption="Personer" columns={columns} rows={people} rowKey={(p) => p.id} emptyText="Ingen" />);
    const note = screen.getByRole('columnheader', { name: 'Merknad' });
    expect(note).not.toHaveAttribute('aria-sort');
    expect(within(note).queryByRole('button')).toBeNull();
  });

  it('shows the loading, error and empty states instead of a table', () => {
    const { rerender } = renderWithProviders(
      <DataTable
        caption="P"
        columns={columns}
        rows={undefined}
        rowKey={(p) => p.id}
        emptyText="Ingen"
        query={{ isPending: true, error: null, feature: 'P' }}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Laster');
    expect(screen.queryByRole('table')).toBeNull();

    rerender(<DataTable caption="P" columns={columns} rows={[]} rowKey={(p) => p.id} emptyText="Ingen personer." />);
    expect(screen.getByText('Ingen personer.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();

    rerender(
      <DataTable
        caption="P"
        columns={columns}
        rows={undefined}
        rowKey={(p) => p.id}
        emptyText="Ingen"
        query={{ isPending: false, error: new Error('x'), feature: 'P' }}
      />,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('pages through the server pages it is told about', async () => {
    const onPage = jest.fn();
    renderWithProviders(
      <DataTable
        caption="P"
        columns={columns}
        rows={people}
        rowKey={(p) => p.id}
        emptyText="Ingen"
        paging={{ page: 1, pages: 3, onPage }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Neste side' }));
    expect(onPage).toHaveBeenCalledWith(2);
  });
});

describe('sortRows', () => {
  it('puts empty values last in both directions and keeps equal rows in their order', () => {
    const rows = [
      { id: 'a', due: '' },
      { id: 'b', due: '2026-02-01' },
      { id: 'c', due: '2026-01-01' },
      { id: 'd', due: '2026-01-01' },
    ];
    expect(sortRows(rows, (r) => r.due, 'ascending').map((r) => r.id)).toEqual(['c', 'd', 'b', 'a']);
    expect(sortRows(rows, (r) => r.due, 'descending').map((r) => r.id)).toEqual(['b', 'c', 'd', 'a']);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('compares numbers by size, not as text', () => {
    const sut = sortRows([{ n: 10 }, { n: 9 }, { n: 100 }], (r) => r.n, 'ascending');
    expect(sut.map((r) => r.n)).toEqual([9, 10, 100]);
  });
});
