import type { RegisterHousehold } from '@ankomst/contracts/housing';
import { randomUUID } from 'node:crypto';
import type { NationalIdVault } from '../national-id/national-id-vault';
import { HouseholdEntity, PersonEntity } from './household.entity';

export interface NewHousehold {
  household: HouseholdEntity;
  persons: PersonEntity[];
  /** Which persons have a national id on file (the entities carry only cipher and hash). */
  withNationalId: ReadonlySet<string>;
}

/**
 * Builds the rows of a household to register: a stable uuid per person, national ids
 * sealed by the vault, and every member of an unaccompanied minor's household flagged.
 */
export function newHousehold(
  input: RegisterHousehold & { settledOn?: string | null },
  municipality: string,
  vault: NationalIdVault,
): NewHousehold {
  const household = Object.assign(new HouseholdEntity(), {
    id: randomUUID(),
    municipality,
    origin: input.origin,
    countryOfOrigin: input.countryOfOrigin,
    languages: input.languages,
    requestedOn: input.requestedOn ?? null,
    registeredAt: new Date(),
  });
  const withNationalId = new Set<string>();
  const persons = input.members.map((member) => {
    const id = randomUUID();
    if (member.nationalId) withNationalId.add(id);
    return Object.assign(new PersonEntity(), {
      id,
      householdId: household.id,
      municipality,
      givenName: member.givenName,
      familyName: member.familyName,
      birthDate: member.birthDate,
      sex: member.sex,
      relationship: member.relationship,
      languages: member.languages.length ? member.languages : input.languages,
      unaccompaniedMinor: input.origin === 'unaccompanied-minor',
      nationalIdCipher: member.nationalId ? vault.encrypt(member.nationalId) : null,
      nationalIdHash: member.nationalId ? vault.lookupHash(member.nationalId) : null,
      residencePermitDate: member.residencePermitDate ?? null,
      settledOn: input.settledOn ?? null,
    });
  });
  return { household, persons, withNationalId };
}
