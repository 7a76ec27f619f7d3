/** The most rows one export collects: beyond it a narrower filter is the way, not a bigger file. */
export const EXPORT_MAX_ROWS = 10_000;

/**
 * Reads a list page by page (offset paging) until a short page or the export's maximum.
 * The reads are the user's own, made for an export: the gateway checks and audits each as such.
 */
export async function collectPages<Row>(
  fetchPage: (offset: number, limit: number) => Promise<readonly Row[]>,
  limit: number,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (;;) {
    const page = await fetchPage(rows.length, limit);
    rows.push(...page);
    if (page.length < limit || rows.length >= EXPORT_MAX_ROWS) return rows.slice(0, EXPORT_MAX_ROWS);
  }
}

/** The same for keyset paging: follows `nextCursor` until there is none or the maximum is reached. */
export async function collectCursorPages<Row>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: readonly Row[]; nextCursor: string | null }>,
): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await fetchPage(cursor);
    rows.push(...page.items);
    if (!page.nextCursor || rows.length >= EXPORT_MAX_ROWS) return rows.slice(0, EXPORT_MAX_ROWS);
    cursor = page.nextCursor;
  }
}
