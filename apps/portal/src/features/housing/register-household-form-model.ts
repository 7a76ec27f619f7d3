import { registerHousehold, type RegisterHousehold } from '@ankomst/contracts/housing';
import type { TFunction } from 'i18next';
import { zodFieldErrors, type FieldErrors } from '../../forms/rule-messages';

export interface MemberDraft {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: string;
  relationship: string;
  nationalId: string;
  residencePermitDate: string;
}

export interface HouseholdDraft {
  origin: string;
  countryOfOrigin: string;
  languages: string[];
  requestedOn: string;
  members: MemberDraft[];
}

export const emptyMember = (relationship = 'head'): MemberDraft => ({
  givenName: '',
  familyName: '',
  birthDate: '',
  sex: 'unspecified',
  relationship,
  nationalId: '',
  residencePermitDate: '',
});

export const emptyHousehold = (): HouseholdDraft => ({
  origin: 'reception-centre',
  countryOfOrigin: '',
  languages: [],
  requestedOn: '',
  members: [emptyMember()],
});

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The form's strings → the contract's body (empty optional fields become null, ids lose spaces). */
export function toRequestBody(draft: HouseholdDraft): unknown {
  return {
    origin: draft.origin,
    countryOfOrigin: draft.countryOfOrigin,
    languages: draft.languages,
    requestedOn: blankToNull(draft.requestedOn),
    members: draft.members.map((member) => ({
      givenName: member.givenName,
      familyName: member.familyName,
      birthDate: member.birthDate,
      sex: member.sex,
      relationship: member.relationship,
      nationalId: blankToNull(member.nationalId.replace(/\s/g, '')),
      languages: draft.languages,
      residencePermitDate: blankToNull(member.residencePermitDate),
    })),
  };
}

/** Validated with the same zod schema the server uses, messages translated. */
export function validateHousehold(
  t: TFunction,
  draft: HouseholdDraft,
): { ok: true; body: RegisterHousehold } | { ok: false; errors: FieldErrors } {
  const parsed = registerHousehold.safeParse(toRequestBody(draft));
  if (parsed.success) return { ok: true, body: parsed.data };
  return { ok: false, errors: zodFieldErrors(t, parsed.error) };
}
