#!/usr/bin/env node
// Browser tests of the portal: starts the stack (tools/launcher/start.mjs) on a free port, runs
// the scenarios in Chromium (playwright-core), saves a screenshot of each main page under
// test-results/portal/, runs axe on them (no serious/critical violations allowed), checks the
// initial-JS budget, and ends with `N passed, N failed` (exit 1 on any failure).
//
// The scenarios are in scenarios/*.mjs, their shared helpers in support.mjs.
//
// The callbacks given to page.waitForFunction / locator.evaluateAll run in the browser, not in
// Node: they use `document` and DOM elements. These files are typechecked with the tools' Node
// config (no DOM lib), so they take the DOM's types with `/// <reference lib="dom" />`. That is
// the real lib.dom.d.ts (checked against the browser's actual API, where hand-written shapes
// would not be), and it needs no change to the code Playwright sends to the page. TypeScript
// applies a lib reference to the whole program, so keep DOM globals to these page callbacks:
// Node code here and in the other tools must not use them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startStack, workspaceRoot } from './stack.mjs';
import { belongsToRunningTest, results, shotsDir, stackOf, trackRequests } from './support.mjs';

const portalDist = path.join(workspaceRoot, 'tmp/e2e-portal');

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const resultFile = path.join(workspaceRoot, 'tmp/test-results/e2e/portal.json');

/**
 * A private copy of the portal's production build for this run (and for the size budget):
 * the one `nx run portal:build` made (the e2e target depends on it), else a fresh Vite build.
 */
function buildPortal() {
  fs.rmSync(portalDist, { recursive: true, force: true });
  const built = path.join(workspaceRoot, 'dist/apps/portal');
  if (process.env.ANKOMST_SKIP_BUILD !== '0' && fs.existsSync(path.join(built, 'index.html'))) {
    fs.cpSync(built, portalDist, { recursive: true });
    return;
  }
  const result = spawnSync(
    path.join(workspaceRoot, 'node_modules/.bin/vite'),
    ['build', 'apps/portal', '--outDir', portalDist, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: workspaceRoot, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}
const verbose = Boolean(process.env.E2E_VERBOSE);

// ---------------------------------------------------------------- scenarios

/**
 * The stack of this run, so a signal (Ctrl-C, a runner's timeout) can still stop it.
 * @type {import('./stack.mjs').Stack | undefined}
 */
let stack;

async function run() {
  console.log('Portal e2e');
  // Said before anything starts: without a browser there is nothing to test.
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium is missing at ${chromiumPath}: apt-get install chromium (or set CHROMIUM_PATH)`);
  }
  fs.rmSync(shotsDir, { recursive: true, force: true });
  buildPortal();
  stack = await startStack({ portalDist, log: verbose ? (line) => process.stdout.write(String(line)) : undefined });
  console.log(`  stack up (${stack.mode}${stack.fallbackReason ? `: ${stack.fallbackReason}` : ''}) at ${stack.baseUrl}`);
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--lang=nb-NO'],
    });
    await scenarios(browser, stack);
  } finally {
    await browser?.close();
    await stack.stop();
    stack = undefined;
  }
}
/**
 * The scenario modules in groups. A group's modules run one after another and share one
 * `context.shared` (the housing registration's household and person, for example); groups
 * share nothing and run side by side in lanes (E2E_LANES), each lane taking the next group
 * when it is free, so the longest come first. A module goes into a group of its own unless it
 * uses what another leaves in `shared` or changes what another one counts:
 * - housing.mjs registers the household and person that the rest of its group reads, and
 *   coordination-and-privacy and referrals-and-exports read that person's case before
 *   break-glass opens emergency access to it;
 * - settlement-flow and planning-and-county both record next year's settlement request and
 *   decision, and each asserts the figures it expects: they must not interleave.
 * Everything else a module makes carries this run's stamp and is found by it, and the tests
 * that change accounts (admin, users, break-glass) do so on accounts of their own.
 * A department adds its file under scenarios/ and a group here.
 */
const scenarioGroups = [
  ['housing', 'coordination-and-privacy', 'referrals-and-exports', 'break-glass', 'privacy-officer'],
  ['volunteering'],
  ['settlement-flow', 'planning-and-county'],
  ['health'],
  ['sign-in'],
  ['dwellings-and-households'],
  ['introduction'],
  ['admin'],
  ['defects'],
  ['users'],
  ['delivery'],
  ['budget'],
];

/**
 * The groups this run runs: E2E_SCENARIOS=housing,health keeps only those modules (in their
 * groups' order), a quicker loop while working on one area. A module that reads what housing.mjs
 * leaves in `shared` needs housing in the list too. Unset or empty: every module.
 * @param {string | undefined} wanted
 */
function selectedGroups(wanted) {
  const only = wanted
    ?.split(',')
    .map((name) => name.trim().replace(/\.mjs$/, ''))
    .filter(Boolean);
  if (!only?.length) return scenarioGroups;
  const known = scenarioGroups.flat();
  const unknown = only.filter((name) => !known.includes(name));
  if (unknown.length) throw new Error(`E2E_SCENARIOS names no module ${unknown.join(', ')}; the modules are ${known.join(', ')}`);
  return scenarioGroups.map((group) => group.filter((name) => only.includes(name))).filter((group) => group.length);
}

/** Lanes by default: measured on 2 cores, three keep Chromium and the stack busy without queueing on them. */
const defaultLanes = 3;

/** @param {string | undefined} value */
function laneCount(value) {
  if (value === undefined || value.trim() === '') return defaultLanes;
  const lanes = Number(value);
  if (!Number.isInteger(lanes) || lanes < 1) throw new Error(`E2E_LANES must be a whole number from 1, not ${JSON.stringify(value)}`);
  return lanes;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {import('./stack.mjs').Stack} stack
 */
async function scenarios(browser, stack) {
  const queue = [...selectedGroups(process.env.E2E_SCENARIOS)];
  const lanes = Math.min(laneCount(process.env.E2E_LANES), queue.length);
  console.log(`  ${queue.flat().length} scenario modules in ${queue.length} groups, ${lanes} lane(s) side by side`);
  /** @type {string[]} */
  const laneLines = [];
  const lane = async (/** @type {number} */ number) => {
    const startedAt = Date.now();
    /** @type {string[]} */
    const ran = [];
    for (let group = queue.shift(); group; group = queue.shift()) {
      /** @type {import('./support.mjs').ScenarioContext} */
      const context = {
        newContext: async () => {
          const browserContext = await browser.newContext({
            viewport: { width: 1366, height: 768 },
            locale: 'nb-NO',
            timezoneId: 'Europe/Oslo',
          });
          browserContext.on('page', trackRequests);
          belongsToRunningTest(browserContext);
          return browserContext;
        },
        baseUrl: stack.baseUrl,
        apiUrl: stack.apiUrl,
        portalDist,
        shared: {},
      };
      for (const name of group) {
        ran.push(name);
        try {
          /** @type {{ scenarios: (context: import('./support.mjs').ScenarioContext) => Promise<void> }} */
          const module = await import(`./scenarios/${name}.mjs`);
          await module.scenarios(context);
        } catch (error) {
          // Outside any test(): the module itself broke; its group goes on, so do the other lanes.
          results.push({ name: `scenarios/${name}.mjs`, ok: false, error });
          console.log(`  ✘ scenarios/${name}.mjs\n      ${stackOf(error).split('\n').slice(0, 6).join('\n      ')}`);
        }
      }
    }
    laneLines.push(`  lane ${number} (${((Date.now() - startedAt) / 1000).toFixed(1)} s): ${ran.join(', ')}`);
  };
  await Promise.all(Array.from({ length: lanes }, (_, i) => lane(i + 1)));
  if (lanes > 1) console.log(laneLines.sort().join('\n'));
}

for (const [signal, code] of /** @type {const} */ ([
  ['SIGINT', 130],
  ['SIGTERM', 143],
])) {
  process.once(signal, () => {
    console.log(`\n${signal}: stopping the stack`);
    void (stack?.stop() ?? Promise.resolve()).finally(() => process.exit(code));
  });
}

const failed = () => results.filter((r) => !r.ok).length;
try {
  await run();
} catch (error) {
  results.push({ name: 'e2e setup', ok: false, error });
  console.log(`  ✘ e2e setup: ${stackOf(error).slice(0, 3000)}`);
}
console.log(`screenshots: ${path.relative(workspaceRoot, shotsDir)}/`);
fs.mkdirSync(path.dirname(resultFile), { recursive: true });
fs.writeFileSync(
  resultFile,
  `${JSON.stringify({ passed: results.length - failed(), failed: failed(), failures: results.filter((r) => !r.ok).map((r) => r.name) })}\n`,
);
console.log(`${results.length - failed()} passed, ${failed()} failed`);
process.exit(failed() ? 1 : 0);
