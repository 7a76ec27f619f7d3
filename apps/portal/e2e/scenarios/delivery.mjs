// Delivery: a reload of a signed-in page restores the session with one refresh (it answers the user),
// never the old /me → 401 → refresh → /me round, and the page is served compressed.
/// <reference lib="dom" />
import { assert, axe, login, settled, shot, test } from '../support.mjs';

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl }) {
  await test('a reload restores the session with one refresh that answers the user: no /me, no 401 round (screenshot + axe)', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'housing-officer');
    /** @type {string[]} */
    const authCalls = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/api/auth/')) authCalls.push(`${response.request().method()} ${url.pathname} ${response.status()}`);
    });
    await page.goto(`${baseUrl}/housing/households`);
    await page.getByRole('heading', { level: 1, name: 'Husstander' }).waitFor();
    await settled(page);
    assert(
      JSON.stringify(authCalls) === JSON.stringify(['POST /api/auth/refresh 200']),
      `auth calls at load: ${JSON.stringify(authCalls)}`,
    );
    const script = await page.evaluate(() => {
      const entry = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource')).find((e) =>
        /\/assets\/index-.*\.js$/.test(e.name),
      );
      return entry ? { encoded: entry.encodedBodySize, decoded: entry.decodedBodySize } : undefined;
    });
    assert(script && script.encoded > 0 && script.encoded < script.decoded / 2, `entry chunk not compressed: ${JSON.stringify(script)}`);
    await shot(page, 'delivery-households-after-reload');
    await axe(page, 'households after reload');
    await context.close();
  });

  await test('signed out, a load asks only the refresh and lands on the login page', async () => {
    const context = await newContext();
    const page = await context.newPage();
    /** @type {string[]} */
    const authCalls = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/api/auth/') && url.pathname !== '/api/auth/oidc')
        authCalls.push(`${response.request().method()} ${url.pathname}`);
    });
    await page.goto(`${baseUrl}/coordination/cases`);
    await page.getByRole('button', { name: 'Logg inn' }).waitFor();
    assert(JSON.stringify(authCalls) === JSON.stringify(['POST /api/auth/refresh']), `auth calls signed out: ${JSON.stringify(authCalls)}`);
    await context.close();
  });
}
