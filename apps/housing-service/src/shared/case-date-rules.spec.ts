import { makeNorwegianId } from '@ankomst/contracts';
import { ServiceException } from '@ankomst/platform-messaging';
import { assertPersonChangeFits, assertSettlementAfterPermit, assertTenancyAfterRequest } from './case-date-rules';

const person = { birthDate: '1992-07-14', residencePermitDate: '2025-01-20', settledOn: null };
const issuesOf = (run: () => void) => {
  try {
    run();
    return [];
  } catch (error) {
    if (!(error instanceof ServiceException)) throw error;
    expect(error.code).toBe('validation_failed');
    return (error.issues ?? []).map(({ field, code }) => ({ field, code }));
  }
};

describe('case date rules', () => {
  it('refuses a settlement before the residence permit, and accepts one on the permit day', () => {
    const sut = (settledOn: string) => issuesOf(() => assertSettlementAfterPermit(person, settledOn));
    expect(sut('2025-01-19')).toEqual([{ field: 'settledOn', code: 'date_before' }]);
    expect(sut('2025-01-20')).toEqual([]);
  });

  it('refuses a permit before birth or after the settlement', () => {
    const sut = (residencePermitDate: string) =>
      issuesOf(() => assertPersonChangeFits({ ...person, settledOn: '2025-03-01' }, { residencePermitDate }));
    expect(sut('1990-01-01')).toEqual([{ field: 'residencePermitDate', code: 'date_before' }]);
    expect(sut('2025-04-01')).toEqual([{ field: 'residencePermitDate', code: 'date_after' }]);
    expect(sut('2025-02-01')).toEqual([]);
  });

  it('refuses a national id that encodes another birth date than the stored one', () => {
    const sut = (nationalId: string) => issuesOf(() => assertPersonChangeFits(person, { nationalId }));
    expect(sut(makeNorwegianId({ year: 1992, month: 7, day: 15 }, 123, 'd-nummer') ?? '')).toEqual([
      { field: 'nationalId', code: 'national_id_birth_date_mismatch' },
    ]);
    expect(sut(makeNorwegianId({ year: 1992, month: 7, day: 14 }, 123, 'd-nummer') ?? '')).toEqual([]);
  });

  it("refuses a tenancy before IMDi's request, and any date when there was no request", () => {
    expect(issuesOf(() => assertTenancyAfterRequest('2025-02-01', '2025-01-31'))).toEqual([{ field: 'startDate', code: 'date_before' }]);
    expect(issuesOf(() => assertTenancyAfterRequest('2025-02-01', '2025-02-01'))).toEqual([]);
    expect(issuesOf(() => assertTenancyAfterRequest(null, '2001-01-01'))).toEqual([]);
  });
});
