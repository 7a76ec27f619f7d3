import { settlementPlan, spreadEvenly, type PlanningInput } from './settlement-planning';

const base: PlanningInput = {
  municipality: '1103',
  year: 2026,
  today: '2026-05-10',
  decided: { total: 40, unaccompaniedMinors: 6 },
  requested: { total: 45, unaccompaniedMinors: 6 },
  settled: { total: 10, unaccompaniedMinors: 2 },
  dwellings: [],
};

describe('settlement planning', () => {
  it('spreads whole persons evenly, the remainder first', () => {
    expect(spreadEvenly(10, 3)).toEqual([4, 3, 3]);
    expect(spreadEvenly(0, 2)).toEqual([0, 0]);
    expect(spreadEvenly(5, 0)).toEqual([]);
  });

  it('plans decided minus settled over the quarters left, minors separately', () => {
    const sut = settlementPlan(base);
    expect(sut.basis).toBe('decision');
    // Others: (40 − 6) − (10 − 2) = 26; minors: 6 − 2 = 4; Q1 has passed.
    expect(sut.remaining).toEqual({ total: 30, unaccompaniedMinors: 4 });
    expect(sut.quarters.map((q) => [q.quarter, q.past, q.toSettle.total, q.toSettle.unaccompaniedMinors])).toEqual([
      ['2026-Q1', true, 0, 0],
      ['2026-Q2', false, 11, 2],
      ['2026-Q3', false, 10, 1],
      ['2026-Q4', false, 9, 1],
    ]);
    expect(sut.quarters.map((q) => q.cumulativeNeed)).toEqual([0, 9, 18, 26]);
  });

  it('plans against the request while the council has not decided, and plans nothing without either', () => {
    expect(settlementPlan({ ...base, decided: null })).toMatchObject({
      basis: 'request',
      remaining: { total: 35, unaccompaniedMinors: 4 },
    });
    const none = settlementPlan({ ...base, decided: null, requested: { total: 0, unaccompaniedMinors: 0 } });
    expect(none).toMatchObject({ basis: 'none', remaining: { total: 0, unaccompaniedMinors: 0 } });
  });

  it('never plans a negative number when more are settled than decided', () => {
    const sut = settlementPlan({ ...base, settled: { total: 50, unaccompaniedMinors: 8 } });
    expect(sut.remaining).toEqual({ total: 0, unaccompaniedMinors: 0 });
    expect(sut.quarters.every((q) => q.shortfall === 0)).toBe(true);
  });

  it('counts vacant dwellings in the current quarter and soon-vacant ones in the quarter they free, by size', () => {
    const sut = settlementPlan({
      ...base,
      dwellings: [
        { rooms: 1, freeFrom: '2026-01-01' },
        { rooms: 3, freeFrom: '2026-05-10' },
        { rooms: 5, freeFrom: '2026-08-01' },
        { rooms: 2, freeFrom: '2027-01-01' },
      ],
    });
    const [q1, q2, q3, q4] = sut.quarters;
    expect(q1.freed.total).toBe(0);
    expect(q2.freed).toEqual({ oneRoom: 1, twoRooms: 0, threeRooms: 1, fourOrMoreRooms: 0, total: 2 });
    expect(q3.freed).toEqual({ oneRoom: 0, twoRooms: 0, threeRooms: 0, fourOrMoreRooms: 1, total: 1 });
    expect(q4.freed.total).toBe(0);
    expect(sut.quarters.map((q) => q.cumulativePlaces)).toEqual([0, 4, 9, 9]);
    // Need 9, 18, 26 against places 4, 9, 9: short from the second quarter on.
    expect(sut.quarters.map((q) => q.shortfall)).toEqual([0, 5, 9, 17]);
  });

  it('plans every quarter of a year ahead and none of a year gone', () => {
    expect(settlementPlan({ ...base, year: 2027, settled: { total: 0, unaccompaniedMinors: 0 } }).quarters.every((q) => !q.past)).toBe(
      true,
    );
    const gone = settlementPlan({ ...base, year: 2025, dwellings: [{ rooms: 2, freeFrom: '2025-01-01' }] });
    expect(gone.quarters.every((q) => q.past && q.toSettle.total === 0 && q.freed.total === 0)).toBe(true);
  });
});
