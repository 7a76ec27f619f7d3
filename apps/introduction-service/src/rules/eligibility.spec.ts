import { assessEligibility, lastDecisionDayInTargetGroup } from './eligibility';

const person = (overrides: Partial<Parameters<typeof assessEligibility>[0]> = {}) => ({
  birthDate: '1990-06-15',
  residencePermitDate: '2026-03-01',
  settledOn: '2026-05-10',
  origin: 'quota-refugee' as const,
  ...overrides,
});

describe('assessEligibility', () => {
  it('admits an adult settled by agreement, within 2 years', () => {
    const sut = assessEligibility(person(), '2026-06-01');
    expect(sut).toEqual({ eligible: true, needsManualCheck: false, reasons: [], ageAtPermit: 35 });
  });

  it('counts age on the permit date: 18 on the birthday is in, the day before is out', () => {
    expect(assessEligibility(person({ birthDate: '2008-03-01' }), '2026-06-01').eligible).toBe(true);
    expect(assessEligibility(person({ birthDate: '2008-03-02' }), '2026-06-01')).toMatchObject({
      eligible: false,
      reasons: ['under-18-at-permit'],
      ageAtPermit: 17,
    });
  });

  it('admits 55 until the day before the 56th birthday', () => {
    expect(assessEligibility(person({ birthDate: '1970-03-02' }), '2026-06-01')).toMatchObject({ eligible: true, ageAtPermit: 55 });
    expect(assessEligibility(person({ birthDate: '1970-03-01' }), '2026-06-01')).toMatchObject({
      eligible: false,
      reasons: ['over-55-at-permit'],
      ageAtPermit: 56,
    });
  });

  it('treats a 29 February birthday as reached on 1 March in a common year', () => {
    // born 29 Feb 2008: turns 18 on 1 March 2026
    expect(assessEligibility(person({ birthDate: '2008-02-29', residencePermitDate: '2026-02-28' }), '2026-06-01').reasons).toEqual([
      'under-18-at-permit',
    ]);
    expect(assessEligibility(person({ birthDate: '2008-02-29', residencePermitDate: '2026-03-01' }), '2026-06-01').eligible).toBe(true);
  });

  it('refuses without a residence permit or a settlement', () => {
    expect(assessEligibility(person({ residencePermitDate: null, settledOn: null }), '2026-06-01').reasons).toEqual([
      'no-residence-permit',
      'not-settled',
    ]);
  });

  it('ends the target group on the day before 2 years in the municipality', () => {
    expect(lastDecisionDayInTargetGroup('2026-05-10')).toBe('2028-05-09');
    expect(assessEligibility(person(), '2028-05-09').eligible).toBe(true);
    expect(assessEligibility(person(), '2028-05-10').reasons).toEqual(['two-years-in-municipality']);
  });

  it('clamps a leap-day settlement: 29 February 2024 + 2 years is 28 February 2026, so the last day is the 27th', () => {
    expect(lastDecisionDayInTargetGroup('2024-02-29')).toBe('2026-02-27');
  });

  it('leaves family reunification to the advisor: not automatic, flagged for a manual check', () => {
    const sut = assessEligibility(person({ origin: 'family-reunification' }), '2026-06-01');
    expect(sut).toMatchObject({ eligible: false, needsManualCheck: true, reasons: ['not-settled-by-agreement'] });
  });

  it('admits reception-centre and unaccompanied-minor origins as settled by agreement', () => {
    expect(assessEligibility(person({ origin: 'reception-centre' }), '2026-06-01').eligible).toBe(true);
    expect(assessEligibility(person({ origin: 'unaccompanied-minor', birthDate: '2007-01-01' }), '2026-06-01').eligible).toBe(true);
  });
});
