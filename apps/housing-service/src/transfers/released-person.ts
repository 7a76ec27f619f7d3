import type { HouseholdRelationship } from '@ankomst/contracts/housing';
import { randomUUID } from 'node:crypto';
import { HouseholdEntity, PersonEntity } from '../households/household.entity';

/**
 * The receiving municipality's new record of a released person: identity and permit date
 * carried over, the sealed national id copied as it is. Settlement there is a new fact, so
 * no settledOn. `from` is loaded with its cipher and hash.
 */
export function releasedPerson(
  from: PersonEntity,
  to: { personId: string; household: HouseholdEntity; relationship: HouseholdRelationship },
): PersonEntity {
  return Object.assign(new PersonEntity(), {
    id: to.personId,
    householdId: to.household.id,
    municipality: to.household.municipality,
    givenName: from.givenName,
    familyName: from.familyName,
    birthDate: from.birthDate,
    sex: from.sex,
    relationship: to.relationship,
    languages: from.languages,
    unaccompaniedMinor: from.unaccompaniedMinor,
    nationalIdCipher: from.nationalIdCipher,
    nationalIdHash: from.nationalIdHash,
    residencePermitDate: from.residencePermitDate,
    settledOn: null,
    movedOutAt: null,
    movedTo: null,
  });
}

/** A household of their own in the receiving municipality, with what the sender knew of origin and languages. */
export function receivingHousehold(from: HouseholdEntity, municipality: string): HouseholdEntity {
  return Object.assign(new HouseholdEntity(), {
    id: randomUUID(),
    municipality,
    origin: from.origin,
    countryOfOrigin: from.countryOfOrigin,
    languages: from.languages,
    requestedOn: null,
    registeredAt: new Date(),
  });
}
