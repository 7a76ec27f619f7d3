import { loadGatewayConfig } from '../config';
import { DemoUsersSeeder } from './demo-users.seeder';
import type { PasswordHasher } from './password-hasher';
import type { UsersService } from './users.service';

describe('DemoUsersSeeder', () => {
  const hasher = { hash: () => Promise.resolve('$argon2id$stub') } as unknown as PasswordHasher;
  const usersWith = (count: number) => {
    const inserted: { username: string; municipality: string }[][] = [];
    const users = {
      count: () => Promise.resolve(count),
      insertSeed: (rows: { username: string; municipality: string }[]) => Promise.resolve(void inserted.push(rows)),
    };
    return { users: users as unknown as UsersService, inserted };
  };

  it('seeds one user per role plus the Bærum accounts into an empty table', async () => {
    const { users, inserted } = usersWith(0);
    await new DemoUsersSeeder(loadGatewayConfig({ NODE_ENV: 'development' }), users, hasher).onApplicationBootstrap();
    expect(inserted[0].map((u) => u.username)).toEqual(
      expect.arrayContaining(['housing-officer', 'privacy-officer', 'county-analyst', 'housing-officer-3201']),
    );
    expect(inserted[0].find((u) => u.username === 'housing-officer-3201')?.municipality).toBe('3201');
  });

  it('never seeds in production, and never into a table that has users', async () => {
    const production = usersWith(0);
    await new DemoUsersSeeder(
      loadGatewayConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }),
      production.users,
      hasher,
    ).onApplicationBootstrap();
    expect(production.inserted).toEqual([]);
    const populated = usersWith(3);
    await new DemoUsersSeeder(loadGatewayConfig({ NODE_ENV: 'development' }), populated.users, hasher).onApplicationBootstrap();
    expect(populated.inserted).toEqual([]);
  });
});
