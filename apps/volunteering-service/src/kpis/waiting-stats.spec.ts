import { medianDays, waitsTooLong } from './waiting-stats';

describe('waiting statistics', () => {
  it('takes the middle day, the lower middle for an even count, and none of nothing', () => {
    expect(medianDays([30, 5, 12])).toBe(12);
    expect(medianDays([40, 10, 20, 30])).toBe(20);
    expect(medianDays([])).toBeNull();
  });

  it('flags a wait only once it is longer than the configured weeks', () => {
    expect(waitsTooLong(84, 12)).toBe(false);
    expect(waitsTooLong(85, 12)).toBe(true);
  });
});
