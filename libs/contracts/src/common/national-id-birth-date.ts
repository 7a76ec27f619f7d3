import { withCode } from './issue-codes';
import { validateNorwegianId } from './norwegian-id';

/**
 * A fødselsnummer or D-nummer encodes the birth date; a member whose stated birth date differs
 * from it has one of the two typed wrong. True when there is nothing to compare.
 */
export function nationalIdAgreesWithBirthDate(nationalId: string | null | undefined, birthDate: string | null | undefined): boolean {
  if (!nationalId || !birthDate) return true;
  const result = validateNorwegianId(nationalId);
  return !result.valid || result.birthDate === birthDate;
}

export const nationalIdBirthDateRule = {
  message: 'must agree with the birth date the national id encodes',
  params: withCode('national_id_birth_date_mismatch'),
};
