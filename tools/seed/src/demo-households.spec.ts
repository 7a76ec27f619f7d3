import { validateNorwegianId } from '@ankomst/contracts';
import { importedHousehold } from '@ankomst/contracts/housing';
import { demoHouseholds, type GenerationContext, redrawNationalIds } from './demo-households';
import { Random } from './random';

const context = (seed = 7): GenerationContext => ({
  random: new Random(seed),
  municipality: '1103',
  today: '2026-11-23',
  usedIds: new Set(),
});

describe('demoHouseholds', () => {
  const sut = [...demoHouseholds(context(), 2000)];

  it('makes exactly the number of persons asked for', () => {
    expect(sut.reduce((n, h) => n + h.members.length, 0)).toBe(2000);
  });

  it('makes households the housing contract accepts', () => {
    for (const household of sut) expect(importedHousehold.safeParse(household).error).toBeUndefined();
  });

  it('gives valid, unique D-numbers to most but not all persons', () => {
    const ids = sut.flatMap((h) => h.members.map((m) => m.nationalId)).filter((id): id is string => !!id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(1000);
    expect(ids.length).toBeLessThan(2000);
    for (const id of ids) expect(validateNorwegianId(id)).toMatchObject({ valid: true, kind: 'd-nummer' });
  });

  it('covers the five origins, families and unaccompanied minors, and dates nothing after today', () => {
    expect(new Set(sut.map((h) => h.countryOfOrigin))).toEqual(new Set(['SY', 'ER', 'AF', 'UA', 'SO']));
    expect(sut.some((h) => h.origin === 'unaccompanied-minor')).toBe(true);
    expect(sut.some((h) => h.members.length >= 4)).toBe(true);
    const dates = sut.flatMap((h) => [h.settledOn, h.requestedOn, h.home?.startDate, ...h.members.map((m) => m.birthDate)]);
    expect(dates.filter((d): d is string => !!d).every((d) => d <= '2026-11-23')).toBe(true);
  });

  it('is reproducible from its seed', () => {
    expect([...demoHouseholds(context(), 50)]).toEqual([...demoHouseholds(context(), 50)]);
  });

  it('draws new valid numbers for a batch the service refused (numbers taken by an earlier run)', () => {
    const ctx = context(11);
    const batch = [...demoHouseholds(ctx, 200)];
    const before = batch.flatMap((h) => h.members.map((m) => m.nationalId));
    redrawNationalIds(ctx, batch);
    const after = batch.flatMap((h) => h.members.map((m) => m.nationalId));
    expect(after.map((id) => id === null)).toEqual(before.map((id) => id === null));
    const redrawn = after.filter((id): id is string => !!id);
    expect(redrawn.some((id) => before.includes(id))).toBe(false);
    for (const id of redrawn) expect(validateNorwegianId(id).valid).toBe(true);
  });
});
