import { addDays, addMonths, ageOn, birthday, dateInOslo, daysBetween, quarterOf, todayInOslo } from './calendar';

describe('calendar', () => {
  it('reads today in Europe/Oslo, not UTC (winter and summer time)', () => {
    expect(todayInOslo(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(dateInOslo(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(dateInOslo(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });

  it('counts days across a leap day and across month ends', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
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

  it('moves a 29 February birthday to 1 March in a common year', () => {
    expect(birthday('2008-02-29', 18)).toBe('2026-03-01');
    expect(birthday('2008-02-29', 16)).toBe('2024-02-29');
  });

  it('gives the inclusive days of a quarter', () => {
    expect(quarterOf(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterOf(2024, 4)).toEqual({ from: '2024-10-01', to: '2024-12-31' });
  });
});
