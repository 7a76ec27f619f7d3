import {
  ageBlocker,
  approvalBlockers,
  expiringItems,
  matchingBlockers,
  nextStep,
  reminderFor,
  type ScreeningRecord,
  stepRefusal,
} from './screening-rules';

const applicant = (over: Partial<ScreeningRecord> = {}): ScreeningRecord => ({
  role: 'refugee-guide',
  birthDate: '1980-05-01',
  guardianConsent: false,
  status: 'applicant',
  decidedOn: null,
  interviewOn: null,
  startCourseOn: null,
  firstAidOn: null,
  ethicsSignedOn: null,
  policeCertificate: null,
  lastEvaluationOn: null,
  ...over,
});
const certificate = {
  certificateDate: '2026-01-10',
  type: 'barneomsorgsattest' as const,
  seenOn: '2026-01-20',
  seenBy: 'vc-1',
  noRemarks: true,
};
const screened = (over: Partial<ScreeningRecord> = {}) =>
  applicant({ interviewOn: '2026-01-05', startCourseOn: '2026-01-12', ethicsSignedOn: '2026-01-12', ...over });
const today = '2026-03-01';

describe('age', () => {
  it('accepts 18 on the birthday and refuses 17 for every adult role', () => {
    expect(ageBlocker(applicant({ birthDate: '2008-03-01' }), today)).toBeNull();
    expect(ageBlocker(applicant({ birthDate: '2008-03-02' }), today)).toBe('too-young');
    expect(ageBlocker(applicant({ role: 'friend-family', birthDate: '2009-01-01', guardianConsent: true }), today)).toBe('too-young');
  });

  it('accepts a 16-year-old youth buddy only with a guardian’s consent, never a 15-year-old', () => {
    const sixteen = { role: 'youth-buddy' as const, birthDate: '2010-03-01' };
    expect(ageBlocker(applicant({ ...sixteen, guardianConsent: false }), today)).toBe('guardian-consent-missing');
    expect(ageBlocker(applicant({ ...sixteen, guardianConsent: true }), today)).toBeNull();
    expect(ageBlocker(applicant({ role: 'youth-buddy', birthDate: '2010-03-02', guardianConsent: true }), today)).toBe('too-young');
  });
});

describe('the order of the steps', () => {
  it('goes interview → start course → ethics declaration → decision for a role without minors', () => {
    expect(nextStep(applicant())).toBe('interview');
    expect(nextStep(applicant({ interviewOn: '2026-01-05' }))).toBe('start-course');
    expect(nextStep(applicant({ interviewOn: '2026-01-05', startCourseOn: '2026-01-12' }))).toBe('ethics-declaration');
    expect(nextStep(screened())).toBe('decision');
    expect(nextStep(screened({ status: 'approved' }))).toBeNull();
  });

  it('asks for the police certificate before the decision only in roles with minors', () => {
    expect(nextStep(screened({ role: 'friend-family' }))).toBe('police-certificate');
    expect(nextStep(screened({ role: 'youth-buddy', policeCertificate: certificate }))).toBe('decision');
    expect(stepRefusal(screened(), 'police-certificate')).toBe('police-certificate-not-needed');
  });

  it('refuses a step whose predecessor is missing, and every step once the screening is closed', () => {
    expect(stepRefusal(applicant(), 'start-course')).toBe('interview-missing');
    expect(stepRefusal(applicant({ interviewOn: '2026-01-05' }), 'ethics-declaration')).toBe('start-course-missing');
    expect(
      stepRefusal(applicant({ role: 'youth-buddy', interviewOn: '2026-01-05', startCourseOn: '2026-01-12' }), 'police-certificate'),
    ).toBe('ethics-declaration-missing');
    expect(stepRefusal(screened(), 'evaluation')).toBe('approval-missing');
    expect(stepRefusal(applicant(), 'interview')).toBeNull();
    expect(stepRefusal(applicant({ status: 'rejected' }), 'interview')).toBe('screening-closed');
  });
});

describe('approval', () => {
  it('names everything missing', () => {
    expect(approvalBlockers(applicant({ role: 'friend-family' }), today)).toEqual([
      'interview-missing',
      'start-course-missing',
      'ethics-declaration-missing',
      'police-certificate-missing',
    ]);
    expect(approvalBlockers(screened(), today)).toEqual([]);
  });

  it('refuses a police certificate with remarks', () => {
    expect(approvalBlockers(screened({ role: 'youth-buddy', policeCertificate: { ...certificate, noRemarks: false } }), today)).toEqual([
      'police-certificate-remarks',
    ]);
  });

  it('lets first aid follow within 12 months of the start course, not later', () => {
    expect(approvalBlockers(screened({ startCourseOn: '2025-03-01' }), '2026-03-01')).toEqual([]);
    expect(approvalBlockers(screened({ startCourseOn: '2025-03-01' }), '2026-03-02')).toEqual(['first-aid-overdue']);
    expect(approvalBlockers(screened({ startCourseOn: '2025-03-01', firstAidOn: '2025-09-01' }), '2026-03-02')).toEqual([]);
  });
});

describe('matching is blocked while a required item is missing or expired', () => {
  const approved = (over: Partial<ScreeningRecord> = {}) =>
    screened({ status: 'approved', decidedOn: '2023-03-01', firstAidOn: '2023-02-01', ...over });

  it('blocks an applicant and a rejected volunteer', () => {
    expect(matchingBlockers(screened(), today)).toEqual(['not-approved']);
    expect(matchingBlockers(screened({ status: 'rejected' }), today)).toEqual(['not-approved']);
  });

  it('blocks once the evaluation is more than 3 years old, and a new evaluation lifts it', () => {
    expect(matchingBlockers(approved(), '2026-03-01')).toEqual([]);
    expect(matchingBlockers(approved(), '2026-03-02')).toEqual(['evaluation-overdue']);
    expect(matchingBlockers(approved({ lastEvaluationOn: '2026-02-15' }), '2026-03-02')).toEqual([]);
  });

  it('blocks a friend family whose certificate record is missing even when approved', () => {
    expect(matchingBlockers(approved({ role: 'friend-family' }), today)).toEqual(['police-certificate-missing']);
  });
});

describe('reminders 90, 60 and 30 days ahead', () => {
  it('falls in the nearest band, none further off, expired after the day', () => {
    expect(reminderFor('2026-06-01', '2026-03-01')).toEqual({ dueOn: '2026-06-01', daysLeft: 92, within: null, expired: false });
    expect(reminderFor('2026-05-30', '2026-03-01').within).toBe(90);
    expect(reminderFor('2026-04-30', '2026-03-01').within).toBe(60);
    expect(reminderFor('2026-03-31', '2026-03-01').within).toBe(30);
    expect(reminderFor('2026-03-01', '2026-03-01')).toMatchObject({ daysLeft: 0, within: 30, expired: false });
    expect(reminderFor('2026-02-28', '2026-03-01')).toMatchObject({ daysLeft: -1, within: null, expired: true });
  });

  it('lists first aid while it is missing and the evaluation once approved', () => {
    const sut = expiringItems(screened({ status: 'approved', decidedOn: '2026-01-20' }), '2026-12-01');
    expect(sut).toEqual([
      { item: 'first-aid', reminder: expect.objectContaining({ dueOn: '2027-01-12', within: 60 }) },
      { item: 'evaluation', reminder: expect.objectContaining({ dueOn: '2029-01-20', within: null }) },
    ]);
  });
});
