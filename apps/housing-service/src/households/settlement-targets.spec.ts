import { durationStats, permitToSettlement, requestToHousing, settlementDeadline } from './settlement-targets';

describe('settlement targets', () => {
  it('gives adults and families 6 months from the residence permit', () => {
    expect(settlementDeadline('2025-01-15', false)).toBe('2025-07-15');
  });

  it('gives unaccompanied minors 3 months', () => {
    expect(settlementDeadline('2025-01-15', true)).toBe('2025-04-15');
  });

  it('meets the target on the deadline day and misses it the day after', () => {
    expect(permitToSettlement('2025-01-15', '2025-07-15', false)).toEqual({ days: 181, deadline: '2025-07-15', withinTarget: true });
    expect(permitToSettlement('2025-01-15', '2025-07-16', false).withinTarget).toBe(false);
    expect(permitToSettlement('2025-01-15', '2025-04-16', true).withinTarget).toBe(false);
  });

  it('clamps a deadline into a short month (31 Aug + 6 months = 28 Feb)', () => {
    expect(settlementDeadline('2025-08-31', false)).toBe('2026-02-28');
  });

  it('counts request → housing within 4 weeks (28 days)', () => {
    expect(requestToHousing('2025-03-01', '2025-03-29')).toEqual({ days: 28, withinTarget: true });
    expect(requestToHousing('2025-03-01', '2025-03-30')).toEqual({ days: 29, withinTarget: false });
  });

  it('summarises durations with median and share within target', () => {
    const sut = durationStats([
      { days: 10, withinTarget: true },
      { days: 200, withinTarget: false },
      { days: 30, withinTarget: true },
      { days: 40, withinTarget: true },
    ]);
    expect(sut).toEqual({ count: 4, medianDays: 35, withinTarget: 3, percentWithinTarget: 75 });
  });

  it('reports no median and no share when nobody is settled yet', () => {
    expect(durationStats([])).toEqual({ count: 0, medianDays: null, withinTarget: 0, percentWithinTarget: null });
  });
});
