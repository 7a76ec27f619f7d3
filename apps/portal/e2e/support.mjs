// What every browser scenario uses: the test/assert pair that records results, screenshots,
// axe, waiting for a page to settle, the API for set-up, login, and valid test national ids.
// The callbacks given to page.waitForFunction run in the browser (see run.mjs on the DOM types).
/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { demoPassword } from './expectations.mjs';
import { workspaceRoot } from './stack.mjs';

export const shotsDir = path.join(workspaceRoot, 'test-results/portal');
/** Unique per run: names and addresses created by the scenarios carry it. */
export const stamp = Date.now().toString(36);
/** @type {{ name: string, ok: boolean, error?: unknown }[]} */
export const results = [];

/** @typedef {import('playwright-core').Page} Page */

/**
 * What one scenario leaves for a later one (the housing registration sets the household's
 * three together, the allocation the person); departments add their own keys.
 * @typedef {{ householdUrl?: string, householdId?: string, familyName?: string, personId?: string } & Record<string, unknown>} Shared
 */

/**
 * What each scenarios module gets from the runner.
 * @typedef {{
 *   newContext: () => Promise<import('playwright-core').BrowserContext>,
 *   baseUrl: string,
 *   apiUrl: string,
 *   portalDist: string,
 *   shared: Shared,
 * }} ScenarioContext
 */

/**
 * A thrown value as text: its stack when it has one.
 * @param {unknown} error
 */
export const stackOf = (error) => String(/** @type {{ stack?: string } | null | undefined} */ (error)?.stack ?? error);

/**
 * The running test's own state: the lines it wants printed (kept until its result line, so that
 * tests running side by side in run.mjs's lanes print each its own block) and the browser
 * contexts it opened (described and closed when it fails).
 * @type {AsyncLocalStorage<{ notes: string[], contexts: Set<import('playwright-core').BrowserContext> }>}
 */
const running = new AsyncLocalStorage();

/**
 * Prints a line under the current test's result (at once when no test runs).
 * @param {string} text
 */
export function note(text) {
  const state = running.getStore();
  if (state) state.notes.push(text);
  else console.log(text);
}

/**
 * Ties a browser context to the test that opened it (run.mjs's newContext calls it).
 * @param {import('playwright-core').BrowserContext} context
 */
export function belongsToRunningTest(context) {
  const state = running.getStore();
  if (!state) return;
  state.contexts.add(context);
  context.once('close', () => state.contexts.delete(context));
}

/**
 * What each page of a failed test showed when it failed: its address, the open disclosures and
 * the start of its text, so that a failure in CI can be read without a screenshot.
 * @param {Set<import('playwright-core').BrowserContext>} contexts
 */
async function describePages(contexts) {
  /** @type {string[]} */
  const lines = [];
  for (const context of contexts) {
    for (const page of context.pages()) {
      const seen = await page
        .evaluate(() => ({
          open: [...document.querySelectorAll('details[open] > summary')].map((summary) => summary.textContent?.trim()),
          text: document.body.innerText.replace(/\s+/g, ' ').slice(0, 600),
        }))
        .catch((/** @type {unknown} */ error) => ({ open: [], text: `(page not readable: ${String(error).slice(0, 120)})` }));
      lines.push(`page ${page.url()}`, `  open disclosures: ${seen.open.join(' | ') || 'none'}`, `  text: ${seen.text}`);
    }
    await context.close().catch(() => undefined);
  }
  return lines;
}

/**
 * Runs one test and prints its line (with its notes, and the stack of a failure) as it ends.
 * @param {string} name
 * @param {() => Promise<void>} fn
 */
export async function test(name, fn) {
  const startedAt = Date.now();
  const state = { notes: /** @type {string[]} */ ([]), contexts: new Set() };
  const tail = () => state.notes.map((line) => `\n${line}`).join('');
  try {
    await running.run(state, fn);
    results.push({ name, ok: true });
    console.log(`  ✔ ${name} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)${tail()}`);
  } catch (error) {
    results.push({ name, ok: false, error });
    state.notes.push(...(await describePages(state.contexts)).map((line) => `      ${line}`));
    console.log(
      `  ✘ ${name} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)\n      ${stackOf(error).split('\n').slice(0, 6).join('\n      ')}${tail()}`,
    );
  }
}

/**
 * @param {unknown} condition
 * @param {string} message
 * @returns {asserts condition}
 */
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * @param {Page} page
 * @param {string} name
 */
export async function shot(page, name) {
  fs.mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true });
}

/**
 * axe with WCAG 2.1 A/AA rules; serious and critical findings fail the test.
 *
 * In axe's legacy mode: one `axe.run` in the page itself. The default mode runs axe in every
 * frame and then opens a blank page (a renderer of its own, with axe injected again) to merge
 * the results; measured on three scenario modules that cost about 30 CPU-seconds of their 138.
 * Legacy mode leaves out only cross-origin frames, and the portal has no frames.
 * @param {Page} page
 * @param {string} label
 */
export async function axe(page, label) {
  const report = await new AxeBuilder({ page }).setLegacyMode().withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  // A check that ran no rule would pass whatever the page shows.
  if (!report.passes.length) throw new Error(`axe on ${label}: no rule ran`);
  const bad = report.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) {
    const details = bad
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} – ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      )
      .join('\n        ');
    throw new Error(`axe on ${label}: ${bad.length} serious/critical violation(s)\n        ${details}`);
  }
}

/**
 * Each tracked page's requests still waiting for their answer, and when that last changed.
 * @type {WeakMap<Page, { pending: Set<import('playwright-core').Request>, changedAt: number }>}
 */
const traffic = new WeakMap();

/**
 * Follows a page's requests from its start (run.mjs calls it for every page a context opens),
 * so that `settled()` knows when the page has its answers.
 * @param {Page} page
 */
export function trackRequests(page) {
  if (traffic.has(page)) return;
  const state = { pending: new Set(), changedAt: Date.now() };
  page.on('request', (request) => {
    state.pending.add(request);
    state.changedAt = Date.now();
  });
  const done = (/** @type {import('playwright-core').Request} */ request) => {
    if (state.pending.delete(request)) state.changedAt = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  traffic.set(page, state);
}

/**
 * How long a page must have had no request open to count as answered: as long as Playwright's
 * `networkidle`. A quarter of a second was tried: on a loaded machine the health person page then
 * lost the click that opens its case form in one of two full runs.
 */
const quietMs = 500;

/**
 * Waits until the page is no longer loading: none of its requests open for `quietMs` (the
 * answers are in, and nothing it started on them is still out), then no spinner status left.
 * Unlike `networkidle`, which is reached once per navigation and then answers at once, this
 * also waits for the requests a click or a typed filter started on a page already loaded.
 * A page that is not tracked waits for `networkidle`.
 * @param {Page} page
 */
export async function settled(page) {
  const state = traffic.get(page);
  if (state) {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (state.pending.size > 0 || Date.now() - state.changedAt < quietMs)) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } else {
    await page.waitForLoadState('networkidle').catch(() => undefined);
  }
  await page.waitForFunction(() => !document.querySelector('.loading'), null, { timeout: 15_000 }).catch(() => undefined);
}

/**
 * The parsed JSON answer (whatever shape that endpoint has), or undefined for an empty body.
 * @param {string} apiUrl
 * @param {string | undefined} token
 * @param {string} method
 * @param {string} url
 * @param {unknown} [body]
 * @returns {Promise<any>}
 */
export async function api(apiUrl, token, method, url, body) {
  const response = await fetch(`${apiUrl}${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new Error(`${method} ${url} → ${response.status} ${text.slice(0, 300)}`);
  return parsed;
}

/** @type {(apiUrl: string, username: string) => Promise<string>} */
export const apiLogin = async (apiUrl, username) =>
  (await api(apiUrl, undefined, 'POST', '/api/auth/login', { username, password: demoPassword })).accessToken;

/**
 * @template T
 * @param {string} what
 * @param {() => Promise<T>} fn
 * @param {{ tries?: number, delayMs?: number }} [options]
 * @returns {Promise<T>}
 */
export async function retry(what, fn, { tries = 20, delayMs = 1_000 } = {}) {
  let last;
  for (let i = 0; i < tries; i += 1) {
    try {
      return await fn();
    } catch (error) {
      last = error;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
  throw new Error(`${what}: ${/** @type {{ message?: string } | null | undefined} */ (last)?.message ?? last}`);
}

/**
 * The contracts' own number builder, from their build (the e2e runs on built services): test
 * numbers follow exactly the rule the API enforces, with no second copy of the check digits.
 * @type {(birthDate: { year: number, month: number, day: number }, individual: number, kind?: 'fodselsnummer' | 'd-nummer') => string | null}
 */
const makeNorwegianId = createRequire(import.meta.url)(
  path.join(workspaceRoot, 'dist/libs/contracts/src/common/norwegian-id.js'),
).makeNorwegianId;

/**
 * A valid D-nummer for someone born on the given date, different in each run.
 * @param {{ year: number, month: number, day: number }} [birthDate]
 */
export function goodDNumber(birthDate = { year: 1988, month: 2, day: 14 }) {
  for (let individual = 100 + (Date.now() % 300); ; individual += 1) {
    const id = makeNorwegianId(birthDate, individual, 'd-nummer');
    if (id) return id;
  }
}

/**
 * Signs in through the API (POST /api/auth/login puts the refresh cookie in the context, as
 * the login form does) and opens the page `at` (a path or a whole URL; the dashboard unless
 * said), which restores the session from the cookie as any reload does. For every test that is
 * not about the login form itself: those use `loginWithForm`.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} baseUrl
 * @param {string} username
 * @param {{ password?: string, at?: string }} [options] the demo password unless said
 */
export async function login(context, baseUrl, username, { password = demoPassword, at = '/' } = {}) {
  const response = await context.request.post(`${baseUrl}/api/auth/login`, { data: { username, password } });
  if (!response.ok()) throw new Error(`login as ${username} → ${response.status()} ${(await response.text()).slice(0, 300)}`);
  const page = await context.newPage();
  await page.goto(new URL(at, baseUrl).href);
  await page.getByTestId('whoami').waitFor({ timeout: 20_000 });
  return page;
}

/**
 * Signs in through the login form, as a person does, and waits for the signed-in page.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} baseUrl
 * @param {string} username
 */
export async function loginWithForm(context, baseUrl, username) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/^Brukernavn/).fill(username);
  await page.getByLabel(/^Passord/).fill(demoPassword);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByTestId('whoami').waitFor({ timeout: 20_000 });
  return page;
}

/** @param {Page} page */
export async function menuHrefs(page) {
  return page
    .locator('nav[aria-label="Hovedmeny"] a')
    .evaluateAll((/** @type {HTMLAnchorElement[]} */ links) => links.map((a) => new URL(a.href).pathname));
}

/**
 * Clicks a CSV export button and reads the file it downloads, line by line (without the BOM).
 * @param {import('playwright-core').Page} page
 * @param {string} testId
 */
export async function downloadCsv(page, testId) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return fs
    .readFileSync(/** @type {string} */ (await download.path()), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n');
}
