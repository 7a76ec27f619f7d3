import { addDays, todayInOslo } from '@ankomst/contracts';
import { type PersonBasics } from '@ankomst/contracts/housing/events';
import { randomUUID } from 'node:crypto';

// Synthetic persons for tests: invented names, never taken from the seed documents.

export function personBasics(overrides: Partial<PersonBasics> = {}): PersonBasics {
  return {
    personId: randomUUID(),
    householdId: randomUUID(),
    municipality: '1103',
    givenName: 'Testa',
    familyName: 'Fjellheim',
    birthDate: '1990-04-12',
    sex: 'female',
    relationship: 'head',
    origin: 'quota-refugee',
    countryOfOrigin: 'SY',
    languages: ['ar'],
    unaccompaniedMinor: false,
    hasNationalId: true,
    residencePermitDate: addDays(todayInOslo(), -200),
    settledOn: null,
    ...overrides,
  };
}

export const settled = (person: PersonBasics, daysAgo: number) => ({
  ...person,
  settledOn: addDays(todayInOslo(), -daysAgo),
  daysFromResidencePermit: null,
  withinTarget: null,
});
