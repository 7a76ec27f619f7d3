import { settledCategory, settlementProgress, splitSettled } from './settlement-progress';

describe('settledCategory', () => {
  it('counts an unaccompanied minor as such whatever the age', () => {
    expect(settledCategory({ unaccompaniedMinor: true, birthDate: '2009-01-01' }, '2025-03-01')).toBe('unaccompaniedMinors');
  });

  it('splits family members at 18 on the settlement day', () => {
    expect(settledCategory({ unaccompaniedMinor: false, birthDate: '2007-03-02' }, '2025-03-01')).toBe('childrenInFamilies');
    expect(settledCategory({ unaccompaniedMinor: false, birthDate: '2007-03-01' }, '2025-03-01')).toBe('adults');
  });
});

describe('settlementProgress', () => {
  // Stavanger 2017 from the annual report: decided 285 (25 EM), settled 253 + 26 EM.
  const settled = { unaccompaniedMinors: 26, adults: 180, childrenInFamilies: 73, total: 279 };

  it('compares settled with the decision and the sum of requests', () => {
    const sut = settlementProgress({
      municipality: '1103',
      year: 2017,
      requests: [
        { total: 260, unaccompaniedMinors: 25 },
        { total: 25, unaccompaniedMinors: 0 },
      ],
      decision: { total: 285, unaccompaniedMinors: 25 },
      settled,
    });
    expect(sut).toEqual({
      municipality: '1103',
      year: 2017,
      requested: { total: 285, unaccompaniedMinors: 25 },
      decided: { total: 285, unaccompaniedMinors: 25 },
      settled,
      percentOfDecided: 97.9,
      percentOfRequested: 97.9,
      unaccompaniedMinorsPercentOfDecided: 104,
      remainingToDecided: 6,
    });
  });

  it('leaves decision-based figures empty while the council has not decided', () => {
    const sut = settlementProgress({
      municipality: '3201',
      year: 2025,
      requests: [{ total: 40, unaccompaniedMinors: 5 }],
      decision: null,
      settled,
    });
    expect(sut.decided).toBeNull();
    expect(sut.percentOfDecided).toBeNull();
    expect(sut.remainingToDecided).toBeNull();
    expect(sut.percentOfRequested).toBe(697.5);
  });

  it('handles a decision lower than the request and no request at all', () => {
    const sut = settlementProgress({
      municipality: '3201',
      year: 2025,
      requests: [],
      decision: { total: 10, unaccompaniedMinors: 0 },
      settled: splitSettled([]),
    });
    expect(sut.requested).toEqual({ total: 0, unaccompaniedMinors: 0 });
    expect(sut.percentOfRequested).toBeNull();
    expect(sut.percentOfDecided).toBe(0);
    expect(sut.unaccompaniedMinorsPercentOfDecided).toBeNull();
  });
});
