import { runMain } from '@ankomst/testing';

describe('case-overview-service start-up', () => {
  it('exits non-zero naming the variable when the environment is invalid', async () => {
    const sut = await runMain('case-overview-service', { DATABASE_NAME: 'Bad-Name' });
    expect(sut.code).not.toBe(0);
    expect(sut.stderr).toContain('DATABASE_NAME: must be a lower-case Postgres identifier');
  });
});
