import { randomUUID } from 'node:crypto';
import { HouseholdEntity, PersonEntity } from '../households/household.entity';
import type { NewHousehold } from '../households/new-household';

/**
 * The receiving municipality's new record of a released person: its own household (the
 * person heads it; the receiver can change that), identity and permit date carried over,
 * the sealed national id copied as it is. Settlement there is a new fact, so no settledOn.
 */
export function releasedPerson(
  from: { person: PersonEntity; household: HouseholdEntity },
  to: { municipality: string; personId: string },
): NewHousehold {
  const household = Object.assign(new HouseholdEntity(), {
    id: randomUUID(),
    municipality: to.municipality,
    origin: from.household.origin,
    countryOfOrigin: from.household.countryOfOrigin,
    languages: from.household.languages,
    requestedOn: null,
    registeredAt: new Date(),
  });
  const person = Object.assign(new PersonEntity(), {
    id: to.personId,
    householdId: household.id,
    municipality: to.municipality,
    givenName: from.person.givenName,
    familyName: from.person.familyName,
    birthDate: from.person.birthDate,
    sex: from.person.sex,
    relationship: 'head' as const,
    languages: from.person.languages,
    unaccompaniedMinor: from.person.unaccompaniedMinor,
    nationalIdCipher: from.person.nationalIdCipher,
    nationalIdHash: from.person.nationalIdHash,
    residencePermitDate: from.person.residencePermitDate,
    settledOn: null,
  });
  return { household, persons: [person], withNationalId: new Set(person.nationalIdHash ? [person.id] : []) };
}
