#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof`): top functions by self time and self
// time per package, as fractions of the busy (non-idle) time.
// Usage: node tools/bench/cpuprofile-summary.mjs <file.cpuprofile> [--top 20] [--from-us t --to-us t]
// (window in µs of the monotonic clock, process.hrtime.bigint() / 1000n)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The parts of a parsed .cpuprofile (V8's Profiler.Profile) that summarise() reads.
 * @typedef {object} CpuProfile
 * @property {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }[]} nodes
 * @property {number} startTime
 * @property {number[]} [samples] node id of each sample
 * @property {number[]} [timeDeltas] µs before each sample
 */
/** @typedef {ReturnType<typeof summarise>} ProfileSummary */

/**
 * Where a frame's code comes from: an npm package, Node itself, V8 pseudo-frames or our code.
 * @param {string} url
 */
export function packageOf(url) {
  if (!url) return '(v8/native)';
  if (url.startsWith('node:')) return 'node (core)';
  const file = url.replace(/^file:\/\//, '');
  const match = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
  if (match) return match[match.length - 1].replace('node_modules/', '');
  const dist = file.match(/dist\/(apps|libs)\/((?:platform\/)?[^/]+)/);
  if (dist) return `ankomst:${dist[1]}/${dist[2]}`;
  return path.basename(file);
}

/** @param {string} url @param {number} line 0-based */
function shortLocation(url, line) {
  if (!url) return '';
  const file = url.replace(/^file:\/\//, '');
  const nm = file.lastIndexOf('node_modules/');
  const shown = nm >= 0 ? file.slice(nm + 'node_modules/'.length) : file.replace(/^.*?\/(dist|tools)\//, '$1/');
  return `${shown}:${line + 1}`;
}

/**
 * @param {CpuProfile} profile parsed .cpuprofile
 * @param {{ top?: number, fromUs?: number, toUs?: number }} [options] window in µs of process.hrtime()
 */
export function summarise(profile, { top = 20, fromUs = -Infinity, toUs = Infinity } = {}) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @param {number} id */
  const nodeOf = (id) => {
    const node = nodes.get(id);
    if (!node) throw new Error(`cpuprofile: sample or child ${id} names no node`);
    return node;
  };
  /** @type {Map<number, number>} node id -> self time */
  const selfUs = new Map();
  const { samples = [], timeDeltas = [] } = profile;
  // timeDeltas[i] is the time before sample i; attribute it to sample i's frame. Sample times
  // are on the monotonic clock of process.hrtime(), so a window taken by another process
  // (the load generator) selects the samples of the measured run only (no start-up).
  let at = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    const delta = Math.max(0, timeDeltas[i] ?? 0);
    at += delta;
    if (at < fromUs || at > toUs) continue;
    selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + delta);
  }
  // Native and Node-core frames (writev, JSON, crypto…) are charged to the nearest caller
  // that is a package or our code, so "who causes the work" shows next to "where it is spent".
  /** @type {Map<number, number>} child id -> parent id */
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  /** @typedef {{ package: string, frame: string }} Owner */
  /** @type {Map<number, Owner>} */
  const ownerCache = new Map();
  /** @param {number} id a node id of the profile @returns {Owner} */
  const ownerOf = (id) => {
    const cached = ownerCache.get(id);
    if (cached) return cached;
    const { url, functionName, lineNumber } = nodeOf(id).callFrame;
    const parent = parentOf.get(id);
    /** @type {Owner} */
    let owner;
    if (url && !url.startsWith('node:'))
      owner = { package: packageOf(url), frame: `${functionName || '(anonymous)'} ${shortLocation(url, lineNumber)}` };
    else
      owner =
        parent !== undefined
          ? ownerOf(parent)
          : { package: functionName.startsWith('(') ? functionName : '(node core, no caller)', frame: '' };
    ownerCache.set(id, owner);
    return owner;
  };
  /** @type {Map<string, { function: string, location: string, package: string, us: number, callers: Map<string, number> }>} */
  const byFunction = new Map();
  /** @type {Map<string, number>} */
  const byPackage = new Map();
  /** @type {Map<string, number>} */
  const byOwner = new Map();
  let totalUs = 0;
  let idleUs = 0;
  let gcUs = 0;
  for (const [id, us] of selfUs) {
    const { callFrame } = nodeOf(id);
    totalUs += us;
    const name = callFrame.functionName || '(anonymous)';
    if (name === '(idle)') {
      idleUs += us;
      continue;
    }
    if (name === '(garbage collector)') gcUs += us;
    const key = `${name} ${shortLocation(callFrame.url, callFrame.lineNumber)}`;
    const entry = byFunction.get(key) ?? {
      function: name,
      location: shortLocation(callFrame.url, callFrame.lineNumber),
      package: packageOf(callFrame.url),
      us: 0,
      callers: new Map(),
    };
    entry.us += us;
    const owner = ownerOf(id);
    if (owner.frame && owner.frame !== key) entry.callers.set(owner.frame, (entry.callers.get(owner.frame) ?? 0) + us);
    byFunction.set(key, entry);
    byOwner.set(owner.package, (byOwner.get(owner.package) ?? 0) + us);
    const pkg = packageOf(callFrame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  const busyUs = totalUs - idleUs;
  /** @param {number} us */
  const pct = (us) => (busyUs ? Math.round((1000 * us) / busyUs) / 10 : 0);
  return {
    totalMs: Math.round(totalUs / 1000),
    busyMs: Math.round(busyUs / 1000),
    idleMs: Math.round(idleUs / 1000),
    gcMs: Math.round(gcUs / 1000),
    top: [...byFunction.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map(({ us, callers, ...entry }) => ({
        ...entry,
        selfMs: Math.round(us / 100) / 10,
        selfPct: pct(us),
        // the caller (first package or app frame) that accounts for most of this time
        via: [...callers.entries()].sort((a, b) => b[1] - a[1])[0]?.[0],
      })),
    packages: [...byPackage.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, us]) => ({ package: name, selfMs: Math.round(us / 100) / 10, selfPct: pct(us) })),
    owners: [...byOwner.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, us]) => ({ package: name, ms: Math.round(us / 100) / 10, pct: pct(us) })),
  };
}

/**
 * @param {string} file
 * @param {Parameters<typeof summarise>[1]} [options]
 */
export function summariseFile(file, options) {
  return summarise(JSON.parse(fs.readFileSync(file, 'utf8')), options);
}

/** @param {ProfileSummary} summary */
export function formatSummary(summary, title = 'profile') {
  const lines = [
    `${title}: ${summary.totalMs} ms sampled, ${summary.busyMs} ms busy (${summary.idleMs} ms idle, GC ${summary.gcMs} ms)`,
    '',
    '| self % of busy | self ms | function | where | mostly called from |',
    '|---:|---:|---|---|---|',
    ...summary.top.map((e) => `| ${e.selfPct} | ${e.selfMs} | \`${e.function}\` | ${e.location || e.package} | ${e.via ?? ''} |`),
    '',
    'Busy time by package, with native and Node-core work charged to the package that asked for it:',
    '',
    '| package | % of busy | ms |',
    '|---|---:|---:|',
    ...summary.owners.map((p) => `| ${p.package} | ${p.pct} | ${p.ms} |`),
  ];
  return lines.join('\n');
}

const invokedDirectly = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (invokedDirectly) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node tools/bench/cpuprofile-summary.mjs <file.cpuprofile> [--top N]');
    process.exit(2);
  }
  /** @param {string} name @param {number} fallback */
  const option = (name, fallback) => {
    const index = process.argv.indexOf(name);
    return index > 0 ? Number(process.argv[index + 1]) : fallback;
  };
  const summary = summariseFile(file, {
    top: option('--top', 20),
    fromUs: option('--from-us', -Infinity),
    toUs: option('--to-us', Infinity),
  });
  console.log(formatSummary(summary, path.basename(file)));
}
