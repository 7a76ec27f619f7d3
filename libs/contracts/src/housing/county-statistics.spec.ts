import { countyOf, suppressSmallCount } from './county-statistics';

describe('small-number suppression for the county', () => {
  it.each([
    [0, 0],
    [1, '<5'],
    [4, '<5'],
    [5, 5],
    [253, 253],
  ])('shows %p as %p', (count, shown) => {
    expect(suppressSmallCount(count)).toBe(shown);
  });

  it('takes the county from the first two digits of the kommunenummer', () => {
    expect(countyOf('1103')).toBe('11');
    expect(countyOf('3201')).toBe('32');
  });
});
