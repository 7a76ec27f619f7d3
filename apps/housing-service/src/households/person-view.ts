import type { HouseholdView, PersonBasics, PersonView } from '@ankomst/contracts/housing';
import type { HouseholdEntity, PersonEntity } from './household.entity';

/** The person as callers see them. `hasNationalId` tells whether a number is on file, never which. */
export function toPersonView(person: PersonEntity, hasNationalId: boolean): PersonView {
  return {
    id: person.id,
    householdId: person.householdId,
    municipality: person.municipality,
    givenName: person.givenName,
    familyName: person.familyName,
    birthDate: person.birthDate,
    sex: person.sex,
    relationship: person.relationship,
    languages: person.languages,
    unaccompaniedMinor: person.unaccompaniedMinor,
    hasNationalId,
    residencePermitDate: person.residencePermitDate,
    settledOn: person.settledOn,
    movedOut: person.movedOutAt && person.movedTo ? { municipality: person.movedTo, at: person.movedOutAt.toISOString() } : null,
  };
}

/** What events tell other services about a person (no national id, by contract). */
export function toPersonBasics(
  person: PersonEntity,
  household: Pick<HouseholdEntity, 'origin' | 'countryOfOrigin'>,
  hasNationalId: boolean,
): PersonBasics {
  const { id, movedOut: _movedOut, ...view } = toPersonView(person, hasNationalId);
  return { personId: id, ...view, origin: household.origin, countryOfOrigin: household.countryOfOrigin };
}

export function toHouseholdView(household: HouseholdEntity, members: PersonView[]): HouseholdView {
  return {
    id: household.id,
    municipality: household.municipality,
    origin: household.origin,
    countryOfOrigin: household.countryOfOrigin,
    languages: household.languages,
    requestedOn: household.requestedOn,
    registeredAt: household.registeredAt.toISOString(),
    members,
  };
}
