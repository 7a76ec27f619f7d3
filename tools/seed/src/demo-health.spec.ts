import type { ChecklistSummary } from '@ankomst/contracts/health';
import { planHealthDemo } from './demo-health';

const person = (i: number, overrides: Partial<ChecklistSummary> = {}): ChecklistSummary => ({
  personId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  householdId: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  municipality: '1103',
  givenName: 'Demo',
  familyName: 'Demo',
  birthDate: '1985-01-01',
  unaccompaniedMinor: false,
  arrivedOn: '2026-03-01',
  followUp: 'active',
  responsibleUnit: 'refugee-health-service',
  openItems: 5,
  next: null,
  ...overrides,
});

describe('planHealthDemo', () => {
  it('plans about the share of families, the same for the same seed, adults only, one per household', () => {
    const people = Array.from({ length: 400 }, (_, i) => person(i));
    const sut = planHealthDemo(people, 7, 0.1);

    expect(sut.length).toBeGreaterThan(20);
    expect(sut.length).toBeLessThan(60);
    expect(planHealthDemo(people, 7, 0.1)).toEqual(sut);
    expect(new Set(sut.map((p) => p.householdId)).size).toBe(sut.length);
    expect(sut.every((p) => p.units[0] === 'refugee-health-service' && p.needs.length > 0)).toBe(true);
    expect(planHealthDemo([person(1, { birthDate: '2020-01-01' })], 7, 1)).toEqual([]);
  });
});
