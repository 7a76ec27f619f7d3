#!/usr/bin/env node
// Browser tests of the portal: starts the stack (tools/launcher/start.mjs) on a free port, runs
// the scenarios in Chromium (playwright-core), saves a screenshot of each main page under
// test-results/portal/, runs axe on them (no serious/critical violations allowed), checks the
// initial-JS budget, and ends with `N passed, N failed` (exit 1 on any failure).
//
// The callbacks given to page.waitForFunction / locator.evaluateAll run in the browser, not in
// Node: they use `document` and DOM elements. This file is typechecked with the tools' Node
// config (no DOM lib), so it takes the DOM's types with the references below. That is the real
// lib.dom.d.ts (checked against the browser's actual API, where hand-written shapes would not
// be), and it needs no change to the code Playwright sends to the page. TypeScript applies a lib
// reference to the whole program, so keep DOM globals to these page callbacks: Node code here
// and in the other tools must not use them.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { measure } from '../scripts/bundle-budget.mjs';
import { demoPassword, menuByRole } from './expectations.mjs';
import { startStack, workspaceRoot } from './stack.mjs';

const shotsDir = path.join(workspaceRoot, 'test-results/portal');
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
const stamp = Date.now().toString(36);
/** @type {{ name: string, ok: boolean, error?: unknown }[]} */
const results = [];

/** @typedef {import('playwright-core').Page} Page */

/**
 * A thrown value as text: its stack when it has one.
 * @param {unknown} error
 */
const stackOf = (error) => String(/** @type {{ stack?: string } | null | undefined} */ (error)?.stack ?? error);

// ---------------------------------------------------------------- helpers

/**
 * @param {string} name
 * @param {() => Promise<void>} fn
 */
async function test(name, fn) {
  const startedAt = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false, error });
    console.log(`  ✘ ${name}\n      ${stackOf(error).split('\n').slice(0, 6).join('\n      ')}`);
  }
}

/**
 * @param {unknown} condition
 * @param {string} message
 * @returns {asserts condition}
 */
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * @param {Page} page
 * @param {string} name
 */
async function shot(page, name) {
  fs.mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true });
}

/**
 * axe with WCAG 2.1 A/AA rules; serious and critical findings fail the test.
 * @param {Page} page
 * @param {string} label
 */
async function axe(page, label) {
  const report = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
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
 * Waits until the page is no longer loading (no spinner status left).
 * @param {Page} page
 */
async function settled(page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
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
async function api(apiUrl, token, method, url, body) {
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
const apiLogin = async (apiUrl, username) =>
  (await api(apiUrl, undefined, 'POST', '/api/auth/login', { username, password: demoPassword })).accessToken;

/**
 * @template T
 * @param {string} what
 * @param {() => Promise<T>} fn
 * @param {{ tries?: number, delayMs?: number }} [options]
 * @returns {Promise<T>}
 */
async function retry(what, fn, { tries = 20, delayMs = 1_000 } = {}) {
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
 * Valid fødselsnummer/D-nummer for test data (same rule as the contracts).
 * @param {number} day
 * @param {number} month
 * @param {number} year
 * @param {number} individual
 * @param {boolean} dNumber
 */
function makeId(day, month, year, individual, dNumber) {
  const digits = [
    ...`${String(day + (dNumber ? 40 : 0)).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}${String(individual).padStart(3, '0')}`,
  ].map(Number);
  const check = (/** @type {number[]} */ weights, /** @type {number[]} */ ds) => {
    const c = 11 - (weights.reduce((s, w, i) => s + w * ds[i], 0) % 11);
    return c === 11 ? 0 : c;
  };
  const k1 = check([3, 7, 6, 1, 8, 9, 4, 5, 2], digits);
  if (k1 === 10) return null;
  const k2 = check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...digits, k1]);
  if (k2 === 10) return null;
  return `${digits.join('')}${k1}${k2}`;
}

function goodDNumber() {
  for (let individual = 100 + (Date.now() % 300); ; individual += 1) {
    const id = makeId(14, 2, 1988, individual, true);
    if (id) return id;
  }
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} baseUrl
 * @param {string} username
 */
async function login(context, baseUrl, username) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/^Brukernavn/).fill(username);
  await page.getByLabel(/^Passord/).fill(demoPassword);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByTestId('whoami').waitFor({ timeout: 20_000 });
  return page;
}

/** @param {Page} page */
async function menuHrefs(page) {
  return page
    .locator('nav[aria-label="Hovedmeny"] a')
    .evaluateAll((/** @type {HTMLAnchorElement[]} */ links) => links.map((a) => new URL(a.href).pathname));
}

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
 * @param {import('playwright-core').Browser} browser
 * @param {import('./stack.mjs').Stack} stack
 */
async function scenarios(browser, stack) {
  const newContext = () => browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const { baseUrl, apiUrl } = stack;
  /**
   * What one scenario leaves for the next (the registration sets the household's three
   * together, the allocation the person).
   * @type {{ householdUrl?: string, householdId?: string, familyName?: string, personId?: string }}
   */
  const shared = {};

  await test('initial JavaScript is within the 250 KB gzip budget', async () => {
    const { chunks, totalGzip, withinBudget } = measure(portalDist);
    console.log(`      initial JS ${(totalGzip / 1024).toFixed(1)} KB gzip in ${chunks.length} chunk(s)`);
    assert(withinBudget, `initial JS is ${(totalGzip / 1024).toFixed(1)} KB gzip, over 250 KB`);
  });

  await test('login page: labelled fields, wrong password said plainly, accessible', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/housing/households`);
    await page.waitForURL('**/login');
    await shot(page, 'login');
    await axe(page, 'login');
    await page.getByLabel(/^Brukernavn/).fill('housing-officer');
    await page.getByLabel(/^Passord/).fill('not-the-password');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText('Brukernavnet eller passordet er feil').waitFor();
    await context.close();
  });

  for (const [role, expected] of Object.entries(menuByRole)) {
    await test(`${role} logs in and sees the right menu and dashboard`, async () => {
      const context = await newContext();
      const page = await login(context, baseUrl, role);
      await settled(page);
      const hrefs = await menuHrefs(page);
      assert(
        JSON.stringify(hrefs) === JSON.stringify(expected),
        `menu of ${role} was ${JSON.stringify(hrefs)}, expected ${JSON.stringify(expected)}`,
      );
      await page.getByRole('heading', { level: 1, name: 'Min oversikt' }).waitFor();
      await shot(page, `dashboard-${role}`);
      await axe(page, `dashboard of ${role}`);
      // The session survives a reload (refresh cookie → new in-memory token).
      await page.reload();
      await page.getByTestId('whoami').waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Logg ut' }).click();
      await page.waitForURL('**/login');
      await context.close();
    });
  }

  await test('housing officer registers a household: bad D-nummer refused with the reason, good one accepted', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'housing-officer');
    await page.getByRole('link', { name: 'Registrer husstand' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Registrer husstand' }).waitFor();
    await page.getByLabel(/^Opprinnelsesland/).selectOption('ER');
    const member = page.getByTestId('member-0');
    const familyName = `E2e-${stamp}`;
    await member.getByLabel(/^Fornavn/).fill('Testa');
    await member.getByLabel(/^Etternavn/).fill(familyName);
    await member.getByLabel(/^Fødselsdato/).fill('1988-02-14');
    const good = goodDNumber();
    const bad = good.slice(0, 10) + String((Number(good[10]) + 1) % 10);
    const idField = member.getByLabel(/^Fødselsnummer eller D-nummer/);
    await idField.fill(bad);
    await idField.blur();
    await member.getByText(/kontrollsifferet/).waitFor();
    assert((await idField.getAttribute('aria-invalid')) === 'true', 'bad number not marked invalid');
    await shot(page, 'register-household-bad-id');
    await page.getByRole('button', { name: 'Registrer husstanden' }).click();
    await page.getByTestId('error-summary').waitFor();
    await axe(page, 'register household with errors');
    await idField.fill(good);
    await member.getByText('Gyldig D-nummer (født 14.02.1988)').waitFor();
    await page.getByRole('button', { name: 'Registrer husstanden' }).click();
    await page.getByTestId('registered').waitFor({ timeout: 20_000 });
    shared.householdUrl = page.url();
    shared.householdId = new URL(page.url()).pathname.split('/').pop();
    shared.familyName = familyName;
    await settled(page);
    await shot(page, 'household-detail');
    await axe(page, 'household detail');
    await context.close();
  });

  await test('housing pages: settlement chart, households search, dwellings with vacancy (screenshots + axe)', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'housing-officer');
    await page.goto(`${baseUrl}/housing`);
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Bosetting i år' }).waitFor();
    await shot(page, 'settlement');
    await axe(page, 'settlement');
    await page.goto(`${baseUrl}/housing/households`);
    await settled(page);
    if (shared.familyName) {
      // The server searches every household, so the one just registered is found wherever it sorts.
      await page.getByLabel(/^Søk på navn/).fill(shared.familyName);
      await page.getByRole('link', { name: new RegExp(shared.familyName) }).waitFor();
      await page.getByText('Viser 1–1 av 1 husstander').waitFor();
      assert(new URL(page.url()).searchParams.get('q') === shared.familyName, 'search term not kept in the URL');
    }
    await shot(page, 'households');
    await axe(page, 'households');
    await page.goto(`${baseUrl}/housing/dwellings`);
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Boliger' }).waitFor();
    await shot(page, 'dwellings');
    await axe(page, 'dwellings');
    await context.close();
  });

  await test('housing officer allocates a dwelling; it shows in the combined case view', async () => {
    assert(shared.householdId, 'no household from the registration scenario');
    const officer = await apiLogin(apiUrl, 'housing-officer');
    const address = `E2e-veien ${stamp}`;
    await api(apiUrl, officer, 'POST', '/api/housing/dwellings', {
      ownership: 'municipal',
      address,
      postalCode: '4006',
      sizeSquareMetres: 64,
      rooms: 3,
      monthlyRentNok: 9500,
      accessible: false,
      status: 'available',
      availableFrom: new Date().toISOString().slice(0, 10),
    });
    // The housing office sees its own dwelling; the intro advisor (next scenario) sees it
    // only while the person consents to share housing status with the introduction programme.
    const household = await api(apiUrl, officer, 'GET', `/api/housing/households/${shared.householdId}`);
    shared.personId = household.members[0].id;
    const advisor = await apiLogin(apiUrl, 'intro-advisor');
    await retry('give consent (case projection may lag)', () =>
      api(apiUrl, advisor, 'POST', `/api/cases/persons/${shared.personId}/consents`, {
        scope: 'housing-status→introduction',
        grantor: 'self',
        evidenceNote: 'signed form, e2e test',
      }),
    );

    const context = await newContext();
    const page = await login(context, baseUrl, 'housing-officer');
    // Set together with householdId (asserted above) by the registration scenario.
    await page.goto(/** @type {string} */ (shared.householdUrl));
    await settled(page);
    const select = page.getByLabel(/^Ledig bolig/);
    await select.waitFor();
    const value = await select.locator('option', { hasText: address }).getAttribute('value');
    await select.selectOption(value);
    await page.getByRole('button', { name: 'Tildel boligen' }).click();
    await page.getByTestId('allocation-done').waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Se det samlede saksbildet' }).click();
    await retry('dwelling in the case view', async () => {
      await page.reload();
      await settled(page);
      await page.getByTestId('case-dwelling').waitFor({ timeout: 2_000 });
    });
    await shot(page, 'case-view');
    await axe(page, 'case view');
    await context.close();
  });

  await test('intro advisor withdraws the consent; the dwelling becomes restricted', async () => {
    assert(shared.householdId && shared.personId, 'no case from the previous scenario');
    const context = await newContext();
    const page = await login(context, baseUrl, 'intro-advisor');
    await page.goto(`${baseUrl}/coordination/cases/${shared.householdId}`);
    await settled(page);
    await page.getByTestId('case-dwelling').waitFor({ timeout: 15_000 });
    await page.locator('details.consents summary').first().click();
    const consents = page.getByTestId(`consents-${shared.personId}`);
    await consents.getByRole('button', { name: 'Trekk samtykke' }).first().click();
    await consents.getByLabel(/^Hvordan ble samtykket trukket/).fill('på telefon til flyktningtjenesten (e2e)');
    await consents.getByRole('button', { name: 'Bekreft at samtykket trekkes' }).click();
    await consents.getByText(/Trukket/).waitFor({ timeout: 15_000 });
    await retry('restricted dwelling after withdrawal', async () => {
      await page.reload();
      await settled(page);
      await page.locator('#dwelling-heading ~ [data-testid="restricted"]').waitFor({ timeout: 2_000 });
    });
    await shot(page, 'case-view-restricted');
    await axe(page, 'case view with restricted scope');
    await context.close();
  });

  await test('housing officer runs the self-settlement checklist and approves', async () => {
    assert(shared.householdUrl, 'no household from the registration scenario');
    const context = await newContext();
    const page = await login(context, baseUrl, 'housing-officer');
    await page.goto(shared.householdUrl.split('?')[0]);
    await settled(page);
    await page.getByLabel(/^Adresse/).fill(`E2e-gata ${stamp}`);
    await page.getByLabel(/^Husleie per måned/).fill('5500');
    await page.getByRole('button', { name: 'Start kontroll av selvbosetting' }).click();
    const panel = page.getByTestId('self-settlement');
    await panel.waitFor({ timeout: 15_000 });
    for (const label of [
      'IMDi har bekreftet oppholdstillatelse',
      'Ikke tildelt en annen kommune',
      'Bankutskrift viser depositum og første måneds leie',
      'Boligkontoret har godkjent leiekontrakten',
      'Boligens standard er kontrollert',
    ]) {
      const box = panel.getByLabel(label);
      await box.click();
      await page.waitForFunction(
        (l) => {
          const inputs = /** @type {HTMLInputElement[]} */ ([...document.querySelectorAll('[data-testid="self-settlement"] input')]);
          const input = inputs.find((i) => i.labels?.[0]?.textContent?.includes(l));
          return input && input.checked && !input.disabled;
        },
        label,
        { timeout: 15_000 },
      );
    }
    await panel.getByText('Alle kontroller er bestått').waitFor({ timeout: 15_000 });
    await shot(page, 'self-settlement');
    await axe(page, 'self-settlement checklist');
    await panel.getByRole('button', { name: 'Godkjenn selvbosetting' }).click();
    await panel.getByText('Godkjent', { exact: true }).waitFor({ timeout: 15_000 });
    await context.close();
  });

  await test('coordination pages: case search, attention list, referrals (screenshots + axe)', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'coordination-member');
    for (const [url, name, heading] of [
      ['/coordination/cases', 'case-search', 'Søk i saker'],
      ['/coordination/attention', 'attention', 'Frister som haster'],
      ['/coordination/referrals', 'referrals', 'Henvisninger'],
    ]) {
      await page.goto(`${baseUrl}${url}`);
      await settled(page);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await shot(page, name);
      await axe(page, name);
    }
    await context.close();
  });

  await test('privacy officer pages: audit search, break-glass, access report, chain status (screenshots + axe)', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'privacy-officer');
    await page.goto(`${baseUrl}/privacy/audit`);
    await settled(page);
    await page.getByRole('table').waitFor();
    await shot(page, 'audit');
    await axe(page, 'audit');
    await page.goto(`${baseUrl}/privacy/break-glass`);
    await settled(page);
    await shot(page, 'break-glass');
    await axe(page, 'break-glass');
    await page.goto(`${baseUrl}/privacy/access-report`);
    if (shared.personId) {
      await page.getByLabel(/^Person-ID/).fill(shared.personId);
      await page.getByRole('button', { name: 'Vis innsynsrapport' }).click();
      await page.getByRole('table').waitFor({ timeout: 15_000 });
    }
    await settled(page);
    await shot(page, 'access-report');
    await axe(page, 'access report');
    await page.goto(`${baseUrl}/privacy/chain`);
    await settled(page);
    await page.getByTestId('chain-status').waitFor();
    await shot(page, 'chain');
    await axe(page, 'chain');
    await context.close();
  });

  await test('municipal admin creates a user and sees it in the users table (screenshot + axe)', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'municipal-admin');
    await page.getByRole('link', { name: 'Brukere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brukere' }).waitFor();
    await settled(page);
    await page.getByTestId('user-housing-officer').waitFor();
    const username = `e2e.${stamp}`;
    const form = page.getByRole('form', { name: 'Ny bruker' });
    await form.getByLabel(/^Brukernavn/).fill(username);
    await form.getByLabel(/^Navn/).fill(`E2e Bruker ${stamp}`);
    await form.getByLabel(/^Rolle/).selectOption('volunteer');
    await form.getByLabel(/^Passord/).fill('e2e-passord-som-er-langt');
    await page.getByRole('button', { name: 'Opprett brukeren' }).click();
    await page.getByText(`Brukeren ${username} er opprettet.`).waitFor({ timeout: 15_000 });
    const row = page.getByTestId(`user-${username}`);
    await row.waitFor({ timeout: 15_000 });
    // An element's textContent is a string (null only for a document or doctype node).
    const text = /** @type {string} */ (await row.textContent());
    assert(text.includes('Frivillig') && text.includes('Aktiv'), `new row reads ${JSON.stringify(text)}`);
    await shot(page, 'users');
    await axe(page, 'users');
    // Deactivation asks first, in a dialog that passes axe too.
    await row.getByRole('button', { name: /^Deaktiver / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: /^Deaktivere / }).waitFor();
    // The dialog fades in: axe measures contrast on what is painted, so let the animation end.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5_000 });
    await shot(page, 'users-deactivate-dialog');
    await axe(page, 'users: deactivate dialog');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    // A deactivated account's row passes axe too: its button's name starts with what it shows.
    await row.getByRole('button', { name: /^Deaktiver / }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Deaktiver kontoen' }).click();
    await row.getByRole('button', { name: `Aktiver igjen: E2e Bruker ${stamp}` }).waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5_000 });
    await axe(page, 'users: a deactivated account');
    await context.close();
  });

  await test('a page outside the role is refused plainly, and English works', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'volunteer');
    await page.goto(`${baseUrl}/privacy/audit`);
    await page.getByRole('heading', { level: 1, name: 'Du har ikke tilgang' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'You do not have access' }).waitFor();
    assert((await page.getAttribute('html', 'lang')) === 'en', 'html lang not switched');
    await page.getByRole('button', { name: 'Norsk (bokmål)' }).click();
    await context.close();
  });
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
