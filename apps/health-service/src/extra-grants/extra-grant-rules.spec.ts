import {
  applicationDeadline,
  costOf,
  coverageIssue,
  eligibilityIssues,
  grantYear,
  submissionIssues,
  type SubmissionDraft,
  type TotalsRow,
  yearlyTotals,
} from './extra-grant-rules';

describe('grant years and deadlines (hand-worked)', () => {
  it('runs grant year 1 from settlement to the day before its anniversary; its application is due 14 months after settlement', () => {
    expect(grantYear('2026-03-15', 1)).toEqual({ from: '2026-03-15', to: '2027-03-14' });
    expect(grantYear('2026-03-15', 2)).toEqual({ from: '2027-03-15', to: '2028-03-14' });
    expect(applicationDeadline('2026-03-15', 1)).toBe('2027-05-15');
    expect(applicationDeadline('2026-03-15', 2)).toBe('2028-05-15');
  });

  it('clamps at month ends and leap days', () => {
    expect(applicationDeadline('2025-12-31', 1)).toBe('2027-02-28');
    expect(grantYear('2024-02-29', 1)).toEqual({ from: '2024-02-29', to: '2025-02-27' });
    expect(grantYear('2024-02-29', 2).from).toBe('2025-02-28');
    expect(applicationDeadline('2024-02-29', 1)).toBe('2025-04-29');
  });
});

describe('coverageIssue', () => {
  const adult = { settledOn: '2026-03-15', birthDate: '1990-01-01', unaccompaniedMinor: false };

  it('allows tilskudd 1 in year 1 or 2 only, tilskudd 2 up to year 5', () => {
    expect(coverageIssue('tilskudd-1', 2, adult)).toBeNull();
    expect(coverageIssue('tilskudd-1', 3, adult)).toBe('tilskudd-1-years-1-2');
    expect(coverageIssue('tilskudd-2', 5, adult)).toBeNull();
    expect(coverageIssue('tilskudd-2', 6, adult)).toBe('tilskudd-2-up-to-5-years');
  });

  it('follows an unaccompanied minor until the year they turn 20: fewer or more than 5 years', () => {
    const born2010 = { settledOn: '2026-03-15', birthDate: '2010-06-01', unaccompaniedMinor: true };
    expect(coverageIssue('tilskudd-2', 5, born2010)).toBeNull(); // starts 2030-03-15, the year they turn 20
    expect(coverageIssue('tilskudd-2', 6, born2010)).toBe('unaccompanied-until-year-turning-20');
    const born2012 = { ...born2010, birthDate: '2012-11-30' };
    expect(coverageIssue('tilskudd-2', 7, born2012)).toBeNull(); // starts 2032-03-15
    expect(coverageIssue('tilskudd-2', 8, born2012)).toBe('unaccompanied-until-year-turning-20');
    const born2008 = { ...born2010, birthDate: '2008-01-01' };
    expect(coverageIssue('tilskudd-2', 3, born2008)).toBeNull(); // 2028
    expect(coverageIssue('tilskudd-2', 4, born2008)).toBe('unaccompanied-until-year-turning-20'); // 2029
  });
});

describe('eligibilityIssues', () => {
  const base = { settledByAgreementWithImdi: true, conditionKnownBeforeSettlement: true, bornAfterMothersSettlement: null };

  it('needs settlement by agreement with IMDi and the condition known before settlement', () => {
    expect(eligibilityIssues(base)).toEqual([]);
    expect(eligibilityIssues({ ...base, settledByAgreementWithImdi: false, conditionKnownBeforeSettlement: false })).toEqual([
      'not-settled-by-agreement',
      'condition-not-known-before-settlement',
    ]);
  });

  it('accepts a child born up to and including 6 months after the mother’s settlement', () => {
    const child = (bornOn: string, motherSettledOn: string) =>
      eligibilityIssues({ ...base, conditionKnownBeforeSettlement: false, bornAfterMothersSettlement: { bornOn, motherSettledOn } });
    expect(child('2026-09-15', '2026-03-15')).toEqual([]);
    expect(child('2026-09-16', '2026-03-15')).toEqual(['born-more-than-6-months-after-settlement']);
    expect(child('2027-02-28', '2026-08-31')).toEqual([]);
    expect(child('2027-03-01', '2026-08-31')).toEqual(['born-more-than-6-months-after-settlement']);
  });
});

describe('submissionIssues and costOf', () => {
  const person = { settledOn: '2026-03-15', birthDate: '1990-01-01', unaccompaniedMinor: false };
  const draft: SubmissionDraft = {
    kind: 'tilskudd-1',
    grantYear: 1,
    settledByAgreementWithImdi: true,
    conditionKnownBeforeSettlement: true,
    bornAfterMothersSettlement: null,
    consentFormReceivedOn: '2026-05-02',
    doctorStatementReceivedOn: '2026-05-10',
    involvedUnits: ['disability-services', 'refugee-health-service'],
    costLines: [
      { unit: 'disability-services', amountNok: 180_000 },
      { unit: 'refugee-health-service', amountNok: 45_500 },
      { unit: 'disability-services', amountNok: 20_000 },
    ],
  };

  it('adds the cost per unit and in all', () => {
    expect(costOf(draft.costLines)).toEqual({
      totalNok: 245_500,
      byUnit: { 'disability-services': 200_000, 'refugee-health-service': 45_500 },
    });
  });

  it('refuses without IMDi’s consent form and the doctor’s statement, and lets a complete draft through', () => {
    expect(submissionIssues(draft, person)).toEqual([]);
    expect(submissionIssues({ ...draft, consentFormReceivedOn: null, doctorStatementReceivedOn: null }, person)).toEqual([
      'consent-form-missing',
      'doctor-statement-missing',
    ]);
    expect(submissionIssues({ ...draft, involvedUnits: [], costLines: [], grantYear: 3 }, person)).toEqual([
      'tilskudd-1-years-1-2',
      'no-involved-unit',
      'no-cost',
    ]);
  });
});

describe('yearlyTotals', () => {
  it('reproduces Stavanger 2017: 25 applications involving 14 units; drafts do not count', () => {
    const units = Array.from({ length: 14 }, (_, i) => `unit-${i + 1}`);
    const rows: TotalsRow[] = Array.from({ length: 25 }, (_, i) => ({
      status: i < 20 ? 'granted' : i < 23 ? 'rejected' : 'submitted',
      submittedOn: `2017-0${(i % 9) + 1}-10`,
      involvedUnits: [units[i % 14], units[(i + 3) % 14]],
      appliedNok: 100_000,
      grantedNok: i < 20 ? 80_000 : null,
    }));
    rows.push({ status: 'draft', submittedOn: null, involvedUnits: ['unit-99'], appliedNok: 5, grantedNok: null });
    rows.push({ status: 'submitted', submittedOn: '2018-01-05', involvedUnits: ['unit-1'], appliedNok: 50_000, grantedNok: null });

    expect(yearlyTotals(rows)).toEqual([
      { year: 2018, applications: 1, units: 1, appliedNok: 50_000, grantedNok: 0, granted: 0, rejected: 0, pending: 1 },
      { year: 2017, applications: 25, units: 14, appliedNok: 2_500_000, grantedNok: 1_600_000, granted: 20, rejected: 3, pending: 2 },
    ]);
  });
});
