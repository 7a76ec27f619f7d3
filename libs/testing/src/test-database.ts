import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase } from '@ankomst/platform-database';
import { testRunTag } from './test-run';

export interface TestDatabase {
  serverUrl: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file; the service's own migrations fill it. */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
  // The run's tag lets the run's teardown drop what a crashed test file left behind;
  // Postgres cuts identifiers at 63 bytes, so the free-form prefix is shortened first.
  const label = prefix.replace(/[^a-z0-9]/g, '_').slice(0, 30);
  const name = `test_${testRunTag()}_${label}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  return { serverUrl, name, drop: () => dropDatabase(serverUrl, name) };
}
