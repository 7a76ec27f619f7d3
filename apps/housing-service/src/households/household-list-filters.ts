import type { HouseholdStatus, ListHouseholds } from '@ankomst/contracts/housing';
import type { SelectQueryBuilder } from 'typeorm';
import type { HouseholdEntity } from './household.entity';

/** The household list's alias for `household`, which the conditions below refer to. */
export const listAlias = 'h';

/** True when some member of the household matches `condition` (on alias `p`). */
const someMember = (condition: string) => `EXISTS (SELECT 1 FROM person p WHERE p.household_id = ${listAlias}.id AND ${condition})`;

const someSettled = someMember('p.settled_on IS NOT NULL');
const someUnsettled = someMember('p.settled_on IS NULL');

// The same rule as the portal's `householdStatus`: counted over members' settlement dates.
const statusCondition: Record<HouseholdStatus, string> = {
  waiting: `NOT ${someSettled}`,
  'partly-settled': `${someSettled} AND ${someUnsettled}`,
  settled: `${someSettled} AND NOT ${someUnsettled}`,
};

/**
 * The expression the trigram index `person_name_search_idx` is built on; it must stay
 * character for character the same for the planner to use that index.
 */
const memberName = `lower(p.given_name || ' ' || p.family_name)`;

/** `%` and `_` typed by the user are letters to look for, not LIKE wildcards. */
export function containsPattern(fragment: string): string {
  return `%${fragment.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Narrows the list to what the officer asked for; each filter is left out when not given. */
export function applyHouseholdFilters(
  query: SelectQueryBuilder<HouseholdEntity>,
  { search, origin, status, minorsOnly }: ListHouseholds,
): SelectQueryBuilder<HouseholdEntity> {
  if (search) query.andWhere(someMember(`${memberName} LIKE lower(:namePattern)`), { namePattern: containsPattern(search) });
  if (origin) query.andWhere(`${listAlias}.origin = :origin`, { origin });
  if (status) query.andWhere(statusCondition[status]);
  if (minorsOnly) query.andWhere(someMember('p.unaccompanied_minor'));
  return query;
}
