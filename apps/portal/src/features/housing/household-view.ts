import type { HouseholdStatus, HouseholdView } from '@ankomst/contracts/housing';

/**
 * Derived from members' settlement dates: the list has no status column of its own. The
 * housing service filters the list by the same rule (`household-list-filters.ts`).
 */
export function householdStatus(household: HouseholdView): HouseholdStatus {
  const settled = household.members.filter((member) => member.settledOn).length;
  if (settled === 0) return 'waiting';
  return settled === household.members.length ? 'settled' : 'partly-settled';
}

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
