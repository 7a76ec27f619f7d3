// Profile: the worst read path (lowest throughput against its baseline in this run, or the
// last published one) again for a short run, with the gateway and the case-overview service
// under `node --cpu-prof`; then the top self-time functions of each.
import fs from 'node:fs';
import path from 'node:path';
import { fillPath, findRoute } from '../api.mjs';
import { formatSummary, summariseFile } from '../cpuprofile-summary.mjs';
import { measure } from '../load.mjs';
import { PhaseError } from '../processes.mjs';
import { caseRoutePatterns, readSetup, searchRoutePatterns } from './reads.mjs';

const pick = (items) => items[Math.floor(Math.random() * items.length)];

function worstPath(ctx) {
  const { caseView, search } = ctx.results ?? {};
  if (caseView?.ratio !== undefined && search?.ratio !== undefined) return search.ratio < caseView.ratio ? 'search' : 'caseView';
  if (search && !caseView) return 'search';
  return 'caseView';
}

function profileOf(dir, pid) {
  const file = fs.readdirSync(dir).find((name) => name.endsWith('.cpuprofile') && name.split('.')[3] === String(pid));
  return file ? path.join(dir, file) : undefined;
}

export async function profilePhase(ctx) {
  const targets =
    ctx.config.profileTarget === 'auto' ? ['gateway', 'case-overview-service'] : ctx.config.profileTarget.split(',');
  const which = worstPath(ctx);
  const profileDir = path.join(ctx.profileDir, new Date().toISOString().replace(/[:.]/g, '-'));
  fs.mkdirSync(profileDir, { recursive: true });
  ctx.profileDir = profileDir;
  const stack = await ctx.ensureStack({ profile: targets });
  const pids = Object.fromEntries(targets.map((app) => [app, stack.pidOf(app)]));
  const setup = await readSetup(ctx);
  let nextPath;
  if (which === 'search') {
    const route = findRoute(setup.routes, 'GET', searchRoutePatterns, 'case search endpoint');
    nextPath = () => `${route.path}?name=${encodeURIComponent(pick(setup.names).toLowerCase().slice(0, 3))}&limit=25`;
  } else {
    const route = findRoute(setup.routes, 'GET', caseRoutePatterns, 'case endpoint');
    const param = route.path.match(/\{(\w+)\}/)[1];
    nextPath = () => fillPath(route.path, { [param]: pick(setup.householdIds) });
  }
  ctx.log(`profiling ${which} for ${ctx.config.profileSeconds} s (${targets.join(' and ')} under --cpu-prof)`);
  const load = await measure({
    url: ctx.baseUrl,
    connections: ctx.config.connections,
    durationSeconds: ctx.config.profileSeconds,
    warmupSeconds: 2,
    headers: { authorization: `Bearer ${setup.token}` },
    nextPath,
    label: `${which} under profiler`,
  });
  await ctx.stopStack();

  const summaries = {};
  const markdown = [
    `Path: **${which}**, ${ctx.config.connections} connections for ${ctx.config.profileSeconds} s with the profiler on: ${load.reqPerSec} req/s, p99 ${load.p99Ms} ms (profiling slows it down). Profiles: ${path.relative(process.cwd(), profileDir)}.`,
    '',
  ];
  for (const app of targets) {
    const file = profileOf(profileDir, pids[app]);
    if (!file) throw new PhaseError(`${app} (pid ${pids[app]}) wrote no .cpuprofile into ${profileDir}`);
    const summary = summariseFile(file, { top: 15, ...load.window });
    summaries[app] = summary;
    markdown.push(`### ${app}`, '', formatSummary(summary, path.basename(file)), '');
    ctx.log(`${app}: ${summary.busyMs} ms busy of ${summary.totalMs} ms; top: ${summary.top.slice(0, 3).map((t) => `${t.function} ${t.selfPct}%`).join(', ')}`);
  }
  return {
    path: which,
    targets,
    load: { ...load, window: undefined },
    summaries,
    markdown: markdown.join('\n'),
    summaryText: targets
      .map((app) => `${app} top self time: ${summaries[app].top.slice(0, 8).map((t) => `${t.function} (${t.package}) ${t.selfPct}%`).join('; ')}`)
      .join('\n'),
  };
}
