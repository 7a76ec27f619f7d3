import { addDays, ageOn, birthday, daysBetween, todayInOslo } from './dates';

describe('dates', () => {
  it('reads today in Europe/Oslo, not UTC', () => {
    const sut = todayInOslo(new Date('2026-12-31T23:30:00Z'));
    expect(sut).toBe('2027-01-01');
  });

  it('counts whole years of age up to the day before a birthday', () => {
    expect(ageOn('2008-11-24', '2026-11-23')).toBe(17);
    expect(ageOn('2008-11-24', '2026-11-24')).toBe(18);
  });

  it('moves a 29 February birthday to 1 March in a common year', () => {
    expect(birthday('2008-02-29', 18)).toBe('2026-03-01');
  });

  it('adds and counts days across month ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
  });
});
