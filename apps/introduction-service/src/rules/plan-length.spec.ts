import { checkPlanLength, planLengthTable, planWindow, sluttmaalGroupFor } from './plan-length';

describe('planLengthTable', () => {
  it('holds the four groups with their lengths and extensions (months)', () => {
    expect(planLengthTable).toEqual({
      'work-or-higher-education': { minMonths: 3, maxMonths: 6, extensionMonths: 6 },
      'upper-secondary-under-25': { minMonths: 3, maxMonths: 36, extensionMonths: 12 },
      'upper-secondary-25-plus': { minMonths: 3, maxMonths: 36, extensionMonths: 12 },
      'work-or-basic-education': { minMonths: 3, maxMonths: 24, extensionMonths: 12 },
    });
  });
});

describe('sluttmaalGroupFor', () => {
  const base = { hasUpperSecondary: false, birthDate: '2002-03-15', aimsAtUpperSecondary: false };

  it('puts upper secondary or higher in the work/higher-education group whatever the age', () => {
    expect(sluttmaalGroupFor({ ...base, hasUpperSecondary: true, startDate: '2026-01-01' })).toBe('work-or-higher-education');
  });

  it('is under 25 until the day before the 25th birthday', () => {
    expect(sluttmaalGroupFor({ ...base, startDate: '2027-03-14' })).toBe('upper-secondary-under-25');
    expect(sluttmaalGroupFor({ ...base, startDate: '2027-03-15' })).toBe('work-or-basic-education');
    expect(sluttmaalGroupFor({ ...base, startDate: '2027-03-15', aimsAtUpperSecondary: true })).toBe('upper-secondary-25-plus');
  });
});

describe('planWindow', () => {
  it('work/higher education: 3 to 6 months, 12 with the extension', () => {
    expect(planWindow('work-or-higher-education', '2026-01-31')).toEqual({
      earliestEnd: '2026-04-30',
      latestOrdinaryEnd: '2026-07-31',
      latestExtendedEnd: '2027-01-31',
    });
  });

  it('under 25: up to 3 years, 4 with the extension (the 4-year cap)', () => {
    expect(planWindow('upper-secondary-under-25', '2028-02-29')).toEqual({
      earliestEnd: '2028-05-29',
      latestOrdinaryEnd: '2031-02-28',
      latestExtendedEnd: '2032-02-29',
    });
  });

  it('others: up to 2 years, 3 with the extension', () => {
    expect(planWindow('work-or-basic-education', '2026-09-01')).toMatchObject({
      latestOrdinaryEnd: '2028-09-01',
      latestExtendedEnd: '2029-09-01',
    });
  });
});

describe('checkPlanLength', () => {
  const plan = { group: 'work-or-basic-education' as const, startDate: '2026-09-01', extended: false };

  it('accepts the ordinary maximum exactly, refuses a day more without an extension', () => {
    expect(checkPlanLength({ ...plan, endDate: '2028-09-01' })).toEqual([]);
    expect(checkPlanLength({ ...plan, endDate: '2028-09-02' })).toEqual(['longer-than-maximum']);
  });

  it('refuses shorter than 3 months', () => {
    expect(checkPlanLength({ ...plan, endDate: '2026-11-30' })).toEqual(['shorter-than-minimum']);
  });

  it('needs a reason for the extension and stops at the extended maximum', () => {
    expect(
      checkPlanLength({ ...plan, extended: true, endDate: '2029-09-01', extensionReason: 'Needs one more year of Norwegian' }),
    ).toEqual([]);
    expect(checkPlanLength({ ...plan, extended: true, endDate: '2029-09-02', extensionReason: 'x' })).toEqual(['longer-than-extension']);
    expect(checkPlanLength({ ...plan, extended: true, endDate: '2029-01-01', extensionReason: '  ' })).toEqual([
      'extension-without-reason',
    ]);
  });
});
