#!/usr/bin/env node
// `npm run bench`: performance benchmarks of Ankomst on this machine, unattended.
//
// Phases (in this order; `--only a,b` runs a subset, each fails on its own with a clear message):
//   startup   launcher (`npm start`, already built) to green /api/health: empty, then existing databases
//   seed      tools/seed with --persons N (persons/s), then until the case read model has them all
//   caseView  autocannon on GET case endpoint vs a minimal Fastify+pg baseline running the same SQL
//   search    the same for the search endpoint
//   combinedCase  the case view on cases with every department's section (volunteering's registered first)
//   departmentReads  each department's main list (introduction, refugee health, volunteering) as its role
//   departmentCommands  each department's main command at the lowest lag rate, as its role (volunteering: the public sign-up)
//   eventLag  housing commands at fixed rates through the gateway, time until visible in the case view
//   profile   the worst path again with its process under node --cpu-prof, top self-time functions
//   casePage  the case page in Chromium (portal served): time from navigation to content, p50/p95
//
// Everything runs against a private embedded Postgres and nats-server on free ports with data
// under tmp/bench/ (never the developers' databases). Results: docs/benchmarks.md and .json.
// Exit code 1 only when a phase could not run (missing endpoint, crash), never for missed goals.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { workspaceRoot } from '../launcher/infra.mjs';
import { build } from '../build/build.mjs';
import { startBenchInfra, benchDir } from './infra.mjs';
import { logDir, PhaseError } from './processes.mjs';
import { consoleTable, machine, mergeResults, readJson, tableRows, writeReport } from './report.mjs';
import { renderMarkdown } from './markdown.mjs';
import { createContext } from './context.mjs';
import { startupPhase } from './phases/startup.mjs';
import { seedPhase } from './phases/seed.mjs';
import { caseViewPhase, searchPhase } from './phases/reads.mjs';
import { departmentReadsPhase } from './phases/department-reads.mjs';
import { combinedCasePhase } from './phases/combined-case.mjs';
import { departmentCommandsPhase } from './phases/department-commands.mjs';
import { eventLagPhase } from './phases/event-lag.mjs';
import { profilePhase } from './phases/profile.mjs';
import { casePagePhase } from './phases/case-page.mjs';
import { watchOtherCpu } from './other-cpu.mjs';

/** @type {[string, (ctx: import('./context.mjs').BenchContext) => Promise<object | undefined>][]} */
const phases = [
  ['startup', startupPhase],
  ['seed', seedPhase],
  ['caseView', caseViewPhase],
  ['search', searchPhase],
  ['combinedCase', combinedCasePhase],
  ['departmentReads', departmentReadsPhase],
  ['departmentCommands', departmentCommandsPhase],
  ['eventLag', eventLagPhase],
  ['profile', profilePhase],
  ['casePage', casePagePhase],
];

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    persons: { type: 'string', default: '100000' },
    municipalities: { type: 'string', default: '1103,3201,3301,0301,4601,5001' },
    duration: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '20' },
    'lag-rates': { type: 'string', default: '200,1000' },
    'lag-seconds': { type: 'string', default: '10' },
    'profile-seconds': { type: 'string', default: '10' },
    'profile-target': { type: 'string', default: 'auto' },
    'profile-path': { type: 'string', default: 'auto' },
    'log-level': { type: 'string' },
    reuse: { type: 'boolean', default: false },
    'no-audit-variants': { type: 'boolean', default: false },
    'catch-up-budget': { type: 'string', default: '240' },
    'target-minutes': { type: 'string', default: '14' },
    'seed-args': { type: 'string' },
    'out-dir': { type: 'string', default: 'docs' },
    'no-write': { type: 'boolean', default: false },
    note: { type: 'string' },
    'render-only': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  const header = fs
    .readFileSync(new URL(import.meta.url), 'utf8')
    .split('\n')
    .slice(1, 16);
  console.log(header.map((line) => line.replace(/^\/\/ ?/, '')).join('\n'));
  console.log('Options: --only a,b  --persons N  --municipalities 1103,3201  --duration s  --warmup s');
  console.log('  --connections n  --lag-rates 200,1000  --lag-seconds s  --profile-seconds s');
  console.log('  --profile-path auto|caseView|search|eventLag  --profile-target auto|gateway,housing-service,…');
  console.log('  --log-level warn  --reuse (keep tmp/bench data)  --catch-up-budget 240 (s to wait for the read model)');
  console.log('  --seed-args "--concurrency 4" (passed to tools/seed)  --no-audit-variants (skip baseline + audit runs)');
  console.log('  --out-dir docs  --no-write  --note "text for the doc"');
  process.exit(0);
}

// `--render-only <results.json>`: rewrite <out-dir>/benchmarks.md and .json from saved results
// (e.g. after editing tools/bench/findings.md), without measuring anything.
if (args['render-only']) {
  const outDir = path.resolve(workspaceRoot, args['out-dir']);
  const saved = readJson(path.resolve(args['render-only']));
  if (!saved.machine) {
    console.error(`${args['render-only']}: not a benchmarks.json`);
    process.exit(2);
  }
  if (args.note) saved.lastRun = { ...saved.lastRun, note: args.note };
  writeReport({ outDir, results: saved, markdown: renderMarkdown(saved, tableRows(saved)) });
  console.log(consoleTable(tableRows(saved)));
  process.exit(0);
}

const selected = args.only
  ? args.only
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
  : phases.map(([name]) => name);
const unknown = selected.filter((name) => !phases.some(([p]) => p === name));
if (unknown.length) {
  console.error(`Unknown phase(s): ${unknown.join(', ')}. Phases: ${phases.map(([p]) => p).join(', ')}`);
  process.exit(2);
}

/** @param {string} message */
const log = (message) => console.log(`      ${message}`);
const startedAt = Date.now();
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(0)} s`;

async function main() {
  console.log(`Ankomst bench: ${selected.join(', ')}`);
  fs.rmSync(logDir, { recursive: true, force: true });
  console.log('\n[build] npm run build (not timed)');
  // The server apps are built before the portal; a broken portal (someone's work in progress)
  // does not stop the bench, but the launcher's own build in the start-up phase will fail.
  /** @type {string[]} */
  const buildLog = [];
  try {
    log(`built: ${await build({ log: (line) => buildLog.push(line) })}`);
  } catch (error) {
    fs.mkdirSync(benchDir, { recursive: true });
    fs.writeFileSync(path.join(benchDir, 'build.log'), buildLog.join('\n'));
    log(
      `build failed (${error instanceof Error ? error.message : String(error)}); continuing with the server build in dist/ (output in tmp/bench/build.log)`,
    );
  }

  console.log('\n[infra] private Postgres and nats-server');
  const infra = await startBenchInfra({ fresh: !args.reuse, log });
  const ctx = await createContext({ infra, args, log });
  const outDir = path.resolve(workspaceRoot, args['out-dir']);
  const previous = args.only ? readJson(path.join(outDir, 'benchmarks.json')) : {};
  /** @type {import('./report.mjs').BenchResults} */
  const results = { machine: machine(), config: ctx.config };
  const otherCpu = watchOtherCpu();
  // Phases see this run's results first, then the published ones (e.g. which path is worst).
  ctx.results = new Proxy(results, { get: (target, key) => Reflect.get(target, key) ?? Reflect.get(previous, key) });
  /** @type {{ phase: string, message: string }[]} */
  const errors = [];
  try {
    for (const [name, run] of phases) {
      if (!selected.includes(name)) continue;
      console.log(`\n[${name}] (${elapsed()} into the run)`);
      try {
        const result = await run(ctx);
        if (result !== undefined) results[name] = { ...result, measuredAt: new Date().toISOString() };
      } catch (error) {
        const message =
          error instanceof PhaseError ? error.message : error instanceof Error ? (error.stack ?? String(error)) : String(error);
        console.error(`      ✘ ${name} failed: ${message}`);
        errors.push({ phase: name, message: message.split('\n')[0] });
      }
    }
    if (ctx.backlog) results.readModelBacklog = ctx.backlog;
  } finally {
    console.log('\n[cleanup] stopping services, Postgres and nats-server');
    await ctx.close();
    await infra.stop();
  }

  const merged = mergeResults(previous, results);
  merged.errors = errors;
  const loadAtEnd = Math.round(os.loadavg()[0] * 10) / 10;
  // The load average counts the bench's own services and load generator too: judge by what
  // processes outside the bench used (more than a tenth of the machine makes the run noisy).
  const others = otherCpu.stop();
  const noisy = others.shareOfMachine > 0.1;
  merged.lastRun = {
    phases: selected,
    date: new Date().toISOString(),
    seconds: Math.round((Date.now() - startedAt) / 1000),
    loadAverage1m: { start: results.machine.loadAverage1m, end: loadAtEnd },
    otherProcessesCpu: others,
    noisy,
    note: args.note,
  };
  console.log(
    `\nProcesses outside the bench used ${others.cpuSeconds} CPU seconds, ${Math.round(others.shareOfMachine * 100)} % of the ${results.machine.nproc} cores over the run${noisy ? ': figures are noisy' : ''}.`,
  );
  const rows = tableRows(merged);
  console.log(
    `\nResults (${elapsed()}, machine: ${merged.machine.nproc} cores ${merged.machine.cpuModel}, ${merged.machine.memoryGiB} GiB, node ${merged.machine.node})\n`,
  );
  console.log(consoleTable(rows));
  if (merged.profile?.summaryText) console.log(`\n${merged.profile.summaryText}`);
  if (!args['no-write']) {
    writeReport({ outDir, results: merged, markdown: renderMarkdown(merged, rows) });
    console.log(
      `\nWrote ${path.relative(workspaceRoot, outDir)}/benchmarks.md and benchmarks.json (logs in ${path.relative(workspaceRoot, benchDir)}/logs)`,
    );
  }
  if (errors.length) {
    console.error(`\n${errors.length} phase(s) failed: ${errors.map((e) => e.phase).join(', ')}`);
    process.exitCode = 1;
  }
}

main()
  .catch((error) => {
    console.error(error instanceof PhaseError ? error.message : error);
    process.exitCode = 1;
  })
  // Nothing of ours should still run; do not let a stray handle keep the process alive.
  .finally(() => process.exit());
