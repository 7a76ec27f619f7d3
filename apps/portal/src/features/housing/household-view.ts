import type { HouseholdView } from '@ankomst/contracts/housing';

/** The head of household (or first member) names the household in lists. */
export function householdName(household: HouseholdView): string {
  const head = household.members.find((member) => member.relationship === 'head') ?? household.members[0];
  return head ? `${head.familyName}, ${head.givenName}` : household.id.slice(0, 8);
}

/** Country name in the UI language from its ISO code (Intl knows them all, no table to keep). */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language === 'en' ? 'en' : 'nb'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language === 'en' ? 'en' : 'nb'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
