export type SortDirection = 'ascending' | 'descending';
export type SortValue = string | number | null | undefined;

const collator = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });

/** Compares two sort values: numbers by size, text as Norwegian reads it (æ, ø, å last); an empty value sorts last either way. */
function compare(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * The rows ordered by one column, a new array (the caller's stays as the server sent it).
 * Stable: rows with equal values keep the server's order between them.
 */
export function sortRows<Row>(rows: readonly Row[], value: (row: Row) => SortValue, direction: SortDirection): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const empty = (v: SortValue) => v === null || v === undefined || v === '';
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      if (empty(a.key) || empty(b.key)) return Number(empty(a.key)) - Number(empty(b.key)) || a.index - b.index;
      return sign * compare(a.key, b.key) || a.index - b.index;
    })
    .map(({ row }) => row);
}
