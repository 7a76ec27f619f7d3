// The coordination group's pages and the privacy officer's.
/// <reference lib="dom" />
import { axe, login, settled, shot, test } from '../support.mjs';

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl, shared }) {
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
    const page = await login(context, baseUrl, 'privacy-officer', { at: '/privacy/audit' });
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
}
