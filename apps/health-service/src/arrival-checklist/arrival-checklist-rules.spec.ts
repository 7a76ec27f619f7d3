import { followUpOf, itemState, planArrivalChecklist, type PlannedItem } from './arrival-checklist-rules';

const byKind = (items: PlannedItem[]) => Object.fromEntries(items.map((i) => [i.kind, i]));

describe('planArrivalChecklist (hand-worked from the day of arrival)', () => {
  it('gives an adult of 35 arriving 20 March TB by 22 March (latest 3 April, alert from 30 March), the rest by 20 June', () => {
    const sut = byKind(planArrivalChecklist('2026-03-20', '1990-05-10'));

    expect(Object.keys(sut)).toEqual([
      'tuberculosis-screening',
      'health-examination',
      'mental-health-screening',
      'adult-mmr',
      'adult-polio',
    ]);
    expect(sut['tuberculosis-screening']).toEqual({
      kind: 'tuberculosis-screening',
      recommendedBy: '2026-03-22',
      dueOn: '2026-04-03',
      latestOn: null,
      alertFrom: '2026-03-30',
      status: 'due',
      responsibleUnit: 'refugee-health-service',
    });
    expect(sut['health-examination']).toMatchObject({
      dueOn: '2026-06-20',
      alertFrom: '2026-06-06',
      responsibleUnit: 'refugee-health-service',
    });
    expect(sut['mental-health-screening']).toMatchObject({ dueOn: '2026-06-20' });
    expect(sut['adult-mmr']).toMatchObject({ dueOn: '2026-06-20', latestOn: '2027-03-20', status: 'due' });
    expect(sut['adult-polio']).toMatchObject({ dueOn: '2026-06-20', latestOn: '2027-03-20', status: 'due' });
  });

  it('clamps 3 months from 30 November to the end of February, 29 February in a leap year', () => {
    expect(byKind(planArrivalChecklist('2026-11-30', '1990-01-01'))['health-examination'].dueOn).toBe('2027-02-28');
    expect(byKind(planArrivalChecklist('2027-11-30', '1990-01-01'))['health-examination'].dueOn).toBe('2028-02-29');
  });

  it('starts catch-up at arrival for a child under 2, across the new year, at the MIGRA station', () => {
    const sut = byKind(planArrivalChecklist('2026-12-28', '2025-06-01'));

    expect(sut['tuberculosis-screening']).toMatchObject({ recommendedBy: '2026-12-30', dueOn: '2027-01-11', alertFrom: '2027-01-07' });
    expect(sut['child-catch-up-vaccination']).toMatchObject({
      dueOn: '2026-12-28',
      alertFrom: '2026-12-28',
      responsibleUnit: 'migra-station',
    });
    expect(sut['health-examination']).toMatchObject({ responsibleUnit: 'migra-station' });
    expect(sut['adult-mmr']).toBeUndefined();
  });

  it('counts a child arriving on its 2nd birthday as 2: catch-up within 3 months', () => {
    expect(byKind(planArrivalChecklist('2026-12-28', '2024-12-28'))['child-catch-up-vaccination'].dueOn).toBe('2027-03-28');
  });

  it('gives a 17-year-old the children’s catch-up and no adult items', () => {
    const sut = byKind(planArrivalChecklist('2026-03-20', '2008-03-21'));
    expect(sut['child-catch-up-vaccination'].dueOn).toBe('2026-06-20');
    expect(sut['adult-polio']).toBeUndefined();
  });

  it('marks MMR not applicable from the 40th birthday on, polio still due', () => {
    const sut = byKind(planArrivalChecklist('2026-03-20', '1986-03-20'));
    expect(sut['adult-mmr'].status).toBe('not-applicable');
    expect(sut['adult-polio'].status).toBe('due');
    expect(byKind(planArrivalChecklist('2026-03-20', '1986-03-21'))['adult-mmr'].status).toBe('due');
  });
});

describe('itemState', () => {
  const [tb, , , mmr] = planArrivalChecklist('2026-03-20', '1990-05-10');

  it('puts TB on the alert list from day 10 and overdue after day 14', () => {
    expect(itemState(tb, '2026-03-29')).toEqual({ state: 'pending', daysLeft: 5 });
    expect(itemState(tb, '2026-03-30')).toEqual({ state: 'alert', daysLeft: 4 });
    expect(itemState(tb, '2026-04-03')).toEqual({ state: 'alert', daysLeft: 0 });
    expect(itemState(tb, '2026-04-04')).toEqual({ state: 'overdue', daysLeft: -1 });
  });

  it('keeps adult MMR overdue until its latest date, then past latest', () => {
    expect(itemState(mmr, '2026-06-21').state).toBe('overdue');
    expect(itemState(mmr, '2027-03-20').state).toBe('overdue');
    expect(itemState(mmr, '2027-03-21').state).toBe('past-latest');
  });

  it('closes done, declined and not-applicable items whatever the day', () => {
    for (const status of ['done', 'declined', 'not-applicable'] as const) {
      expect(itemState({ ...tb, status }, '2030-01-01')).toEqual({ state: 'closed', daysLeft: null });
    }
    expect(itemState({ ...tb, status: 'offered' }, '2026-04-04').state).toBe('overdue');
  });
});

describe('followUpOf', () => {
  it('is none without items, active while one is due or offered, closed when all are settled', () => {
    expect(followUpOf([])).toBe('none');
    expect(followUpOf([{ status: 'done' }, { status: 'offered' }])).toBe('active');
    expect(followUpOf([{ status: 'done' }, { status: 'declined' }, { status: 'not-applicable' }])).toBe('closed');
  });
});
