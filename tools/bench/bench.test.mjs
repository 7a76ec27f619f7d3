// Unit tests of the bench's pure parts: `node --test tools/bench/`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fillPath, findRoute, municipalityOf, tokenClaims } from './api.mjs';
import { packageOf, summarise } from './cpuprofile-summary.mjs';
import { isGrowing, lagStats, percentile } from './lag.mjs';
import { machineCpuMeter, postgresGroup } from './process-cpu.mjs';
import { lagEntries, mergeResults, tableRows } from './report.mjs';
import { sendAtRate, summariseAnswers } from './phases/department-commands.mjs';

/**
 * @param {number} id
 * @param {string} functionName
 * @param {number[]} [children]
 */
const frame = (id, functionName, url = '', children = []) => ({
  id,
  callFrame: { functionName, url, lineNumber: 0, columnNumber: 0, scriptId: '0' },
  children,
});

test('summarise attributes each time delta to its sample and leaves idle out of busy time', () => {
  const profile = {
    nodes: [
      frame(1, '(root)', '', [2, 3, 4]),
      frame(2, 'hot', 'file:///x/node_modules/fastify/lib/route.js'),
      frame(3, '(idle)'),
      frame(4, 'getCase', 'file:///w/dist/apps/case-overview-service/src/cases/cases.service.js'),
    ],
    startTime: 1000,
    samples: [2, 2, 3, 4],
    timeDeltas: [10, 30, 100, 20],
  };
  const sut = summarise(profile);
  assert.equal(sut.busyMs, 0); // 60 µs rounds to 0 ms
  assert.equal(sut.top[0].function, 'hot');
  assert.equal(sut.top[0].selfPct, 66.7);
  assert.equal(sut.top[1].package, 'ankomst:apps/case-overview-service');
});

test('summarise keeps only the samples inside the window', () => {
  const profile = {
    nodes: [frame(1, '(root)', '', [2, 3]), frame(2, 'startup'), frame(3, 'request')],
    startTime: 0,
    samples: [2, 2, 3, 3],
    timeDeltas: [1000, 1000, 1000, 1000],
  };
  const sut = summarise(profile, { fromUs: 2500, toUs: 5000 });
  assert.deepEqual(
    sut.top.map((t) => t.function),
    ['request'],
  );
});

test('packageOf names scoped packages, node core and our own build', () => {
  assert.equal(packageOf('file:///a/node_modules/@nestjs/core/router/x.js'), '@nestjs/core');
  assert.equal(packageOf('node:internal/http'), 'node (core)');
  assert.equal(packageOf('file:///w/dist/libs/platform/messaging/src/x.js'), 'ankomst:libs/platform/messaging');
  assert.equal(packageOf(''), '(v8/native)');
});

test('percentile and lagStats use nearest rank', () => {
  const values = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(percentile(values, 50), 50);
  assert.equal(percentile(values, 99), 99);
  assert.deepEqual(lagStats(values), { p50Ms: 50, p90Ms: 90, p99Ms: 99, maxMs: 100 });
  assert.equal(lagStats([]).p50Ms, undefined);
});

test('lag is growing only when the last third is clearly and absolutely worse', () => {
  assert.equal(isGrowing({ p50Ms: 5 }, { p50Ms: 9 }), false);
  assert.equal(isGrowing({ p50Ms: 3 }, { p50Ms: 12 }), false); // quadrupled, but by under 10 ms
  assert.equal(isGrowing({ p50Ms: 10 }, { p50Ms: 400 }), true);
  assert.equal(isGrowing({ p50Ms: 16_000 }, { p50Ms: 26_000 }), true);
  assert.equal(isGrowing({ p50Ms: 4_400 }, { p50Ms: 5_500 }), false);
  assert.equal(isGrowing({}, { p50Ms: 400 }), undefined);
});

test('routes are found in the OpenAPI list, and a missing one lists what exists', () => {
  const routes = [
    { method: 'GET', path: '/api/health' },
    { method: 'GET', path: '/api/cases/{householdId}' },
  ];
  assert.equal(findRoute(routes, 'GET', [/^\/api\/cases\/\{[^}]+\}$/], 'case').path, '/api/cases/{householdId}');
  assert.throws(
    () => findRoute(routes, 'GET', [/^\/api\/cases$/], 'case search endpoint'),
    /no case search endpoint yet.*GET \/api\/health/,
  );
  assert.equal(fillPath('/api/cases/{householdId}', { householdId: 'a b' }), '/api/cases/a%20b');
});

test('the municipality comes from the token claims', () => {
  const token = `x.${Buffer.from(JSON.stringify({ mun: '1103' })).toString('base64url')}.y`;
  assert.equal(municipalityOf(tokenClaims(token)), '1103');
  assert.equal(municipalityOf({ municipality: '3201' }), '3201');
  assert.equal(municipalityOf(tokenClaims('garbage')), undefined);
});

test('--only runs update their phases and keep the others', () => {
  const previous = { seed: { personsPerSecond: 1 }, eventLag: { 200: { p99Ms: 5 }, 1000: { p99Ms: 50 } } };
  const sut = mergeResults(previous, { eventLag: { 200: { p99Ms: 7 } }, caseView: undefined });
  assert.deepEqual(sut, { seed: { personsPerSecond: 1 }, eventLag: { 200: { p99Ms: 7 }, 1000: { p99Ms: 50 } } });
});

test('the table reports goals as met or missed, never failing', () => {
  const rows = tableRows({
    caseView: { reqPerSec: 400, p50Ms: 10, p99Ms: 30, baselineReqPerSec: 1000, baselineP50Ms: 2, baselineP99Ms: 8, ratio: 0.4 },
    eventLag: { 200: { p50Ms: 8, p99Ms: 20, maxMs: 40, growing: false, achievedRate: 200 }, measuredAt: 'x' },
  });
  const verdicts = Object.fromEntries(rows.map((r) => [r[0], r[4]]));
  assert.equal(verdicts['Case view GET p99'], 'MISSED');
  assert.equal(verdicts['Case view GET throughput vs baseline'], 'MISSED');
  assert.equal(verdicts['Event lag at 200/s p50 / p99 / max'], 'met');
  assert.deepEqual(
    lagEntries({ eventLag: { 1000: {}, 200: {}, measuredAt: 'x' } }).map(([rate]) => rate),
    ['200', '1000'],
  );
});

test('otherTicks counts the CPU of processes outside the bench tree since first seen, not of its own', async () => {
  const { addSnapshot, otherTicks } = await import('./other-cpu.mjs');
  /** @param {[number, number, number][]} rows [pid, ppid, ticks] */
  const table = (rows) => new Map(rows.map(([pid, ppid, ticks]) => [pid, { ppid, ticks }]));
  const bench = 100;
  const seen = new Map();
  // 100 = the bench; 101 its service, 102 a Postgres backend under 101; 200 someone's build
  // (a child of 1); 300 appears later, outside.
  addSnapshot(
    seen,
    table([
      [1, 0, 5],
      [bench, 1, 10],
      [101, bench, 50],
      [102, 101, 7],
      [200, 1, 1000],
    ]),
    bench,
  );
  addSnapshot(
    seen,
    table([
      [1, 0, 6],
      [bench, 1, 30],
      [101, bench, 450],
      [102, 101, 90],
      [200, 1, 1400],
      [300, 1, 20],
    ]),
    bench,
  );
  const sut = addSnapshot(
    seen,
    table([
      [1, 0, 6],
      [bench, 1, 40],
      [101, bench, 900],
      [200, 1, 1500],
      [300, 1, 80],
    ]),
    bench,
  );

  // init +1, the build +500, the late process +60 (from its first sight); nothing of 100..102.
  assert.equal(otherTicks(sut), 1 + 500 + 60);
});

test('the machine CPU meter charges this process as the bench and divides by the commands let in', () => {
  const sut = machineCpuMeter({});
  const startedAt = process.cpuUsage();
  const spinUntil = Date.now() + 300;
  while (Date.now() < spinUntil); // on CPU for 300 ms
  const spentMs = (process.cpuUsage(startedAt).user + process.cpuUsage(startedAt).system) / 1000;
  const perCommand = sut.perRequest(2);
  // /proc counts in 10 ms ticks: within two ticks of what the process says it used, halved.
  assert.ok(Math.abs(perCommand.bench - spentMs / 2) <= 10, `bench ${perCommand.bench} ms, spent ${spentMs} ms`);
  assert.ok(perCommand.total >= perCommand.bench);
});

test('the CPU per command is a row of its rate, each process named', () => {
  const rows = tableRows({
    eventLag: {
      200: { rate: 200, p50Ms: 5, p99Ms: 9, maxMs: 10, sent: 10, cpuMsPerCommand: { gateway: 2.5, postgres: 1.25, total: 3.75 } },
    },
  });
  const row = rows.find(([metric]) => metric.startsWith('CPU ms per command at 200/s'));
  assert.deepEqual(row?.slice(0, 2), [
    'CPU ms per command at 200/s, every process (from /proc)',
    '3.75 in all: gateway 2.5, postgres 1.25',
  ]);
});

test('a Postgres process is grouped by the database its backend serves', () => {
  assert.equal(postgresGroup('postgres: postgres ankomst_housing 127.0.0.1(53412) idle in transaction\0'), 'postgres ankomst_housing');
  assert.equal(postgresGroup('postgres: postgres ankomst_gateway [local] idle\0'), 'postgres ankomst_gateway');
  assert.equal(postgresGroup('postgres: checkpointer \0'), 'postgres (server)');
  assert.equal(postgresGroup('/usr/lib/postgresql/15/bin/postgres\0-D\0/var/lib/postgresql\0'), 'postgres (server)');
});

test('summariseAnswers counts 2xx as answered, 429/503 as turned away, the rest and network errors as failed', () => {
  const sut = summariseAnswers(
    [
      { status: 200, ms: 4 },
      { status: 204, ms: 8 },
      { status: 503, ms: 1 },
      { status: 429, ms: 1 },
      { status: 400, ms: 2 },
    ],
    ['socket hang up'],
  );
  assert.deepEqual(
    { answered: sut.answered, shed: sut.shed, failed: sut.failed, statuses: sut.statuses, p99Ms: sut.p99Ms, firstError: sut.firstError },
    { answered: 2, shed: 2, failed: 2, statuses: { 200: 1, 204: 1, 503: 1, 429: 1, 400: 1 }, p99Ms: 8, firstError: 'socket hang up' },
  );
});

test('sendAtRate sends every command without waiting for earlier answers, then waits for all of them', async () => {
  // No answer comes until all ten are sent: a loop that waited for answers would only get its
  // first one when the 5 s fallback opens the gate, and the order below would show it.
  /** @type {string[]} */
  const order = [];
  /** @type {() => void} */
  let open = () => undefined;
  const gate = new Promise((resolve) => {
    open = () => resolve(undefined);
    setTimeout(open, 5_000).unref();
  });
  const sut = await sendAtRate({
    rate: 1000,
    count: 10,
    send: async (i) => {
      order.push(`sent ${i}`);
      if (i === 9) open();
      await gate;
      order.push(`answered ${i}`);
      return { status: i === 3 ? 500 : 200 };
    },
  });
  assert.deepEqual(
    order.slice(0, 10),
    Array.from({ length: 10 }, (_, i) => `sent ${i}`),
  );
  assert.equal(sut.answers.length, 10);
  assert.equal(sut.answers.filter((a) => a.status === 500).length, 1);
  assert.equal(sut.errors.length, 0);
});

test('tableRows shows each department command with its verdict against the answer goal', () => {
  const rows = tableRows({
    departmentCommands: {
      introduction: {
        route: 'PUT /api/x',
        what: 'records x',
        rate: 200,
        sent: 10,
        answered: 10,
        shed: 0,
        failed: 0,
        p50Ms: 5,
        p99Ms: 12,
        cpuMsPerCommand: { gateway: 1, total: 3 },
      },
      volunteering: { route: 'POST /api/y', what: 'signs up', rate: 200, sent: 10, answered: 8, shed: 2, failed: 0, p50Ms: 5, p99Ms: 9 },
    },
  });
  const sut = rows.filter((r) => r[0].includes('main command'));
  assert.deepEqual(
    sut.map((r) => [r[1], r[4]]),
    [
      ['10 of 10, 5 / 12 ms', 'met'],
      ['3 in all: gateway 1', ''],
      ['8 of 10 (2 turned away (429/503)), 5 / 9 ms', 'MISSED'],
    ],
  );
});
