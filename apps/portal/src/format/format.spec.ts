import { formatDate, formatDateTime, formatNok, osloToday } from './format';

describe('formatting in Europe/Oslo', () => {
  it('shows calendar dates without shifting the day', () => {
    expect(formatDate('2026-03-29', 'nb')).toBe('29.03.2026');
    expect(formatDate('2026-03-29', 'en')).toBe('29/03/2026');
  });

  it('shows instants in Oslo time, whatever the machine zone', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Oslo (UTC+1).
    expect(formatDateTime('2026-12-31T23:30:00Z', 'nb')).toBe('01.01.2027, 00:30');
    expect(osloToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('formats kroner the Norwegian way', () => {
    expect(formatNok(6500, 'nb').replace(/\s/g, ' ')).toBe('6 500 kr');
  });

  it('shows a dash for missing values', () => {
    expect(formatDate(null, 'nb')).toBe('–');
  });
});
