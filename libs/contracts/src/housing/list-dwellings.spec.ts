import { toFieldIssues } from '../common/errors';
import { listDwellings } from './dwelling';

describe('listDwellings: the dwelling list query', () => {
  it('takes vacantOnly as text from a query string', () => {
    const sut = listDwellings;

    expect(sut.parse({ vacantOnly: 'true' }).vacantOnly).toBe(true);
    expect(sut.parse({}).vacantOnly).toBe(false);
  });

  it('refuses a vacantOnly that is not a boolean, naming the field and the rule', () => {
    const sut = listDwellings.safeParse({ vacantOnly: 'maybe' });

    expect(sut.success).toBe(false);
    expect(sut.success ? [] : toFieldIssues(sut.error)).toEqual([
      { field: 'vacantOnly', rule: 'must be true or false', code: 'invalid_option', params: {} },
    ]);
  });
});
