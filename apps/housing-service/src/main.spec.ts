import { runMain } from '@ankomst/testing';

describe('housing-service start-up', () => {
  it('exits non-zero naming the variable when the environment is invalid', async () => {
    const sut = await runMain('housing-service', { DATABASE_NAME: 'Bad-Name' });
    expect(sut.code).not.toBe(0);
    expect(sut.stderr).toContain('DATABASE_NAME: must be a lower-case Postgres identifier');
  });

  it('refuses to start in production without the national id keys', async () => {
    const sut = await runMain('housing-service', { NODE_ENV: 'production', NATIONAL_ID_KEY: '', NATIONAL_ID_HASH_KEY: '' });
    expect(sut.code).not.toBe(0);
    expect(sut.stderr).toContain('NATIONAL_ID_KEY: is required in production');
    expect(sut.stderr).toContain('NATIONAL_ID_HASH_KEY: is required in production');
  });

  it('refuses a key that is not 32 bytes', async () => {
    const sut = await runMain('housing-service', { NATIONAL_ID_KEY: 'abcd' });
    expect(sut.code).not.toBe(0);
    expect(sut.stderr).toContain('NATIONAL_ID_KEY: must be 32 bytes as 64 hex characters or base64');
  });
});
