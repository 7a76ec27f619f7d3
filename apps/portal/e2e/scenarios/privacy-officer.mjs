// The privacy officer's access report: a name is refused plainly (never a false "nobody has
// seen this person"), a person id gives the accesses in words, exportable as CSV.
/// <reference lib="dom" />
import fs from 'node:fs';
import { assert, axe, login, settled, shot, test } from '../support.mjs';

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl, shared }) {
  await test('access report: a name is refused plainly, a person id shows actions in words and downloads as CSV (screenshot + axe)', async () => {
    assert(shared.personId, 'no person from the housing scenarios');
    const context = await newContext();
    const page = await login(context, baseUrl, 'privacy-officer');
    await page.goto(`${baseUrl}/privacy/access-report`);
    await page.getByRole('heading', { level: 1, name: 'Innsyn: hvem har sett hva' }).waitFor();
    const field = page.getByLabel(/^Person-ID/);
    await field.fill('Testa Testesen');
    await page.getByRole('button', { name: 'Vis innsynsrapport' }).click();
    await page.getByTestId('access-report-refused').waitFor();
    assert((await page.getByText(/Ingen har sett/).count()) === 0, 'a name gave "nobody has seen this person"');
    await axe(page, 'access report refusing a name');
    await field.fill(String(shared.personId));
    await page.getByRole('button', { name: 'Vis innsynsrapport' }).click();
    const table = page.getByRole('table', { name: 'Innsyn: hvem har sett hva' });
    await table.waitFor({ timeout: 15_000 });
    const text = /** @type {string} */ (await table.textContent());
    assert(!/\b(person|household|case)\.[a-z-]+\b/.test(text), `raw audit actions in the report: ${text.slice(0, 400)}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('access-report-csv').click()]);
    const csv = fs.readFileSync(/** @type {string} */ (await download.path()), 'utf8');
    assert(csv.split('\r\n')[0].includes('Tidspunkt') && csv.split('\r\n').length > 2, `CSV reads ${JSON.stringify(csv.slice(0, 200))}`);
    await settled(page);
    await shot(page, 'access-report');
    await axe(page, 'access report');
    await context.close();
  });
}
