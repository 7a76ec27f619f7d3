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
import { results, shotsDir, stackOf } from './support.mjs';

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
 * The scenario modules, in order: later ones use what earlier ones leave in `shared`
 * (the housing registration's household and person, for example). A department adds its file
 * under scenarios/ and its line here.
 */
const scenarioModules = [
  './scenarios/budget.mjs',
  './scenarios/sign-in.mjs',
  './scenarios/housing.mjs',
  './scenarios/settlement-flow.mjs',
  './scenarios/dwellings-and-households.mjs',
  './scenarios/coordination-and-privacy.mjs',
  './scenarios/referrals-and-exports.mjs',
  './scenarios/introduction.mjs',
  './scenarios/health.mjs',
  './scenarios/admin.mjs',
  './scenarios/volunteering.mjs',
  './scenarios/delivery.mjs',
  './scenarios/break-glass.mjs',
  './scenarios/privacy-officer.mjs',
  './scenarios/users.mjs',
  './scenarios/defects.mjs',
  './scenarios/planning-and-county.mjs',
];

/**
 * @param {import('playwright-core').Browser} browser
 * @param {import('./stack.mjs').Stack} stack
 */
async function scenarios(browser, stack) {
  /** @type {import('./support.mjs').ScenarioContext} */
  const context = {
    newContext: () => browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' }),
    baseUrl: stack.baseUrl,
    apiUrl: stack.apiUrl,
    portalDist,
    shared: {},
  };
  // E2E_SCENARIOS=housing,health runs only those modules (in this file's order): a quicker
  // loop while working on one area. Later modules may need what housing.mjs leaves in `shared`.
  const only = process.env.E2E_SCENARIOS?.split(',').map((name) => `./scenarios/${name.trim()}.mjs`);
  for (const file of scenarioModules.filter((name) => !only || only.includes(name))) {
    /** @type {{ scenarios: (context: import('./support.mjs').ScenarioContext) => Promise<void> }} */
    const module = await import(file);
    await module.scenarios(context);
  }
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
