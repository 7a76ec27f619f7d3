import { decisionDeadline, decisionDeadlineOf } from './decision-deadline';

describe('decisionDeadlineOf', () => {
  it('is 3 months after settlement on the same day', () => {
    expect(decisionDeadlineOf('2026-05-10')).toBe('2026-08-10');
  });

  it('clamps to the month end: 30 November → 28 February, or 29 in a leap year', () => {
    expect(decisionDeadlineOf('2026-11-30')).toBe('2027-02-28');
    expect(decisionDeadlineOf('2027-11-30')).toBe('2028-02-29');
    expect(decisionDeadlineOf('2026-03-31')).toBe('2026-06-30');
  });

  it('from a leap day: 29 February 2028 → 29 May 2028', () => {
    expect(decisionDeadlineOf('2028-02-29')).toBe('2028-05-29');
  });
});

describe('decisionDeadline', () => {
  const settled = '2026-11-30'; // deadline 2027-02-28, warning from 2027-02-14

  it('is open more than 14 days before', () => {
    expect(decisionDeadline(settled, '2027-02-13')).toEqual({
      deadline: '2027-02-28',
      warnFrom: '2027-02-14',
      state: 'open',
      daysLeft: 15,
    });
  });

  it('warns from 14 days before', () => {
    expect(decisionDeadline(settled, '2027-02-14')).toMatchObject({ state: 'warning', daysLeft: 14 });
    expect(decisionDeadline(settled, '2027-02-27')).toMatchObject({ state: 'warning', daysLeft: 1 });
  });

  it('is due on the day and overdue the day after (1 March)', () => {
    expect(decisionDeadline(settled, '2027-02-28')).toMatchObject({ state: 'due', daysLeft: 0 });
    expect(decisionDeadline(settled, '2027-03-01')).toMatchObject({ state: 'overdue', daysLeft: -1 });
  });

  it('counts days across a leap day', () => {
    // settled 2027-11-30 → deadline 2028-02-29; on 2028-02-01 there are 28 days left
    expect(decisionDeadline('2027-11-30', '2028-02-01')).toMatchObject({ deadline: '2028-02-29', daysLeft: 28, state: 'open' });
  });

  it('ends once decided, even after the deadline', () => {
    expect(decisionDeadline(settled, '2027-04-01', '2027-03-15')).toMatchObject({ state: 'decided', daysLeft: null });
  });
});
