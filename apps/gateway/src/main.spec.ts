import { runMain } from '@ankomst/testing';

describe('gateway start-up', () => {
  it('exits non-zero naming the variable when the environment is invalid', async () => {
    const sut = await runMain('gateway', { PORT: 'eighty' });
    expect(sut.code).not.toBe(0);
    expect(sut.stderr).toContain('PORT: must be a port number');
  });
});
