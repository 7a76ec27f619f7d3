/**
 * CSV for the portal's exports (semicolon-separated with a BOM and CRLF, so a Norwegian Excel
 * opens it in columns), written with the same words as on screen.
 */

/** One CSV field: quoted when it holds the separator, a quote or a line break; a leading =+-@ is defused for spreadsheets. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header row and the rows under it as one CSV document. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}

/** A column of an export: its heading and the cell's text for one row. */
export interface CsvColumn<Row> {
  header: string;
  text: (row: Row) => string;
}

export const rowsToCsv = <Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]) =>
  toCsv(
    columns.map((column) => column.header),
    rows.map((row) => columns.map((column) => column.text(row))),
  );

/** Hands the document to the browser as a download named `filename`. */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}
