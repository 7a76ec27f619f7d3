import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase } from '@ankomst/platform-database';

export interface TestDatabase {
  serverUrl: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file; the service's own migrations fill it. */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
  const name = `test_${prefix.replace(/[^a-z0-9]/g, '_')}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  return { serverUrl, name, drop: () => dropDatabase(serverUrl, name) };
}
