// Profile: the worst path (furthest from its goal in this run, or in the published results)
// again for a short run with its processes under `node --cpu-prof` (reads: gateway and
// case-overview service; event lag: those and the housing service); then the top self-time
// functions of each, over the measured window only.
import fs from 'node:fs';
import path from 'node:path';
import { fillPath, findRoute } from '../api.mjs';
import { formatSummary, summariseFile } from '../cpuprofile-summary.mjs';
import { measure } from '../load.mjs';
import { PhaseError } from '../processes.mjs';
import { goals } from '../report.mjs';
import { prepareCommands, runCommandsAt } from './event-lag.mjs';
import { caseRoutePatterns, readSetup, searchRoutePatterns } from './reads.mjs';

/** @typedef {import('../context.mjs').BenchContext} BenchContext */

/**
 * @template T
 * @param {T[]} items
 * @returns {T}
 */
const pick = (items) => items[Math.floor(Math.random() * items.length)];

/**
 * How far each measured path is from its goals (1 = just met); the worst one is profiled.
 * @param {import('../report.mjs').BenchResults} results
 */
export function missFactors(results) {
  /** @type {Record<string, number>} */
  const factors = {};
  /** @type {[string, number, number][]} */
  const reads = [
    ['caseView', goals.caseViewP99Ms, goals.caseViewRatio],
    ['search', goals.searchP99Ms, goals.searchRatio],
  ];
  for (const [key, p99Goal, ratioGoal] of reads) {
    const r = results[key];
    if (r?.p99Ms !== undefined) factors[key] = Math.max(r.p99Ms / p99Goal, r.ratio ? ratioGoal / r.ratio : 0);
  }
  const lag = results.eventLag?.['200'];
  if (lag?.p99Ms !== undefined) factors.eventLag = lag.p99Ms / goals.eventLagP99MsAt200;
  return factors;
}

/**
 * @param {BenchContext} ctx
 * @returns {string}
 */
function worstPath(ctx) {
  if (ctx.config.profilePath !== 'auto') return ctx.config.profilePath;
  const factors = Object.entries(missFactors(ctx.results ?? {})).sort((a, b) => b[1] - a[1]);
  return factors[0]?.[0] ?? 'caseView';
}

/** @type {Record<string, string[]>} */
const appsOf = {
  caseView: ['gateway', 'case-overview-service'],
  search: ['gateway', 'case-overview-service'],
  eventLag: ['gateway', 'housing-service', 'case-overview-service'],
};

/**
 * @param {string} dir
 * @param {number | undefined} pid
 */
function profileOf(dir, pid) {
  const file = fs.readdirSync(dir).find((name) => name.endsWith('.cpuprofile') && name.split('.')[3] === String(pid));
  return file ? path.join(dir, file) : undefined;
}

/** @param {BenchContext} ctx */
export async function profilePhase(ctx) {
  const which = worstPath(ctx);
  if (!appsOf[which]) throw new PhaseError(`unknown profile path ${which}: caseView, search or eventLag`);
  const targets = ctx.config.profileTarget === 'auto' ? appsOf[which] : ctx.config.profileTarget.split(',');
  const profileDir = path.join(ctx.profileDir, new Date().toISOString().replace(/[:.]/g, '-'));
  fs.mkdirSync(profileDir, { recursive: true });
  ctx.profileDir = profileDir;
  const stack = await ctx.ensureStack({ profile: targets });
  const pids = Object.fromEntries(targets.map((app) => [app, stack.pidOf(app)]));
  // What the database sessions of the services wait on meanwhile (sampled every 20 ms):
  // serialisation on a lock shows here, not in a CPU profile.
  const waits = sampleDatabaseWaits(ctx);
  let load;
  try {
    load = which === 'eventLag' ? await profileCommands(ctx) : await profileReads(ctx, which);
  } finally {
    await waits.stop();
  }
  await ctx.stopStack();
  const dbWaits = waits.summary();

  /** @type {Record<string, import('../cpuprofile-summary.mjs').ProfileSummary>} */
  const summaries = {};
  const markdown = [
    `Path: **${which}**, ${load.description} (profiling slows it down). Profiles: ${path.relative(process.cwd(), profileDir)}.`,
    '',
    `Database sessions of the services, sampled every 20 ms during the run (${dbWaits.samples} samples): average number active per database and what they were doing or waiting for.`,
    '',
    '| database | state / wait | avg sessions |',
    '|---|---|---:|',
    ...dbWaits.rows.map((r) => `| ${r.database} | ${r.what} | ${r.average} |`),
    '',
  ];
  for (const app of targets) {
    const file = profileOf(profileDir, pids[app]);
    if (!file) throw new PhaseError(`${app} (pid ${pids[app]}) wrote no .cpuprofile into ${profileDir}`);
    const summary = summariseFile(file, { top: 15, ...load.window });
    summaries[app] = summary;
    markdown.push(`### ${app}`, '', formatSummary(summary, path.basename(file)), '');
    ctx.log(
      `${app}: ${summary.busyMs} ms busy of ${summary.totalMs} ms; top: ${summary.top
        .slice(0, 3)
        .map((t) => `${t.function} ${t.selfPct}%`)
        .join(', ')}`,
    );
  }
  return {
    path: which,
    targets,
    load: { ...load, window: undefined },
    dbWaits,
    summaries,
    markdown: markdown.join('\n'),
    summaryText: targets
      .map(
        (app) =>
          `${app} top self time: ${summaries[app].top
            .slice(0, 8)
            .map((t) => `${t.function} (${t.package}) ${t.selfPct}%`)
            .join('; ')}`,
      )
      .join('\n'),
  };
}

/**
 * @param {BenchContext} ctx
 * @param {string} which 'caseView' or 'search'
 */
async function profileReads(ctx, which) {
  const setup = await readSetup(ctx);
  /** @type {() => string} */
  let nextPath;
  if (which === 'search') {
    const route = findRoute(setup.routes, 'GET', searchRoutePatterns, 'case search endpoint');
    nextPath = () => `${route.path}?name=${encodeURIComponent(pick(setup.names).toLowerCase().slice(0, 3))}&limit=25`;
  } else {
    const route = findRoute(setup.routes, 'GET', caseRoutePatterns, 'case endpoint');
    const param = route.path.match(/\{(\w+)\}/)?.[1];
    if (!param) throw new PhaseError(`case endpoint GET ${route.path} has no {parameter} for the household id`);
    nextPath = () => fillPath(route.path, { [param]: pick(setup.householdIds) });
  }
  ctx.log(`profiling ${which}: ${ctx.config.connections} connections for ${ctx.config.profileSeconds} s`);
  const load = await measure({
    url: ctx.baseUrl,
    connections: ctx.config.connections,
    durationSeconds: ctx.config.profileSeconds,
    warmupSeconds: 2,
    headers: { authorization: `Bearer ${setup.token}` },
    nextPath,
    label: `${which} under profiler`,
  });
  return {
    ...load,
    description: `${ctx.config.connections} connections for ${ctx.config.profileSeconds} s: ${load.reqPerSec} req/s, p99 ${load.p99Ms} ms`,
  };
}

/**
 * The event-lag path at the lowest lag rate, with the same commands as the lag phase.
 * @param {BenchContext} ctx
 */
async function profileCommands(ctx) {
  const rate = Math.min(...ctx.config.lagRates);
  const seconds = ctx.config.profileSeconds;
  const prepared = await prepareCommands(ctx, rate * seconds);
  ctx.log(`profiling event lag: ${prepared.route.method} ${prepared.route.path} at ${rate}/s for ${seconds} s`);
  const fromUs = Number(process.hrtime.bigint() / 1000n);
  const lag = await runCommandsAt(ctx, prepared, { rate, batch: prepared.persons, label: 'Prof' });
  const toUs = Number(process.hrtime.bigint() / 1000n);
  return {
    rate,
    p50Ms: lag.p50Ms,
    p99Ms: lag.p99Ms,
    window: { fromUs, toUs },
    description: `${prepared.kind} commands at ${rate}/s for ${seconds} s: lag p50 ${lag.p50Ms} ms, p99 ${lag.p99Ms} ms, command p50 ${lag.commandP50Ms} ms`,
  };
}

/** @param {BenchContext} ctx */
function sampleDatabaseWaits(ctx) {
  /** @type {Map<string, number>} "database\twhat" -> samples */
  const counts = new Map();
  let samples = 0;
  let running = true;
  const db = ctx.db('postgres');
  const loop = (async () => {
    while (running) {
      try {
        const { rows } = await db.query(
          `SELECT datname, state, wait_event_type, wait_event, left(query, 60) AS query FROM pg_stat_activity
            WHERE datname LIKE 'ankomst_%' AND state <> 'idle' AND pid <> pg_backend_pid()`,
        );
        samples += 1;
        for (const row of rows) {
          const what = row.wait_event ? `${row.state}, waiting: ${row.wait_event_type}/${row.wait_event}` : `${row.state}, on CPU`;
          const key = `${row.datname}\t${what}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      } catch {
        // a sample lost while the stack stops: ignore
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
    },
    summary: () => ({
      samples,
      rows: [...counts.entries()]
        .map(([key, n]) => {
          const [database, what] = key.split('\t');
          return { database, what, average: Math.round((100 * n) / Math.max(samples, 1)) / 100 };
        })
        .filter((r) => r.average >= 0.01)
        .sort((a, b) => a.database.localeCompare(b.database) || b.average - a.average),
    }),
  };
}
