import type { HouseholdSituation, ListHouseholds } from '@ankomst/contracts/housing';
import type { SelectQueryBuilder } from 'typeorm';
import type { HouseholdEntity } from './household.entity';

/** The household list's alias for `household`, which the conditions below refer to. */
export const listAlias = 'h';

/** True when some member of the household matches `condition` (on alias `p`). */
const someMember = (condition: string) => `EXISTS (SELECT 1 FROM person p WHERE p.household_id = ${listAlias}.id AND ${condition})`;

// Members still of this household in this municipality (not taken out, not moved away).
const here = 'p.left_on IS NULL AND p.moved_out_at IS NULL';
const someSettled = someMember(`${here} AND p.settled_on IS NOT NULL`);
const someUnsettled = someMember(`${here} AND p.settled_on IS NULL`);
const housed = `EXISTS (SELECT 1 FROM tenancy t WHERE t.household_id = ${listAlias}.id AND t.end_date IS NULL)`;
const approved = `EXISTS (SELECT 1 FROM self_settlement_case c WHERE c.household_id = ${listAlias}.id AND c.status = 'approved')`;

// householdSituation (household-situation.ts) in SQL: the filter finds the rows showing that status.
const statusCondition: Record<HouseholdSituation, string> = {
  settled: `${someSettled} AND NOT ${someUnsettled}`,
  'partly-settled': `${someSettled} AND ${someUnsettled}`,
  'dwelling-allocated': `NOT ${someSettled} AND ${housed}`,
  'self-settlement-approved': `NOT ${someSettled} AND NOT ${housed} AND ${approved}`,
  waiting: `NOT ${someSettled} AND NOT ${housed} AND NOT ${approved}`,
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
