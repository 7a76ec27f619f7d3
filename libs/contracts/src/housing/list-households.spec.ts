import { toFieldIssues } from '../common/errors';
import { listHouseholds } from './household';

const issuesOf = (input: unknown) => {
  const result = listHouseholds.safeParse(input);
  return result.success ? [] : toFieldIssues(result.error);
};

describe('listHouseholds: the household list query', () => {
  it('keeps paging defaults and no filters when none are given', () => {
    expect(listHouseholds.parse({})).toEqual({ limit: 50, offset: 0, minorsOnly: false });
  });

  it('takes filters from a query string: trimmed search, booleans as text', () => {
    expect(
      listHouseholds.parse({
        search: '  Hadd ',
        origin: 'quota-refugee',
        status: 'partly-settled',
        minorsOnly: 'true',
        limit: '25',
        offset: '50',
      }),
    ).toEqual({ search: 'Hadd', origin: 'quota-refugee', status: 'partly-settled', minorsOnly: true, limit: 25, offset: 50 });
    expect(listHouseholds.parse({ minorsOnly: 'false' }).minorsOnly).toBe(false);
  });

  it.each([
    [{ search: 'a' }, 'search', 'must be at least 2 characters'],
    [{ search: ' a ' }, 'search', 'must be at least 2 characters'],
    [{ search: 'x'.repeat(101) }, 'search', 'must be at most 100 characters'],
    [{ search: '31129956715' }, 'search', 'must not be a national id (look the person up by national id instead)'],
    [{ search: '311299 56715' }, 'search', 'must not be a national id (look the person up by national id instead)'],
    [{ minorsOnly: 'maybe' }, 'minorsOnly', 'must be true or false'],
    [{ limit: 201 }, 'limit', 'must be at most 200'],
  ])('refuses %j naming %s and the rule', (input, field, rule) => {
    expect(issuesOf(input)).toEqual([expect.objectContaining({ field, rule })]);
  });

  it('refuses an unknown origin or status, naming the field', () => {
    expect(issuesOf({ origin: 'elsewhere', status: 'done' }).map((i) => i.field)).toEqual(['origin', 'status']);
  });
});
