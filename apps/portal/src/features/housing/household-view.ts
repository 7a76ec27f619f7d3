import type { HouseholdView } from '@ankomst/contracts';

export type HouseholdStatus = 'settled' | 'partly-settled' | 'waiting';

/** Derived from members' settlement dates: the list has no status column of its own. */
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

export interface HouseholdFilters {
  search: string;
  origin: string;
  status: string;
  minorsOnly: boolean;
}

export const emptyFilters: HouseholdFilters = { search: '', origin: '', status: '', minorsOnly: false };

export function filterHouseholds(households: HouseholdView[], filters: HouseholdFilters): HouseholdView[] {
  const needle = filters.search.trim().toLocaleLowerCase('nb');
  return households.filter((household) => {
    if (filters.origin && household.origin !== filters.origin) return false;
    if (filters.status && householdStatus(household) !== filters.status) return false;
    if (filters.minorsOnly && !household.members.some((member) => member.unaccompaniedMinor)) return false;
    if (!needle) return true;
    return household.members.some((member) =>
      `${member.givenName} ${member.familyName}`.toLocaleLowerCase('nb').includes(needle),
    );
  });
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
