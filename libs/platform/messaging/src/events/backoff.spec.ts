import { backoffDelay, type BackoffPolicy } from './backoff';

describe('backoffDelay', () => {
  const policy: BackoffPolicy = { initialMs: 100, maxMs: 1_000, factor: 2, jitter: 0.5 };
  const noJitter = () => 0;

  it('starts at the initial delay and doubles per attempt', () => {
    const sut = (attempt: number) => backoffDelay(attempt, policy, noJitter);
    expect([1, 2, 3, 4].map(sut)).toEqual([100, 200, 400, 800]);
  });

  it('never exceeds the cap', () => {
    expect(backoffDelay(50, policy, noJitter)).toBe(1_000);
  });

  it('takes jitter off the delay, never adds it', () => {
    const sut = backoffDelay(2, policy, () => 1);
    expect(sut).toBe(100);
  });

  it('treats attempt 0 or less like the first attempt', () => {
    expect(backoffDelay(0, policy, noJitter)).toBe(100);
  });
});
