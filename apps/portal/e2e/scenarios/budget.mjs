// The first-load budget, measured over HTTP from the running stack as the browser receives it
// (compressed bytes on the wire), and how the gateway serves the build: compressed, hashed
// assets cached for good, the page itself revalidated on every load.
import { describe, firstLoadBudgetBytes, kb, measureTransferred, scriptBudgetBytes } from '../../scripts/bundle-budget.mjs';
import { assert, note, test } from '../support.mjs';

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ baseUrl }) {
  /** @type {Awaited<ReturnType<typeof measureTransferred>> | undefined} */
  let measured;
  await test(`the first load transfers at most ${kb(scriptBudgetBytes)} of JavaScript, ${kb(firstLoadBudgetBytes)} in all`, async () => {
    measured = await measureTransferred(baseUrl, '/login');
    note(describe(measured).replace(/^/gm, '      '));
    assert(measured.scriptBytes <= scriptBudgetBytes, `initial JS transfers ${kb(measured.scriptBytes)}, over ${kb(scriptBudgetBytes)}`);
    assert(
      measured.totalBytes <= firstLoadBudgetBytes,
      `the first load transfers ${kb(measured.totalBytes)}, over ${kb(firstLoadBudgetBytes)}`,
    );
    const again = await measureTransferred(baseUrl, '/login');
    assert(again.totalBytes === measured.totalBytes, `two loads transferred ${measured.totalBytes} and ${again.totalBytes} bytes`);
  });

  await test('the gateway serves the portal compressed, hashed assets immutable and the page revalidated', async () => {
    assert(measured, 'no measurement');
    const page = measured.transfers[0];
    assert(/no-cache/.test(page.cacheControl), `the page is cached as "${page.cacheControl}"`);
    for (const asset of measured.transfers.slice(1)) {
      const name = new URL(asset.url).pathname;
      assert(
        /immutable/.test(asset.cacheControl) && /max-age=31536000/.test(asset.cacheControl),
        `${name} is cached as "${asset.cacheControl}"`,
      );
      // Below 1 KB a compressed copy is not worth its headers (see apps/portal/scripts/precompress.ts).
      if (asset.transferredBytes >= 1024) assert(asset.encoding === 'br', `${name} came ${asset.encoding}, not brotli`);
    }
  });
}
