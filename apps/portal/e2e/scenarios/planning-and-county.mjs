// Planning ahead: the housing officer's settlement plan against the dwellings, and the county
// governor's view of the county (aggregates only) as the county analyst.
/// <reference lib="dom" />
import { api, apiLogin, assert, axe, login, menuHrefs, settled, shot, test } from '../support.mjs';

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl, apiUrl }) {
  // Next year: no other scenario records figures for it, and every quarter of it lies ahead.
  const year = new Date().getFullYear() + 1;

  await test('housing officer sees next year’s plan per quarter, with the shortfall marked (screenshot + axe)', async () => {
    const token = await apiLogin(apiUrl, 'housing-officer');
    const today = new Date().toISOString().slice(0, 10);
    await api(apiUrl, token, 'POST', '/api/housing/settlement-requests', { year, total: 520, unaccompaniedMinors: 20, receivedOn: today });
    await api(apiUrl, token, 'POST', '/api/housing/settlement-decisions', { year, total: 500, unaccompaniedMinors: 20, decidedOn: today });

    const context = await newContext();
    const page = await login(context, baseUrl, 'housing-officer');
    await page.getByRole('link', { name: 'Planlegging av bosetting' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Planlegging av bosetting' }).waitFor();
    await page.getByLabel(/^År/).selectOption(String(year));
    await page.getByTestId('planning-remaining').getByText('500').waitFor({ timeout: 15_000 });
    await page.getByText('Beregnet ut fra kommunestyrets vedtak.').waitFor();
    // 480 persons besides the minors over four quarters: far more than the demo dwellings hold.
    const lastQuarter = page.getByTestId(`planning-${year}-Q4`);
    await lastQuarter.getByText(/^Mangler \d+/).waitFor();
    await page.getByTestId('planning-shortfall').waitFor();
    await settled(page);
    await shot(page, 'settlement-planning');
    await axe(page, 'settlement planning');
    await context.close();
  });

  await test('county analyst sees the county per municipality and nothing else (screenshot + axe)', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'county-analyst');
    const menu = await menuHrefs(page);
    assert(JSON.stringify(menu) === JSON.stringify(['/', '/county']), `county analyst's menu: ${menu.join(', ')}`);
    // The dashboard's county box answers (no "not available" for a missing route any more).
    await page.getByRole('link', { name: 'Se bosetting per kommune' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bosetting i fylket' }).waitFor();
    await page.getByLabel(/^År/).selectOption(String(year));
    const stavanger = page.getByTestId('county-1103');
    await stavanger.getByRole('rowheader', { name: 'Stavanger kommune' }).waitFor({ timeout: 15_000 });
    // IMDi's requests add up (the settlement flow records its own for this year too): the row shows their sum.
    const officer = await apiLogin(apiUrl, 'housing-officer');
    const progress = /** @type {{ requested: { total: number, unaccompaniedMinors: number } }} */ (
      await api(apiUrl, officer, 'GET', `/api/housing/statistics/progress?year=${year}`)
    );
    await stavanger.getByText(`${progress.requested.total} (${progress.requested.unaccompaniedMinors})`).waitFor();
    await stavanger.getByText('500 (20)').waitFor();
    const text = await page.getByTestId('county-table').innerText();
    assert(!/E2e-|Testa/.test(text), 'a person’s name in the county table');
    await settled(page);
    await shot(page, 'county-view');
    await axe(page, 'county view');
    await context.close();
  });
}
