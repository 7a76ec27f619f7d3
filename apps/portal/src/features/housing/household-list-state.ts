import {
  arrivalOrigin,
  type ArrivalOrigin,
  householdNameSearch,
  householdSituation,
  type HouseholdSituation,
} from '@ankomst/contracts/housing';
import type { HouseholdQuery } from './api/housing-api';

export const householdPageSize = 50;

/** What the household list shows, as read from the URL (`q`, `origin`, `status`, `minors`, `page`). */
export interface HouseholdListState {
  search: string;
  origin: ArrivalOrigin | '';
  status: HouseholdSituation | '';
  minorsOnly: boolean;
  /** 1-based, as people count pages. */
  page: number;
}

/** A hand-edited or outdated URL falls back to "no filter" and the first page instead of failing. */
export function readListState(params: URLSearchParams): HouseholdListState {
  const origin = arrivalOrigin.safeParse(params.get('origin'));
  const status = householdSituation.safeParse(params.get('status'));
  const page = Number(params.get('page'));
  return {
    search: params.get('q') ?? '',
    origin: origin.success ? origin.data : '',
    status: status.success ? status.data : '',
    minorsOnly: params.get('minors') === '1',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/**
 * The search as the API takes it, or the contract's rule it breaks (too short, a national id).
 * A blank search is no search.
 */
export function checkSearch(text: string): { term?: string; rule?: string } {
  if (!text.trim()) return {};
  const result = householdNameSearch.safeParse(text);
  return result.success ? { term: result.data } : { rule: result.error.issues[0]?.message };
}

/** A search the API would refuse is left out, so the list stays usable while its rule is shown. */
export function toHouseholdQuery(state: HouseholdListState): HouseholdQuery {
  return {
    search: checkSearch(state.search).term,
    origin: state.origin || undefined,
    status: state.status || undefined,
    minorsOnly: state.minorsOnly || undefined,
    limit: householdPageSize,
    offset: (state.page - 1) * householdPageSize,
  };
}

export const pageCount = (total: number) => Math.max(1, Math.ceil(total / householdPageSize));

/** The rows shown, counted from 1, for "Showing 51–100 of 1234". */
export function shownRange(state: HouseholdListState, shown: number) {
  const from = (state.page - 1) * householdPageSize + 1;
  return { from, to: from + shown - 1 };
}
