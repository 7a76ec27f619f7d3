import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrl, dropDatabase, ensureDatabase } from './ensure-database';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432';

describe('ensureDatabase (real Postgres)', () => {
  const name = `test_ensure_${randomBytes(4).toString('hex')}`;
  afterAll(() => dropDatabase(serverUrl, name));

  it('creates a missing database once, even when two callers race', async () => {
    const results = await Promise.all([ensureDatabase(serverUrl, name), ensureDatabase(serverUrl, name)]);
    expect(results.filter(Boolean).length).toBeLessThanOrEqual(1);
    const client = new Client({ connectionString: databaseUrl(serverUrl, name) });
    await client.connect();
    const { rows } = await client.query<{ db: string }>('SELECT current_database() AS db');
    await client.end();
    expect(rows[0].db).toBe(name);
    expect(await ensureDatabase(serverUrl, name)).toBe(false);
  });

  it('refuses names that would need quoting tricks', async () => {
    await expect(ensureDatabase(serverUrl, 'x"; DROP DATABASE postgres; --')).rejects.toThrow(/Invalid database name/);
  });
});
