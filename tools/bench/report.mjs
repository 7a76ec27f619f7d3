// The results table (console and docs/benchmarks.md) and docs/benchmarks.json. Goals are
// reported next to the measurements; missing one is not an error.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * This run's and the published results (docs/benchmarks.json): one entry per phase, merged
 * with what the JSON file held before, so typed loosely.
 * @typedef {Record<string, any>} BenchResults
 */
/** @typedef {string[]} Row [metric, measured, baseline, goal, verdict] */

export const goals = {
  caseViewRatio: 0.5,
  caseViewP99Ms: 20,
  searchRatio: 0.5,
  searchP99Ms: 20,
  eventLagP99MsAt200: 25,
  casePageP50Ms: 500,
};

export function machine() {
  let nproc = os.availableParallelism();
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    // os.availableParallelism() is the same figure
  }
  return {
    nproc,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown',
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString(),
    // Includes the previous minute; other-cpu.mjs says what else ran during the bench.
    loadAverage1m: Math.round(os.loadavg()[0] * 10) / 10,
  };
}

/** @param {unknown} value */
const fmt = (value, unit = '') => (value === undefined || value === null ? '–' : `${value}${unit}`);
/** @param {boolean | undefined} ok */
const verdict = (ok) => (ok === undefined ? '–' : ok ? 'met' : 'MISSED');

/**
 * Per-rate event lag results ({ "200": {...}, "1000": {...} }), lowest rate first.
 * @param {BenchResults} results
 * @returns {[string, any][]}
 */
export const lagEntries = (results) =>
  Object.entries(results.eventLag ?? {})
    .filter(([rate]) => /^\d+$/.test(rate))
    .sort((a, b) => Number(a[0]) - Number(b[0]));

/**
 * "10.9 in all: gateway 1.7, housing-service 1.8, …" from a machineCpuMeter result.
 * @param {Record<string, number>} cpu
 */
function cpuParts(cpu) {
  const parts = Object.entries(cpu)
    .filter(([name]) => name !== 'total')
    .map(([name, ms]) => `${name} ${fmt(ms)}`);
  return `${fmt(cpu.total)} in all: ${parts.join(', ')}`;
}

/**
 * Rows of [metric, measured, baseline, goal, verdict].
 * @param {BenchResults} results
 */
export function tableRows(results) {
  /** @type {Row[]} */
  const rows = [];
  /** @type {[string, string, number, number][]} */
  const reads = [
    ['caseView', 'Case view GET', goals.caseViewRatio, goals.caseViewP99Ms],
    ['search', 'Case search GET', goals.searchRatio, goals.searchP99Ms],
  ];
  for (const [key, label, ratioGoal, p99Goal] of reads) {
    const r = results[key];
    if (!r) continue;
    rows.push([`${label} req/s`, fmt(r.reqPerSec), fmt(r.baselineReqPerSec), '', '']);
    rows.push([`${label} p50`, fmt(r.p50Ms, ' ms'), fmt(r.baselineP50Ms, ' ms'), '', '']);
    rows.push([`${label} p99`, fmt(r.p99Ms, ' ms'), fmt(r.baselineP99Ms, ' ms'), `≤ ${p99Goal} ms`, verdict(r.p99Ms <= p99Goal)]);
    rows.push([
      `${label} throughput vs baseline`,
      fmt(r.ratio === undefined ? undefined : `${Math.round(r.ratio * 100)} %`),
      '100 %',
      `≥ ${ratioGoal * 100} %`,
      verdict(r.ratio === undefined ? undefined : r.ratio >= ratioGoal),
    ]);
    for (const [variant, text] of [
      ['baselineWithAudit', 'baseline + audit append, one transaction per request (the gateway before 45c32de)'],
      ['baselineWithBatchedAudit', 'baseline + group-commit audit append (proposed fix, the gateway since 45c32de)'],
    ]) {
      const v = r[variant];
      if (v) rows.push([`${label}: ${text}`, `${v.reqPerSec} req/s, p50 ${v.p50Ms} ms, p99 ${v.p99Ms} ms`, '', '', '']);
    }
  }
  if (results.combinedCase?.p99Ms !== undefined) {
    const c = results.combinedCase;
    rows.push([
      `Combined case view, every department's section (${c.cases} cases): req/s, p50 / p99`,
      `${fmt(c.reqPerSec)} req/s, ${fmt(c.p50Ms)} / ${fmt(c.p99Ms)} ms`,
      '',
      `p99 ≤ ${goals.caseViewP99Ms} ms`,
      verdict(c.p99Ms <= goals.caseViewP99Ms),
    ]);
  }
  for (const [department, r] of Object.entries(results.departmentReads ?? {})) {
    if (!r || typeof r !== 'object' || !('p99Ms' in r)) continue;
    const read = /** @type {{ route: string, reqPerSec: number, p50Ms: number, p99Ms: number }} */ (r);
    rows.push([
      `${department[0].toUpperCase()}${department.slice(1)} main read (${read.route}) req/s, p50 / p99`,
      `${fmt(read.reqPerSec)} req/s, ${fmt(read.p50Ms)} / ${fmt(read.p99Ms)} ms`,
      '',
      `p99 ≤ ${goals.caseViewP99Ms} ms`,
      verdict(read.p99Ms <= goals.caseViewP99Ms),
    ]);
  }
  for (const [rate, lag] of lagEntries(results)) {
    const goal = rate === '200' ? goals.eventLagP99MsAt200 : undefined;
    const atLeast = lag.lowerBound ? '≥ ' : '';
    rows.push([
      `Event lag at ${rate}/s p50 / p99 / max`,
      `${atLeast}${fmt(lag.p50Ms)} / ${atLeast}${fmt(lag.p99Ms)} / ${atLeast}${fmt(lag.maxMs)} ms${lag.failed ? ` (${lag.failed} of ${lag.sent} commands failed)` : ''}${lag.shed ? ` (${lag.shed} of ${lag.sent} turned away with 503 + Retry-After, answered within p99 ${fmt(lag.shedAnswerP99Ms)} ms)` : ''}${lag.notVisibleAfterDrain ? ` (${lag.notVisibleAfterDrain} not visible after the wait)` : ''}`,
      '',
      goal ? `p99 ≤ ${goal} ms` : '',
      goal ? verdict(lag.p99Ms <= goal) : '',
    ]);
    rows.push([
      `Event lag at ${rate}/s: achieved rate, growing?`,
      `${fmt(lag.achievedRate)}/s, ${lag.growing ? 'GROWING' : 'steady'} (first third p99 ${fmt(lag.firstThirdP99Ms)} ms, last ${fmt(lag.lastThirdP99Ms)} ms)`,
      '',
      'steady',
      verdict(!lag.growing),
    ]);
    const cpu = lag.cpuMsPerCommand;
    if (cpu?.total !== undefined) rows.push([`CPU ms per command at ${rate}/s, every process (from /proc)`, cpuParts(cpu), '', '', '']);
  }
  for (const [department, c] of Object.entries(results.departmentCommands ?? {})) {
    if (!c || typeof c !== 'object' || !('answered' in c)) continue;
    const name = `${department[0].toUpperCase()}${department.slice(1)}`;
    const refused = [c.shed ? `${c.shed} turned away (429/503)` : '', c.failed ? `${c.failed} failed` : ''].filter(Boolean).join(', ');
    rows.push([
      `${name} main command (${c.route}, ${c.what}) at ${c.rate}/s: answered, p50 / p99`,
      `${c.answered} of ${c.sent}${refused ? ` (${refused})` : ''}, ${fmt(c.p50Ms)} / ${fmt(c.p99Ms)} ms`,
      '',
      `answer p99 ≤ ${goals.eventLagP99MsAt200} ms`,
      verdict(c.answered === c.sent && c.p99Ms <= goals.eventLagP99MsAt200),
    ]);
    if (c.cpuMsPerCommand?.total !== undefined)
      rows.push([`${name} main command: CPU ms per command, every process`, cpuParts(c.cpuMsPerCommand), '', '', '']);
  }
  if (results.seed) {
    rows.push([
      'Seed persons/s',
      `${fmt(results.seed.personsPerSecond)} (${results.seed.persons} persons in ${results.seed.seconds} s, wall clock)`,
      '',
      '',
      '',
    ]);
    const seed = results.seed;
    if (seed.readModelCaughtUp) {
      rows.push([
        'Read model caught up after seed',
        `${fmt(seed.projectionCatchUpSeconds, ' s')} later (end to end ${fmt(seed.endToEndPersonsPerSecond)} persons/s)`,
        '',
        '',
        '',
      ]);
    } else if (seed.readModelCaughtUp === false) {
      rows.push([
        'Read model after seed + wait budget',
        `${seed.readModelPersons} of ${seed.persons} persons (projecting ${seed.projectionPersonsPerSecond} persons/s): NOT caught up`,
        '',
        '',
        '',
      ]);
    }
  }
  if (results.casePage) {
    const c = results.casePage;
    const auth = Object.entries(c.authRequestsPerLoad ?? {})
      .map(([path, n]) => `${path} ×${n}`)
      .join(', ');
    rows.push([
      `Case page in Chromium, navigation to content, p50 (${c.loads} loads)`,
      fmt(c.p50Ms, ' ms'),
      '',
      `≤ ${goals.casePageP50Ms} ms`,
      verdict(c.p50Ms <= goals.casePageP50Ms),
    ]);
    rows.push([`Case page p95 / max`, `${fmt(c.p95Ms, ' ms')} / ${fmt(c.maxMs, ' ms')}`, '', '', '']);
    rows.push([
      `Case page: API requests per load (auth among them)`,
      `${fmt(c.apiRequestsPerLoad)}${auth ? ` (${auth})` : ''}`,
      '',
      '',
      '',
    ]);
  }
  if (results.startup) {
    const s = results.startup;
    const how = s.apiOnly ? ', API only: the gateway did not start with the built portal' : '';
    rows.push([
      `Start-up to green health (${s.firstRunOnEmptyDatabases ? 'empty databases' : 'first start'}${how})`,
      fmt(s.seconds, ' s'),
      '',
      '',
      '',
    ]);
    if (s.warmSeconds !== undefined) {
      rows.push([`Start-up to green health (existing databases${how})`, fmt(s.warmSeconds, ' s'), '', '', '']);
    }
  }
  return rows;
}

/** @param {Row[]} rows */
export function markdownTable(rows) {
  return [
    '| Metric | Measured | Baseline | Goal | Verdict |',
    '|---|---:|---:|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** @param {Row[]} rows */
export function consoleTable(rows) {
  if (!rows.length) return '(no measurements)';
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => String(r[i]).length), 6));
  /** @param {Row} row */
  const line = (row) => row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  return [line(['Metric', 'Measured', 'Baseline', 'Goal', 'Verdict']), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join(
    '\n',
  );
}

/**
 * Merges this run's phases into the previous JSON, so `--only x` updates just x.
 * @param {BenchResults} previous
 * @param {BenchResults} current
 * @returns {BenchResults}
 */
export function mergeResults(previous, current) {
  const merged = { ...previous };
  for (const [key, value] of Object.entries(current)) {
    if (value === undefined) continue;
    merged[key] = key === 'eventLag' ? { ...(previous.eventLag ?? {}), ...value } : value;
  }
  return merged;
}

/**
 * @param {string} file
 * @returns {BenchResults} the parsed JSON, or {} when there is none
 */
export function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

/** @param {{ outDir: string, results: BenchResults, markdown: string }} report */
export function writeReport({ outDir, results, markdown }) {
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'benchmarks.json'), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(outDir, 'benchmarks.md'), markdown);
}
