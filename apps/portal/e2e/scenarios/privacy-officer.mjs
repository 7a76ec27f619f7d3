// The privacy officer's access report: a name is refused plainly (never a false "nobody has
// seen this person"), a person id gives the accesses in words, exportable as CSV, and a
// fødselsnummer / D-nummer finds the person's report without ever entering a URL.
/// <reference lib="dom" />
import fs from 'node:fs';
import { api, apiLogin, assert, axe, goodDNumber, login, settled, shot, stamp, test } from '../support.mjs';

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl, apiUrl, shared }) {
  await test('access report: a name is refused plainly, a person id shows actions in words and downloads as CSV (screenshot + axe)', async () => {
    assert(shared.personId, 'no person from the housing scenarios');
    const context = await newContext();
    const page = await login(context, baseUrl, 'privacy-officer', { at: '/privacy/access-report' });
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

  await test('access report by D-nummer: checked in the browser, found by POST, named, never in a URL (screenshot + axe)', async () => {
    const birthDate = { year: 1987, month: 9, day: 21 };
    const number = goodDNumber(birthDate);
    const familyName = `Innsynsen${stamp}`;
    const officer = await apiLogin(apiUrl, 'housing-officer');
    const household = await api(apiUrl, officer, 'POST', '/api/housing/households', {
      origin: 'quota-refugee',
      countryOfOrigin: 'SO',
      languages: ['so'],
      requestedOn: '2025-02-01',
      members: [{ givenName: 'Testa', familyName, birthDate: '1987-09-21', relationship: 'head', nationalId: number }],
    });
    // The earlier read the report must show.
    await api(apiUrl, officer, 'GET', `/api/housing/persons/${household.members[0].id}`);

    const context = await newContext();
    const page = await login(context, baseUrl, 'privacy-officer');
    /** @type {string[]} */
    const urls = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.goto(`${baseUrl}/privacy/access-report`);
    await page.getByRole('heading', { level: 1, name: 'Innsyn: hvem har sett hva' }).waitFor();
    const field = page.getByLabel(/^Person-ID, fødselsnummer eller D-nummer/);
    const show = page.getByRole('button', { name: 'Vis innsynsrapport' });

    await field.fill(`${number.slice(0, 10)}${(Number(number[10]) + 1) % 10}`);
    await show.click();
    await page.getByText(/kontrollsifferet .* er feil/).waitFor();
    assert((await field.getAttribute('aria-invalid')) === 'true', 'a bad check digit was not marked on the field');

    await field.fill(number);
    await show.click();
    await page.getByRole('heading', { level: 2, name: `Innsyn for Testa ${familyName}` }).waitFor({ timeout: 15_000 });
    const table = page.getByRole('table', { name: 'Innsyn: hvem har sett hva' });
    await table.getByText('Personopplysninger lest').first().waitFor();
    await settled(page);
    await shot(page, 'access-report-national-id');
    await axe(page, 'access report found by D-nummer');

    await field.fill(goodDNumber({ year: 1931, month: 1, day: 2 }));
    await show.click();
    await page.getByTestId('access-report-not-on-record').waitFor();
    assert((await page.getByText(/Ingen har sett/).count()) === 0, 'an unknown number gave "nobody has seen this person"');
    await axe(page, 'access report: number not on record');
    const leaked = urls.filter((url) => url.includes(number));
    assert(leaked.length === 0, `the national id travelled in a URL: ${leaked.join(', ')}`);
    await context.close();
  });
}
