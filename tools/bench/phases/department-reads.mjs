// Each department's main read through the gateway, beside the case view: the list a case
// worker opens first (introduction's participants, refugee health's arrival checklists,
// volunteering's guides), as that department's role, under the same closed-loop load. There
// is no bare baseline for these yet, so the figures stand against the p99 goal only.
import { findRoute, openApiRoutes } from '../api.mjs';
import { measure } from '../load.mjs';
import { checkOnce } from './reads.mjs';
import { waitForReadModelBacklog } from './seed.mjs';

/** @typedef {import('../context.mjs').BenchContext} BenchContext */

/** The departments' main reads: who reads, and which list. */
export const departmentReads = [
  { department: 'introduction', role: 'intro-advisor', service: 'introduction-service', path: /^\/api\/introduction\/participants$/ },
  { department: 'refugee health', role: 'health-worker', service: 'health-service', path: /^\/api\/refugee-health\/arrival-checklists$/ },
  { department: 'volunteering', role: 'volunteer-coordinator', service: 'volunteering-service', path: /^\/api\/volunteering\/guides$/ },
];

/** @param {BenchContext} ctx */
export async function departmentReadsPhase(ctx) {
  await ctx.ensureStack();
  await waitForReadModelBacklog(ctx);
  const routes = await openApiRoutes(ctx.baseUrl);
  const { connections, durationSeconds, warmupSeconds } = ctx.config;
  /** @type {Record<string, unknown>} */
  const results = {};
  for (const read of departmentReads) {
    const route = findRoute(routes, 'GET', [read.path], `${read.department}'s main list`);
    const token = await ctx.login(read.role);
    const headers = { authorization: `Bearer ${token}` };
    // Pages of 25 at random offsets within the first hundred, so not every request reads one page.
    const nextPath = () => `${route.path}?limit=25&offset=${25 * Math.floor(Math.random() * 4)}`;
    const body = await checkOnce(`${ctx.baseUrl}${nextPath()}`, headers, `${read.department} as ${read.role}`);
    const total = /** @type {{ total?: number }} */ (JSON.parse(body)).total;
    ctx.log(`${read.department}: GET ${route.path} as ${read.role} (${total ?? '?'} in the list), ${connections} connections`);
    const { window: _window, ...measured } = await measure({
      url: ctx.baseUrl,
      connections,
      durationSeconds,
      warmupSeconds,
      headers,
      nextPath,
      label: `${read.department} main read`,
      processes: { gateway: ctx.stack?.pidOf('gateway'), [read.service]: ctx.stack?.pidOf(read.service) },
    });
    ctx.log(
      `  ${measured.reqPerSec} req/s, p50 ${measured.p50Ms} ms, p99 ${measured.p99Ms} ms, CPU ms per request ${JSON.stringify(measured.cpuMsPerRequest)}`,
    );
    results[read.department] = { route: `GET ${route.path}`, role: read.role, listTotal: total, ...measured };
  }
  return results;
}
