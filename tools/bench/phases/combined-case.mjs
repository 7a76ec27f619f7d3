// The combined case view on cases that carry every department's section (housing,
// introduction, refugee health, volunteering), as the coordination group reads it. The seed
// gives every settled household housing's, introduction's and health's sections from their
// events; volunteering's comes when a coordinator puts a person on the waiting list for a
// guide, so this phase does that first, through the gateway, for the cases it reads. Without
// the persons' consent the coordination group sees the other departments' sections as
// restricted: the read still joins and filters every section, which is the work measured.
import http from 'node:http';
import { fillPath, findRoute, osloDay } from '../api.mjs';
import { request } from '../lag.mjs';
import { measure } from '../load.mjs';
import { PhaseError } from '../processes.mjs';
import { waitForQuietBus } from '../quiet-bus.mjs';
import { caseRoutePatterns, readModelDatabase, readSetup } from './reads.mjs';

/** @typedef {import('../context.mjs').BenchContext} BenchContext */

/** @param {number} ms */
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const everySection = ['housing', 'introduction', 'health', 'volunteering'];

/** How many cases the phase reads (and, the first time, puts on the guide waiting list). */
const wantedCases = 300;

/**
 * Households of the municipality whose persons carry the given sections between them.
 * @param {import('pg').Pool} db
 * @param {string} municipality
 * @param {string[]} sections
 * @param {number} limit
 * @returns {Promise<string[]>}
 */
async function householdsWith(db, municipality, sections, limit) {
  const { rows } = await db.query(
    `SELECT s.household_id
       FROM read_model.section s JOIN read_model.household h USING (household_id)
      WHERE h.municipality = $1 AND s.section = ANY($2::text[])
      GROUP BY s.household_id
     HAVING count(DISTINCT s.section) = cardinality($2::text[])
      ORDER BY s.household_id
      LIMIT $3`,
    [municipality, sections, limit],
  );
  return rows.map((row) => String(row.household_id));
}

/**
 * Puts one member of each household on the waiting list for a refugee guide, as the
 * volunteer coordinator (POST /api/volunteering/guide-requests).
 * @param {BenchContext} ctx
 * @param {import('../api.mjs').Route[]} routes
 * @param {string[]} householdIds
 */
async function registerGuideRequests(ctx, routes, householdIds) {
  const route = findRoute(routes, 'POST', [/^\/api\/volunteering\/guide-requests$/], "volunteering's waiting-list registration");
  const token = await ctx.login('volunteer-coordinator');
  const { rows } = await ctx
    .db(readModelDatabase)
    .query(
      `SELECT household_id, members->0->>'personId' AS person_id, members->0->>'givenName' AS given_name FROM read_model.household WHERE household_id = ANY($1::uuid[])`,
      [householdIds],
    );
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  /** @type {Record<string, number>} */
  const statuses = {};
  try {
    for (const row of rows) {
      if (!row.person_id) continue;
      const { status, text } = await request(agent, `${ctx.baseUrl}${route.path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: {
          personId: row.person_id,
          householdId: row.household_id,
          registeredOn: osloDay(-1),
          name: `${row.given_name ?? 'Benk'} Venter`.slice(0, 120),
          consentConfirmed: true,
          languages: ['arabisk'],
          area: 'Sentrum',
          availability: ['weekend'],
        },
      });
      statuses[status] = (statuses[status] ?? 0) + 1;
      // 409: registered by an earlier run on the same data.
      if (status !== 201 && status !== 409) throw new PhaseError(`POST ${route.path} answered ${status} ${text.slice(0, 300)}`);
    }
  } finally {
    agent.destroy();
  }
  ctx.log(`  put ${rows.length} persons on the guide waiting list: ${JSON.stringify(statuses)}`);
}

/** @param {BenchContext} ctx */
export async function combinedCasePhase(ctx) {
  const setup = await readSetup(ctx);
  const route = findRoute(setup.routes, 'GET', caseRoutePatterns, 'case endpoint (GET case by household id)');
  const param = route.path.match(/\{(\w+)\}/)?.[1];
  if (!param) throw new PhaseError(`case endpoint GET ${route.path} has no {parameter} for the household id`);
  const db = ctx.db(readModelDatabase);
  let households = await householdsWith(db, setup.municipality, everySection, wantedCases);
  if (households.length < wantedCases) {
    const others = everySection.filter((s) => s !== 'volunteering');
    const candidates = await householdsWith(db, setup.municipality, others, wantedCases);
    if (!candidates.length) {
      const { rows } = await db.query(
        `SELECT s.section, count(DISTINCT s.household_id)::int AS households FROM read_model.section s JOIN read_model.household h USING (household_id) WHERE h.municipality = $1 GROUP BY s.section`,
        [setup.municipality],
      );
      throw new PhaseError(
        `no case in ${setup.municipality} has the ${others.join(', ')} sections; households per section: ${JSON.stringify(rows)}`,
      );
    }
    ctx.log(`${households.length} cases with every department's section; registering guide requests for ${candidates.length} more`);
    await registerGuideRequests(ctx, setup.routes, candidates);
    await waitForQuietBus(ctx, 60_000);
    for (let tries = 0; tries < 60 && households.length < candidates.length; tries++) {
      await delay(1_000);
      households = await householdsWith(db, setup.municipality, everySection, wantedCases);
    }
  }
  if (!households.length) throw new PhaseError(`no case in ${setup.municipality} carries every section (${everySection.join(', ')})`);
  const pick = () => households[Math.floor(Math.random() * households.length)];
  ctx.log(
    `combined case view: GET ${route.path} on ${households.length} cases with ${everySection.join(', ')} sections, as coordination-member`,
  );
  const { connections, durationSeconds, warmupSeconds } = ctx.config;
  const { window: _window, ...measured } = await measure({
    url: ctx.baseUrl,
    connections,
    durationSeconds,
    warmupSeconds,
    headers: { authorization: `Bearer ${setup.token}` },
    nextPath: () => fillPath(route.path, { [param]: pick() }),
    label: 'combined case view',
    processes: { gateway: ctx.stack?.pidOf('gateway'), 'case-overview-service': ctx.stack?.pidOf('case-overview-service') },
  });
  ctx.log(`  ${measured.reqPerSec} req/s, p50 ${measured.p50Ms} ms, p99 ${measured.p99Ms} ms`);
  return { route: `GET ${route.path}`, cases: households.length, sections: everySection, ...measured };
}
