import type { EventPayload } from '@ankomst/contracts';
import type { householdRegistered, PersonBasics } from '@ankomst/contracts/housing/events';
import { randomUUID } from 'node:crypto';
import { addDays, todayInOslo } from '@ankomst/contracts';

// Synthetic households for tests: invented names, never taken from the seed documents.

type Registered = EventPayload<typeof householdRegistered>;

export function member(
  householdId: string,
  municipality: string,
  overrides: Partial<PersonBasics> & Pick<PersonBasics, 'givenName' | 'birthDate' | 'relationship'>,
): PersonBasics {
  return {
    personId: randomUUID(),
    householdId,
    municipality,
    familyName: 'Fjordvik',
    sex: 'unspecified',
    origin: 'quota-refugee',
    countryOfOrigin: 'SY',
    languages: ['ar'],
    unaccompaniedMinor: false,
    hasNationalId: false,
    residencePermitDate: addDays(todayInOslo(), -220),
    settledOn: null,
    ...overrides,
  };
}

/** Two adults and a child whose residence permit is 220 days old: settlement overdue. */
export function family(municipality: string, familyName = 'Fjordvik'): Registered {
  const householdId = randomUUID();
  return {
    householdId,
    municipality,
    origin: 'quota-refugee',
    countryOfOrigin: 'SY',
    languages: ['ar'],
    requestedOn: addDays(todayInOslo(), -240),
    members: [
      member(householdId, municipality, { givenName: 'Aster', familyName, birthDate: '1985-03-14', relationship: 'head' }),
      member(householdId, municipality, { givenName: 'Berhane', familyName, birthDate: '1988-07-02', relationship: 'spouse' }),
      member(householdId, municipality, { givenName: 'Celo', familyName, birthDate: '2016-01-20', relationship: 'child' }),
    ],
  };
}

/** An unaccompanied minor, permit 100 days ago: beyond the 3-month target. */
export function unaccompaniedMinor(municipality: string): Registered {
  const householdId = randomUUID();
  return {
    householdId,
    municipality,
    origin: 'unaccompanied-minor',
    countryOfOrigin: 'AF',
    languages: ['prs'],
    requestedOn: null,
    members: [
      member(householdId, municipality, {
        givenName: 'Darius',
        familyName: 'Lyngholm',
        birthDate: '2010-05-05',
        relationship: 'head',
        origin: 'unaccompanied-minor',
        countryOfOrigin: 'AF',
        unaccompaniedMinor: true,
        residencePermitDate: addDays(todayInOslo(), -100),
      }),
    ],
  };
}
