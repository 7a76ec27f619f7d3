import { isMonthClosed, lastDayOf, monthClosesOn } from './attendance-month';

describe('attendance months', () => {
  it('knows the last day, in leap and common years', () => {
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2027-02')).toBe('2027-02-28');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
  });

  it('closes 5 days after the month ends, across a year end and a leap day', () => {
    expect(monthClosesOn('2026-12')).toBe('2027-01-05');
    expect(monthClosesOn('2028-02')).toBe('2028-03-05');
    expect(monthClosesOn('2027-02')).toBe('2027-03-05');
    expect(monthClosesOn('2026-04')).toBe('2026-05-05');
  });

  it('is open on the closing day and closed the day after', () => {
    expect(isMonthClosed('2026-11', '2026-12-05')).toBe(false);
    expect(isMonthClosed('2026-11', '2026-12-06')).toBe(true);
  });
});
