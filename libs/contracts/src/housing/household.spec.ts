import { toFieldIssues } from '../common/errors';
import { makeNorwegianId } from '../common/norwegian-id';
import { registerHousehold } from './household';

const withNationalId = (nationalId: unknown) => ({
  origin: 'reception-centre',
  countryOfOrigin: 'SY',
  members: [{ givenName: 'Rami', familyName: 'Haddad', birthDate: '1988-04-12', relationship: 'head', nationalId }],
});
const issuesOf = (input: unknown) => {
  const result = registerHousehold.safeParse(input);
  return result.success ? [] : toFieldIssues(result.error);
};

describe('registerHousehold: member national ids', () => {
  it.each([
    ['a fødselsnummer with correct check digits (worked by hand)', '31129956715'],
    ['a D-nummer (day + 40)', makeNorwegianId({ year: 1988, month: 4, day: 12 }, 123, 'd-nummer') ?? makeNorwegianId({ year: 1988, month: 4, day: 12 }, 124, 'd-nummer')],
    ['no number yet (null)', null],
    ['no number yet (absent)', undefined],
  ])('accepts %s', (_label, nationalId) => {
    expect(issuesOf(withNationalId(nationalId))).toEqual([]);
  });

  it.each([
    ['31129956716', 'national id second check digit is wrong'],
    ['3112995671', 'national id must be 11 digits (got 10)'],
    ['3112995671a', 'national id must contain digits only'],
    ['32129956715', 'national id first six digits are not a date (DDMMYY)'],
    ['72129956715', 'national id first six digits are not a date (D-nummer: day + 40)'],
  ])('refuses %s naming members.0.nationalId and the rule', (nationalId, rule) => {
    expect(issuesOf(withNationalId(nationalId))).toEqual([{ field: 'members.0.nationalId', rule }]);
  });

  it('names the member by position when a later member is wrong', () => {
    const input = withNationalId(null);
    input.members.push({ ...input.members[0], givenName: 'Lina', nationalId: '31129956716' });
    expect(issuesOf(input)).toEqual([{ field: 'members.1.nationalId', rule: 'national id second check digit is wrong' }]);
  });

  it('refuses a household without members and an unknown origin', () => {
    expect(issuesOf({ origin: 'elsewhere', countryOfOrigin: 'SY', members: [] }).map((i) => i.field)).toEqual(['origin', 'members']);
  });
});
