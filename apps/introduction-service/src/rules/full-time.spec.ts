import { checkFullTime, missingMandatory, mondayOf, type PlannedMeasure } from './full-time';

const measure = (kind: PlannedMeasure['kind'], hoursPerWeek: number, from = '2026-01-05', to = '2026-01-18'): PlannedMeasure => ({
  kind,
  hoursPerWeek,
  from,
  to,
});

const basics = [measure('norwegian', 15), measure('samfunnskunnskap', 4), measure('livsmestring', 3.5), measure('work-practice', 15)];

describe('mondayOf', () => {
  it('finds the Monday of the ISO week, across a month end and a leap day', () => {
    expect(mondayOf('2026-01-05')).toBe('2026-01-05');
    expect(mondayOf('2026-01-11')).toBe('2026-01-05');
    expect(mondayOf('2026-03-01')).toBe('2026-02-23');
    expect(mondayOf('2028-03-01')).toBe('2028-02-28');
  });
});

describe('checkFullTime', () => {
  it('reaches 37.5 hours: 15 + 4 + 3.5 + 15', () => {
    const sut = checkFullTime({ startDate: '2026-01-05', endDate: '2026-01-18', measures: basics, hasOrExpectsChildren: false });
    expect(sut.weeks).toEqual([
      { weekStart: '2026-01-05', hours: 37.5, requiredHours: 37.5, fullTime: true },
      { weekStart: '2026-01-12', hours: 37.5, requiredHours: 37.5, fullTime: true },
    ]);
    expect(sut).toMatchObject({ missing: [], complete: true });
  });

  it('falls short at 37 hours, and in a week where a measure has ended', () => {
    const measures = [...basics.slice(0, 3), measure('work-practice', 14.5, '2026-01-05', '2026-01-11')];
    const sut = checkFullTime({ startDate: '2026-01-05', endDate: '2026-01-18', measures, hasOrExpectsChildren: false });
    expect(sut.weeks.map((w) => [w.hours, w.fullTime])).toEqual([
      [37, false],
      [22.5, false],
    ]);
    expect(sut.complete).toBe(false);
  });

  it('needs only 30 hours in a week with a self-study measure (education)', () => {
    const measures = [measure('norwegian', 10), measure('samfunnskunnskap', 2), measure('livsmestring', 2), measure('education', 16)];
    const sut = checkFullTime({ startDate: '2026-01-05', endDate: '2026-01-11', measures, hasOrExpectsChildren: false });
    expect(sut.weeks).toEqual([{ weekStart: '2026-01-05', hours: 30, requiredHours: 30, fullTime: true }]);
  });

  it('lets the plan mark a measure as needing self-study', () => {
    const measures = [...basics.slice(0, 3), { ...measure('work-practice', 7.5), substantialSelfStudy: true }];
    const sut = checkFullTime({ startDate: '2026-01-05', endDate: '2026-01-11', measures, hasOrExpectsChildren: false });
    expect(sut.weeks[0]).toMatchObject({ hours: 30, requiredHours: 30, fullTime: true });
  });
});

describe('missingMandatory', () => {
  it('names every mandatory element of an empty plan, foreldreveiledning only for parents', () => {
    expect(missingMandatory([], false)).toEqual(['norwegian', 'samfunnskunnskap', 'livsmestring', 'work-or-education']);
    expect(missingMandatory([], true)).toEqual([
      'norwegian',
      'samfunnskunnskap',
      'livsmestring',
      'foreldreveiledning',
      'work-or-education',
    ]);
  });

  it('asks a parent for foreldreveiledning even when the rest is there', () => {
    expect(missingMandatory(basics, true)).toEqual(['foreldreveiledning']);
    expect(missingMandatory([...basics, measure('foreldreveiledning', 2)], true)).toEqual([]);
  });

  it('does not count language practice as the work/education element, nor a measure of 0 hours', () => {
    expect(missingMandatory([...basics.slice(0, 3), measure('language-practice', 15)], false)).toEqual(['work-or-education']);
    expect(missingMandatory([...basics.slice(0, 3), measure('work-practice', 0)], false)).toEqual(['work-or-education']);
  });
});
