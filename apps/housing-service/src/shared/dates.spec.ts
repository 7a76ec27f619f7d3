import { addMonths, ageOn, daysBetween, quarterOf, todayInOslo } from './dates';

describe('dates', () => {
  it('counts days across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-01-15', 3)).toBe('2025-04-15');
  });

  it('computes age in whole years, the birthday counting', () => {
    expect(ageOn('2007-06-10', '2025-06-09')).toBe(17);
    expect(ageOn('2007-06-10', '2025-06-10')).toBe(18);
  });

  it('gives the inclusive days of a quarter', () => {
    expect(quarterOf(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterOf(2024, 4)).toEqual({ from: '2024-10-01', to: '2024-12-31' });
  });

  it('reads today in Europe/Oslo (23:30 UTC on 31 Dec is already New Year there)', () => {
    expect(todayInOslo(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });
});
