import { followUpCountsAsWorkOrEducation, followUpDueOn, followUpIsDue } from './follow-up';

describe('followUpDueOn', () => {
  it('is the exit date one year on', () => {
    expect(followUpDueOn('2025-06-20')).toBe('2026-06-20');
    expect(followUpDueOn('2025-12-31')).toBe('2026-12-31');
  });

  it('clamps a leap-day exit to 28 February the year after', () => {
    // 2024-02-29 + 12 months: 2025 has no 29 February, so the last day of that February
    expect(followUpDueOn('2024-02-29')).toBe('2025-02-28');
  });

  it('follows a 28 February exit up on 28 February, also in a leap year', () => {
    expect(followUpDueOn('2027-02-28')).toBe('2028-02-28');
    expect(followUpDueOn('2027-03-01')).toBe('2028-03-01');
  });
});

describe('followUpIsDue', () => {
  it('refuses a registration the day before it is due and takes it on the day', () => {
    expect(followUpIsDue('2024-02-29', '2025-02-27')).toBe(false);
    expect(followUpIsDue('2024-02-29', '2025-02-28')).toBe(true);
    expect(followUpIsDue('2024-02-29', '2025-03-01')).toBe(true);
  });

  it('refuses a status observed at exit or during the year after', () => {
    expect(followUpIsDue('2025-06-20', '2025-06-20')).toBe(false);
    expect(followUpIsDue('2025-06-20', '2026-06-19')).toBe(false);
    expect(followUpIsDue('2025-06-20', '2026-06-20')).toBe(true);
  });
});

describe('followUpCountsAsWorkOrEducation', () => {
  it('counts work full and part time and education, not other', () => {
    expect(followUpCountsAsWorkOrEducation('work-full-time')).toBe(true);
    expect(followUpCountsAsWorkOrEducation('work-part-time')).toBe(true);
    expect(followUpCountsAsWorkOrEducation('education')).toBe(true);
    expect(followUpCountsAsWorkOrEducation('other')).toBe(false);
  });
});
