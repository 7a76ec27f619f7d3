import type { DataSource } from 'typeorm';

interface PgPool {
  query<R>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: R[]; rowCount: number | null }>;
}

/**
 * A hot-path statement as a named prepared statement straight on the driver's pool: Postgres
 * parses it once per connection, and TypeORM's query runner (acquire, listeners, release, its
 * logger) stays out of a request's path. `text` must be constant per name; values go in `values`.
 */
export async function preparedQuery<R>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<{ rows: R[]; rowCount: number }> {
  const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
  if (!pool) throw new Error('preparedQuery needs the postgres driver');
  const result = await pool.query<R>({ name, text, values });
  return { rows: result.rows, rowCount: result.rowCount ?? 0 };
}
