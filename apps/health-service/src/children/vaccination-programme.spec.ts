import { doseDueOn, vaccinationGaps } from './vaccination-programme';

describe('doseDueOn (hand-worked)', () => {
  it('counts months to the same day, clamped at a month end', () => {
    expect(doseDueOn('2025-08-31', { months: 3 })).toBe('2025-11-30');
    expect(doseDueOn('2025-08-31', { months: 5 })).toBe('2026-01-31');
    expect(doseDueOn('2025-08-31', { months: 6 })).toBe('2026-02-28');
  });

  it('handles a 29 February birthday: 6 weeks is 11 April, 12 months is 28 February', () => {
    expect(doseDueOn('2024-02-29', { weeks: 6 })).toBe('2024-04-11');
    expect(doseDueOn('2024-02-29', { months: 3 })).toBe('2024-05-29');
    expect(doseDueOn('2024-02-29', { months: 12 })).toBe('2025-02-28');
    expect(doseDueOn('2024-02-29', { months: 15 })).toBe('2025-05-29');
  });

  it('puts a grade’s dose at the start of that school year: 2nd grade of a child born 2017 starts August 2024', () => {
    expect(doseDueOn('2017-05-10', { grade: 2 })).toBe('2024-08-01');
    expect(doseDueOn('2017-12-31', { grade: 2 })).toBe('2024-08-01');
    expect(doseDueOn('2017-05-10', { grade: 10 })).toBe('2032-08-01');
  });
});

describe('vaccinationGaps', () => {
  it('lists the missed infant doses of a baby arriving at 6 months, catch-up at arrival, and the doses to come', () => {
    const sut = vaccinationGaps(
      { birthDate: '2025-08-31', arrivedOn: '2026-03-10', given: [{ vaccine: 'rotavirus', givenOn: '2025-10-15' }], riskGroups: [] },
      '2026-03-10',
    );

    expect(sut.gaps).toEqual([
      { vaccine: 'dtap-ipv-hib-hepb', dose: 1, dueOn: '2025-11-30', catchUpBy: '2026-03-10' },
      { vaccine: 'pcv', dose: 1, dueOn: '2025-11-30', catchUpBy: '2026-03-10' },
      { vaccine: 'rotavirus', dose: 2, dueOn: '2025-11-30', catchUpBy: '2026-03-10' },
      { vaccine: 'dtap-ipv-hib-hepb', dose: 2, dueOn: '2026-01-31', catchUpBy: '2026-03-10' },
      { vaccine: 'pcv', dose: 2, dueOn: '2026-01-31', catchUpBy: '2026-03-10' },
    ]);
    expect(sut.upcoming.slice(0, 3)).toEqual([
      { vaccine: 'dtap-ipv-hib-hepb', dose: 3, dueOn: '2026-08-31' },
      { vaccine: 'pcv', dose: 3, dueOn: '2026-08-31' },
      { vaccine: 'mmr', dose: 1, dueOn: '2026-11-30' },
    ]);
  });

  it('gives a 9-year-old catch-up within 3 months of arrival, 2nd grade DTaP-IPV included, 6th grade MMR still to come', () => {
    const sut = vaccinationGaps({ birthDate: '2017-05-10', arrivedOn: '2026-09-01', given: [], riskGroups: [] }, '2026-09-01');

    expect(sut.gaps).toHaveLength(10);
    expect(sut.gaps.every((g) => g.catchUpBy === '2026-12-01')).toBe(true);
    expect(sut.gaps.at(-1)).toMatchObject({ vaccine: 'dtap-ipv', dose: 1, dueOn: '2024-08-01' });
    expect(sut.upcoming[0]).toEqual({ vaccine: 'mmr', dose: 2, dueOn: '2028-08-01' });
  });

  it('counts doses per vaccine: two PCV doses on record leave only the third', () => {
    const sut = vaccinationGaps(
      {
        birthDate: '2024-02-29',
        arrivedOn: '2025-06-01',
        given: [
          { vaccine: 'pcv', givenOn: '2024-06-01' },
          { vaccine: 'pcv', givenOn: '2024-08-01' },
        ],
        riskGroups: [],
      },
      '2025-06-01',
    );
    expect(sut.gaps.filter((g) => g.vaccine === 'pcv')).toEqual([
      { vaccine: 'pcv', dose: 3, dueOn: '2025-02-28', catchUpBy: '2025-06-01' },
    ]);
    expect(sut.gaps.find((g) => g.vaccine === 'mmr')).toEqual({ vaccine: 'mmr', dose: 1, dueOn: '2025-05-29', catchUpBy: '2025-06-01' });
  });

  it('includes BCG and hepatitis B only for the risk group the child is in', () => {
    const input = { birthDate: '2026-01-10', arrivedOn: '2026-02-01', given: [] };
    expect(vaccinationGaps({ ...input, riskGroups: [] }, '2026-02-01').gaps).toEqual([]);
    expect(vaccinationGaps({ ...input, riskGroups: ['tuberculosis'] }, '2026-02-01').gaps).toEqual([
      { vaccine: 'bcg', dose: 1, dueOn: '2026-01-10', catchUpBy: '2026-02-01' },
    ]);
  });

  it('never asks for a dose before it is due: one falling due after arrival is caught up from its own date', () => {
    const sut = vaccinationGaps({ birthDate: '2026-01-10', arrivedOn: '2026-02-01', given: [], riskGroups: [] }, '2026-05-01');
    expect(sut.gaps.map((g) => [g.vaccine, g.dose, g.catchUpBy])).toEqual([
      ['rotavirus', 1, '2026-02-21'],
      ['dtap-ipv-hib-hepb', 1, '2026-04-10'],
      ['pcv', 1, '2026-04-10'],
      ['rotavirus', 2, '2026-04-10'],
    ]);
    expect(sut.upcoming[0]).toEqual({ vaccine: 'dtap-ipv-hib-hepb', dose: 2, dueOn: '2026-06-10' });
  });
});
