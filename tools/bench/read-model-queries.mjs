// The case-overview service's own read SQL (and the shared calendar it uses), loaded from the
// build (dist/), so the baseline
// always runs exactly the statements the service runs: CASE_SQL and the consent lookup for
// the case view, searchSql() for the search. Only the service's row → view mapping (ages,
// deadline states, consent gating) is left out: that is part of what the gateway path costs.
import { createRequire } from 'node:module';
import path from 'node:path';
import { workspaceRoot } from '../launcher/infra.mjs';

const require = createRequire(import.meta.url);
const dist = path.join(workspaceRoot, 'dist/apps/case-overview-service/src');

/**
 * @param {string} relative
 * @returns {any} the module's exports (the build's JavaScript has no types here)
 */
function load(relative) {
  try {
    return require(path.join(dist, relative));
  } catch (error) {
    throw new Error(
      `cannot load ${relative} from the case-overview build (${error instanceof Error ? error.message : String(error)}); run npm run build`,
    );
  }
}

/** @type {{ CASE_SQL: string, searchSql: (filter: { municipality?: string, name?: string, today: string, dueSoonUntil: string, limit: number }) => { sql: string, params: unknown[] } }} */
const { CASE_SQL, searchSql } = load('cases/case-queries.sql.js');
/** @type {{ latestConsents: (manager: { query: (sql: string, params?: unknown[]) => Promise<unknown[]> }, personIds: string[], municipality?: string) => Promise<unknown> }} */
const { latestConsents } = load('consent/consent.repository.js');
/** @type {{ todayInOslo: () => string, addDays: (day: string, days: number) => string }} */
const { todayInOslo, addDays } = load('../../../libs/contracts/src/common/calendar.js');

/** @typedef {{ municipality?: string, name?: string, limit?: string }} CaseQuery the query string the gateway forwards */
/** @typedef {{ persons: { personId: string }[], consents: unknown } & Record<string, unknown>} CaseView */
/** @typedef {{ items: { members: { personId: string }[] }[], nextCursor: null }} CasePage */

const DUE_SOON_DAYS = 14;

/**
 * typeorm's EntityManager.query() shape over a pg pool: what latestConsents() calls.
 * @param {import('pg').Pool} pool
 */
const managerOf = (pool) => ({
  query: async (/** @type {string} */ sql, /** @type {unknown[] | undefined} */ params) => (await pool.query(sql, params)).rows,
});

export const caseQueries = {
  /**
   * Case view: the same two statements as CasesService.getCase.
   * @param {import('pg').Pool} pool
   * @param {string} householdId
   * @param {CaseQuery} [query]
   * @returns {Promise<CaseView | undefined>}
   */
  async getCase(pool, householdId, query = {}) {
    const municipality = query.municipality;
    const { rows } = await pool.query(CASE_SQL, [householdId, municipality]);
    const row = rows[0];
    if (!row) return undefined;
    const consents = await latestConsents(
      managerOf(pool),
      row.persons.map((/** @type {{ personId: string }} */ p) => p.personId),
      municipality,
    );
    return { ...row, consents };
  },

  /**
   * Search by name fragment within a municipality, as CasesService.search builds it.
   * @param {import('pg').Pool} pool
   * @param {CaseQuery} query
   * @returns {Promise<CasePage>}
   */
  async searchCases(pool, query) {
    const today = todayInOslo();
    const limit = Number(query.limit ?? 25);
    const { sql, params } = searchSql({
      municipality: query.municipality,
      name: query.name,
      today,
      dueSoonUntil: addDays(today, DUE_SOON_DAYS),
      limit,
    });
    const { rows } = await pool.query(sql, params);
    return { items: rows.slice(0, limit), nextCursor: null };
  },
};
