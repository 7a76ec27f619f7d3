import { aggregateIdsOf } from './household-core';

describe('aggregateIdsOf', () => {
  it('finds the household and dwelling ids of a payload and of its members', () => {
    const sut = aggregateIdsOf;

    expect(
      sut({
        householdId: 'h1',
        dwellingId: 'd1',
        members: [
          { personId: 'p1', householdId: 'h1' },
          { personId: 'p2', householdId: 'h2' },
        ],
        note: 'householdId',
      }),
    ).toEqual(['h1', 'd1', 'h1', 'h2']);
  });

  it('ignores values that are not ids and payloads without any', () => {
    const sut = aggregateIdsOf;

    expect(sut({ householdId: 42, personId: 'p1' })).toEqual([]);
    expect(sut(null)).toEqual([]);
  });
});
