import { Table } from '@digdir/designsystemet-react';
import { type ReactNode, useState } from 'react';
import { ListPagination } from './list-pagination';
import { type SortDirection, sortRows, type SortValue } from './sort-rows';
import { EmptyState, QueryState } from './states';

export interface TableColumn<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** The value the column sorts by; a column without one has a plain heading. */
  sortValue?: (row: Row) => SortValue;
  /** The cell as plain text, what a CSV export writes; a column without it (actions) stays out of the export. */
  text?: (row: Row) => string;
}

export interface DataTableProps<Row> {
  /** The table's accessible name (a visually hidden caption). */
  caption: string;
  columns: readonly TableColumn<Row>[];
  /** Undefined while the query has no answer yet. */
  rows: readonly Row[] | undefined;
  rowKey: (row: Row) => string;
  /** A `data-testid` for each row, for tests that find one row by its record. */
  rowTestId?: (row: Row) => string;
  /** The query behind the rows: its loading, not-deployed and error states show in the table's place. */
  query?: { isPending: boolean; error: unknown; feature: string };
  emptyText: string;
  /** While the next page or search result is on its way. */
  busy?: boolean;
  /** Server paging (1-based); nothing shows for one page. */
  paging?: { page: number; pages: number; onPage: (page: number) => void };
  testId?: string;
}

interface SortState {
  column: string;
  direction: SortDirection;
}

/**
 * The portal's list table: Designsystemet's table with sortable headings (a button in each,
 * `aria-sort` on the heading, so a keyboard and a screen reader get both), paging, and the
 * loading, empty and error states every list page shows the same way.
 * Sorting orders the rows on screen, the page the server sent.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { caption, columns, rows, rowKey, rowTestId, query, emptyText, busy, paging, testId } = props;
  const [sort, setSort] = useState<SortState | undefined>();
  if (query && (query.isPending || query.error))
    return <QueryState error={query.error} isPending={query.isPending} feature={query.feature} />;
  if (!rows) return null;
  if (rows.length === 0) return <EmptyState text={emptyText} />;

  const sortColumn = sort && columns.find((column) => column.id === sort.column);
  const shown = sort && sortColumn?.sortValue ? sortRows(rows, sortColumn.sortValue, sort.direction) : rows;
  const toggle = (column: string) =>
    setSort((current) => ({
      column,
      direction: current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <>
      <div className="table-wrap">
        <Table data-size="sm" zebra aria-busy={busy || undefined} data-testid={testId}>
          <caption className="sr-only">{caption}</caption>
          <Table.Head>
            <Table.Row>
              {columns.map((column) => (
                <Table.HeaderCell
                  key={column.id}
                  scope="col"
                  sort={column.sortValue ? (sort?.column === column.id ? sort.direction : 'none') : undefined}
                  onClick={column.sortValue ? () => toggle(column.id) : undefined}
                >
                  {column.header}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {shown.map((row) => (
              <Table.Row key={rowKey(row)} data-testid={rowTestId?.(row)}>
                {columns.map((column) => (
                  <Table.Cell key={column.id}>{column.cell(row)}</Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {paging && <ListPagination page={paging.page} pages={paging.pages} onPage={paging.onPage} />}
    </>
  );
}
