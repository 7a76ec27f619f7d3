// The case page in Chromium: time from navigation to the case's content on screen, as a user
// who is signed in (refresh cookie) opens or reloads it. The goal is 500 ms on localhost.
import fs from 'node:fs';
import { percentile } from '../lag.mjs';
import { chromium } from 'playwright-core';
import { PhaseError, messageOf } from '../processes.mjs';
import { demoPassword } from '../context.mjs';
import { readSetup } from './reads.mjs';
import { seedIfEmpty } from './seed.mjs';

/** @typedef {import('../context.mjs').BenchContext} BenchContext */

export const casePageGoalMs = 500;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const loads = Number(process.env.BENCH_CASE_PAGE_LOADS ?? 30);
const warmupLoads = 3;

/** @param {number[]} values @param {number} p 0–100 */
const percentileOf = (values, p) =>
  percentile(
    [...values].sort((a, b) => a - b),
    p,
  );
/** The first thing the case page renders once its data is there (case-view-page.tsx). */
const contentSelector = '[data-testid="case-status"]';

/**
 * @param {BenchContext} ctx
 */
export async function casePagePhase(ctx) {
  if (!fs.existsSync(chromiumPath))
    throw new PhaseError(`Chromium is missing at ${chromiumPath}: apt-get install chromium (or set CHROMIUM_PATH)`);
  await ctx.ensureStack({ portal: true });
  await seedIfEmpty(ctx, { persons: 2000, municipalities: ['1103'] });
  const { householdIds } = await readSetup(ctx);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
    // Signed in the way the portal signs in: the refresh cookie lands in the browser context.
    const login = await context.request.post(`${ctx.baseUrl}/api/auth/login`, {
      data: { username: 'coordination-member', password: demoPassword },
    });
    if (!login.ok())
      throw new PhaseError(`login as coordination-member in the browser: ${login.status()} ${(await login.text()).slice(0, 200)}`);
    // The moment the content appears, in the page's own clock (ms since navigation start).
    await context.addInitScript((selector) => {
      const w = /** @type {Window & { __contentAt?: number }} */ (window);
      new MutationObserver((_, observer) => {
        if (document.querySelector(selector)) {
          w.__contentAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, contentSelector);

    /** @type {number[]} */
    const times = [];
    /** @type {number[]} */
    const apiRequests = [];
    /** @type {Record<string, number>} */
    const authCalls = {};
    /** @type {string[]} */
    let waterfall = [];
    for (let i = 0; i < warmupLoads + loads; i += 1) {
      const page = await context.newPage();
      let api = 0;
      /** @type {{ start: number, end: number, what: string }[]} */
      const requests = [];
      page.on('requestfinished', (request) => {
        const timing = request.timing();
        const path = new URL(request.url()).pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id');
        requests.push({ start: timing.startTime, end: timing.startTime + timing.responseEnd, what: `${request.method()} ${path}` });
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!url.pathname.startsWith('/api/')) return;
        api += 1;
        if (i >= warmupLoads && url.pathname.startsWith('/api/auth/')) authCalls[url.pathname] = (authCalls[url.pathname] ?? 0) + 1;
      });
      const householdId = householdIds[i % householdIds.length];
      try {
        await page.goto(`${ctx.baseUrl}/coordination/cases/${householdId}`);
        await page.locator(contentSelector).waitFor({ timeout: 15_000 });
      } catch (error) {
        throw new PhaseError(`the case page of ${householdId} showed no content: ${messageOf(error)}`);
      }
      const at = await page.evaluate(() => /** @type {Window & { __contentAt?: number }} */ (window).__contentAt);
      await page.close();
      if (i < warmupLoads) continue;
      if (typeof at !== 'number') throw new PhaseError('the content was seen but its time was not recorded');
      times.push(Math.round(at));
      apiRequests.push(api);
      // Relative to the document request; the content time is the page's own (navigation start).
      const first = Math.min(...requests.map((r) => r.start));
      waterfall = [
        ...requests
          .sort((a, b) => a.start - b.start)
          .map((r) => `${Math.round(r.start - first)}–${Math.round(r.end - first)} ms ${r.what}`),
        `content at ${Math.round(at)} ms`,
      ];
    }
    const p50Ms = percentileOf(times, 50);
    const p95Ms = percentileOf(times, 95);
    ctx.log(`${loads} loads: p50 ${p50Ms} ms, p95 ${p95Ms} ms; auth requests over all loads: ${JSON.stringify(authCalls)}`);
    ctx.log(`the last load's requests (from the document request): \n        ${waterfall.join('\n        ')}`);
    return {
      loads,
      p50Ms,
      p95Ms,
      maxMs: Math.max(...times),
      goalMs: casePageGoalMs,
      apiRequestsPerLoad: percentileOf(apiRequests, 50),
      lastLoadRequests: waterfall,
      authRequestsPerLoad: Object.fromEntries(Object.entries(authCalls).map(([path, n]) => [path, Math.round((n / loads) * 10) / 10])),
    };
  } finally {
    await browser.close();
  }
}
