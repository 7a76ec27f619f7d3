import { toFieldIssues } from '../common/errors';
import { makeNorwegianId } from '../common/norwegian-id';
import { importedHousehold, registerHousehold } from './household';

const withNationalId = (nationalId: unknown, birthDate = '1988-04-12') => ({
  origin: 'reception-centre',
  countryOfOrigin: 'SY',
  members: [{ givenName: 'Rami', familyName: 'Haddad', birthDate, relationship: 'head', nationalId }],
});
const issuesOf = (input: unknown) => {
  const result = registerHousehold.safeParse(input);
  return result.success ? [] : toFieldIssues(result.error);
};

describe('registerHousehold: member national ids', () => {
  it.each([
    ['a fødselsnummer', makeNorwegianId({ year: 1999, month: 12, day: 31 }, 123), '1999-12-31'],
    [
      'a D-nummer (day + 40)',
      makeNorwegianId({ year: 1988, month: 4, day: 12 }, 123, 'd-nummer') ??
        makeNorwegianId({ year: 1988, month: 4, day: 12 }, 124, 'd-nummer'),
      '1988-04-12',
    ],
    ['no number yet (null)', null, '1988-04-12'],
    ['no number yet (absent)', undefined, '1988-04-12'],
  ])('accepts %s', (_label, nationalId, birthDate) => {
    expect(issuesOf(withNationalId(nationalId, birthDate))).toEqual([]);
  });

  it.each([
    ['31129956716', 'national id second check digit is wrong'],
    ['3112995671', 'national id must be 11 digits (got 10)'],
    ['3112995671a', 'national id must contain digits only'],
    ['32129956715', 'national id first six digits are not a date (DDMMYY)'],
    ['72129956715', 'national id first six digits are not a date (D-nummer: day + 40)'],
  ])('refuses %s naming members.0.nationalId and the rule', (nationalId, rule) => {
    expect(issuesOf(withNationalId(nationalId))).toEqual([
      expect.objectContaining({ field: 'members.0.nationalId', rule, code: 'national_id_invalid' }),
    ]);
  });

  it('names the member by position when a later member is wrong', () => {
    const input = withNationalId(null);
    input.members.push({ ...input.members[0], givenName: 'Lina', nationalId: '31129956716' });
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({ field: 'members.1.nationalId', rule: 'national id second check digit is wrong' }),
    ]);
  });

  it('refuses a household without members and an unknown origin', () => {
    expect(issuesOf({ origin: 'elsewhere', countryOfOrigin: 'SY', members: [] }).map((i) => i.field)).toEqual(['origin', 'members']);
  });
});

describe('registerHousehold: impossible member data', () => {
  const member = {
    givenName: 'Amal',
    familyName: 'Yusuf',
    birthDate: '1992-07-14',
    relationship: 'head',
    residencePermitDate: '2025-01-20',
  };
  const household = (changes: Record<string, unknown>) => ({
    origin: 'quota-refugee',
    countryOfOrigin: 'SO',
    members: [{ ...member, ...changes }],
  });
  const refusal = (changes: Record<string, unknown>) => issuesOf(household(changes)).map(({ field, code }) => ({ field, code }));

  it.each([
    ['a birth date in 2031 (the case view showed "-5 år")', { birthDate: '2031-01-01' }, 'members.0.birthDate', 'date_in_future'],
    ['a residence permit in 1900', { residencePermitDate: '1900-01-01' }, 'members.0.residencePermitDate', 'date_too_early'],
    ['a residence permit in the future', { residencePermitDate: '2999-01-01' }, 'members.0.residencePermitDate', 'date_in_future'],
    [
      'a residence permit before birth',
      { birthDate: '2024-03-01', residencePermitDate: '2024-01-01' },
      'members.0.residencePermitDate',
      'date_before',
    ],
    ['a fødselsnummer of another birth date', { nationalId: '31129956715' }, 'members.0.nationalId', 'national_id_birth_date_mismatch'],
    ['a NUL byte in a name', { givenName: 'Am\u0000al' }, 'members.0.givenName', 'control_characters'],
  ])('refuses %s', (_label, changes, field, code) => {
    expect(refusal(changes)).toEqual([{ field, code }]);
  });

  it('refuses an IMDi request dated in the future', () => {
    const issues = issuesOf({ ...household({}), requestedOn: '2999-01-01' });
    expect(issues).toEqual([expect.objectContaining({ field: 'requestedOn', code: 'date_in_future' })]);
  });
});

describe('importedHousehold: order of the case dates', () => {
  const base = {
    origin: 'quota-refugee',
    countryOfOrigin: 'SO',
    requestedOn: '2025-02-01',
    members: [{ givenName: 'Amal', familyName: 'Yusuf', birthDate: '1992-07-14', relationship: 'head', residencePermitDate: '2025-01-20' }],
  };
  const home = {
    ownership: 'municipal',
    address: 'Storgata 1',
    postalCode: '4006',
    sizeSquareMetres: 60,
    rooms: 3,
    monthlyRentNok: 9000,
    availableFrom: '2025-01-01',
  };
  const sut = (input: unknown) => {
    const result = importedHousehold.safeParse(input);
    return result.success ? [] : toFieldIssues(result.error).map(({ field, code }) => ({ field, code }));
  };

  it('accepts settlement after the permit and a tenancy from the request on', () => {
    expect(sut({ ...base, settledOn: '2025-03-01', home: { ...home, startDate: '2025-02-01' } })).toEqual([]);
  });

  it('refuses a settlement before the residence permit (it counted as within the 6-month target)', () => {
    expect(sut({ ...base, settledOn: '2025-01-10' })).toEqual([{ field: 'settledOn', code: 'date_before' }]);
  });

  it("refuses a tenancy starting before IMDi's request (it counted as within the 4-week target)", () => {
    expect(sut({ ...base, home: { ...home, startDate: '2025-01-15' } })).toEqual([{ field: 'home.startDate', code: 'date_before' }]);
  });
});
