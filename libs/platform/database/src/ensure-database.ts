import { Client } from 'pg';

// A concurrent CREATE DATABASE that loses fails with 42P04, or with 23505 on the catalogue.
const LOST_CREATE_RACE = new Set(['42P04', '23505']);
const safeName = /^[a-z_][a-z0-9_]{0,62}$/;

/** Server URL + database name → connection URL for that database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Creates the database if it does not exist yet. Safe when several processes race:
 * a concurrent CREATE that loses is treated as success.
 */
export async function ensureDatabase(serverUrl: string, database: string): Promise<boolean> {
  if (!safeName.test(database)) throw new Error(`Invalid database name "${database}"`);
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${database}"`);
    return true;
  } catch (error) {
    if (LOST_CREATE_RACE.has((error as { code?: string }).code ?? '')) return false;
    throw error;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  if (!safeName.test(database)) throw new Error(`Invalid database name "${database}"`);
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
