// Referrals answered in the portal (create on the case view, reject with a reason, accept and
// complete on the referrals page), a sortable list, and CSV exports audited as exports.
/// <reference lib="dom" />
import { api, apiLogin, assert, axe, downloadCsv, login, retry, settled, shot, stamp, test } from '../support.mjs';

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl, apiUrl, shared }) {
  const firstReason = `Trenger helsekartlegging ${stamp}`;
  const secondReason = `Oppfølging av vaksiner ${stamp}`;

  await test('coordination group refers a member to health from the case view (screenshot + axe)', async () => {
    assert(shared.householdId && shared.personId, 'no household from the housing scenarios');
    const context = await newContext();
    const page = await login(context, baseUrl, 'coordination-member', { at: `/coordination/cases/${shared.householdId}` });
    await settled(page);
    const section = page.getByRole('region', { name: 'Henvisninger i saken' });
    await section.getByText('Ny henvisning').click();
    const form = section.getByRole('form', { name: 'Ny henvisning' });
    await form.getByText('Sendes fra din enhet: Koordineringsgruppen.').waitFor();
    await form.getByLabel(/^Til tjeneste/).selectOption({ label: 'Helse' });
    await form.getByRole('button', { name: 'Send henvisning' }).click();
    await form.getByTestId('error-summary').waitFor();
    await form.getByLabel(/^Begrunnelse/).fill(firstReason);
    await form.getByRole('button', { name: 'Send henvisning' }).click();
    await form.getByText('Henvisningen er sendt.').waitFor({ timeout: 15_000 });
    await section.getByRole('cell', { name: firstReason }).waitFor({ timeout: 15_000 });
    await settled(page);
    await shot(page, 'case-referrals');
    await axe(page, 'case view with referrals');
    await context.close();

    const coordinator = await apiLogin(apiUrl, 'coordination-member');
    await api(apiUrl, coordinator, 'POST', '/api/cases/referrals', {
      personId: shared.personId,
      toDepartment: 'health',
      reason: secondReason,
    });
  });

  await test('health rejects one referral with a reason, accepts and completes the other, sorts the list (screenshot + axe)', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'health-worker', { at: '/coordination/referrals' });
    await page.getByRole('heading', { level: 1, name: 'Henvisninger' }).waitFor();
    const table = page.getByTestId('referral-table');
    const row = (/** @type {string} */ reason) => table.getByRole('row').filter({ hasText: reason });
    await row(firstReason).waitFor({ timeout: 15_000 });

    await row(firstReason)
      .getByRole('button', { name: /^Avvis henvisningen fra Koordineringsgruppen/ })
      .click();
    await row(firstReason).getByRole('button', { name: 'Avvis henvisningen' }).click();
    await row(firstReason).getByTestId('error-summary').waitFor();
    await axe(page, 'referral rejection without a reason');
    await row(firstReason)
      .getByLabel(/^Hvorfor avvises henvisningen/)
      .fill('Følges opp av fastlegen');
    await row(firstReason).getByRole('button', { name: 'Avvis henvisningen' }).click();
    await row(firstReason).getByText('Henvisningen er nå: Avvist.').waitFor({ timeout: 15_000 });
    await row(firstReason).getByText('Svar fra mottaker: Følges opp av fastlegen').waitFor();

    await row(secondReason)
      .getByRole('button', { name: /^Aksepter henvisningen/ })
      .click();
    await row(secondReason)
      .getByRole('button', { name: /^Fullfør henvisningen/ })
      .click({ timeout: 15_000 });
    await row(secondReason).getByText('Henvisningen er nå: Fullført.').waitFor({ timeout: 15_000 });

    const status = table.getByRole('columnheader', { name: 'Status' });
    await status.getByRole('button').click();
    assert((await status.getAttribute('aria-sort')) === 'ascending', 'status heading not marked ascending');
    const statuses = await table.locator('tbody tr td:nth-child(6)').allTextContents();
    assert(JSON.stringify(statuses) === JSON.stringify([...statuses].sort((a, b) => a.localeCompare(b, 'nb'))), `not sorted: ${statuses}`);
    await status.getByRole('button').press('Enter');
    assert((await status.getAttribute('aria-sort')) === 'descending', 'Enter on the heading did not reverse the order');
    await settled(page);
    await shot(page, 'referrals-answered');
    await axe(page, 'referrals answered');

    const csv = await downloadCsv(page, 'referrals-csv');
    assert(csv[0] === 'Opprettet;Sak;Fra;Til;Begrunnelse;Status', `referrals CSV header reads ${JSON.stringify(csv[0])}`);
    const rejected = csv.find((line) => line.includes(firstReason));
    assert(
      rejected?.endsWith(';Koordineringsgruppen;Helse;' + firstReason + ';Avvist'),
      `referrals CSV row reads ${JSON.stringify(rejected)}`,
    );
    await context.close();
  });

  await test('attention list exports as CSV, audited as an export with the reader’s purpose', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'coordination-member', { at: '/coordination/attention' });
    await page.getByRole('heading', { level: 1, name: 'Frister som haster' }).waitFor();
    await settled(page);
    const csv = await downloadCsv(page, 'attention-csv');
    assert(csv[0] === 'Frist;Hva;Hvem;Ansvarlig;Status', `attention CSV header reads ${JSON.stringify(csv[0])}`);
    assert(!csv.some((line) => /referral-answer|NAV · nav/.test(line)), 'raw keys in the attention CSV');
    await context.close();

    const officer = await apiLogin(apiUrl, 'privacy-officer');
    const entries = await retry('export audit entry', async () => {
      const page = await api(apiUrl, officer, 'GET', '/api/audit?action=case.attention-list.export&limit=5');
      if (!page.entries.length) throw new Error('no export entry yet');
      return page.entries;
    });
    assert(entries[0].username === 'coordination-member' && entries[0].purpose.includes('coordination'), JSON.stringify(entries[0]));
  });

  await test('housing officer exports the household list as CSV and sorts it by name (audited as an export)', async () => {
    assert(shared.familyName, 'no household from the housing scenarios');
    const context = await newContext();
    const page = await login(context, baseUrl, 'housing-officer', { at: '/housing/households' });
    await page.getByRole('heading', { level: 1, name: 'Husstander' }).waitFor();
    const table = page.getByTestId('household-table');
    await table.waitFor({ timeout: 15_000 });
    const name = table.getByRole('columnheader', { name: 'Navn' });
    await name.getByRole('button').click();
    assert((await name.getAttribute('aria-sort')) === 'ascending', 'name heading not marked ascending');
    const names = await table.locator('tbody tr td:first-child').allTextContents();
    assert(JSON.stringify(names) === JSON.stringify([...names].sort((a, b) => a.localeCompare(b, 'nb'))), `not sorted: ${names}`);
    await axe(page, 'households sorted');

    const csv = await downloadCsv(page, 'households-csv');
    assert(csv[0] === 'Navn;Personer;Ankomst;Land;Anmodet;Status', `households CSV header reads ${JSON.stringify(csv[0])}`);
    assert(
      csv.some((line) => line.includes(String(shared.familyName))),
      `the registered household is not in the CSV: ${csv.slice(0, 3)}`,
    );
    await context.close();

    const officer = await apiLogin(apiUrl, 'privacy-officer');
    const entries = await api(apiUrl, officer, 'GET', '/api/audit?action=household.list.export&limit=5');
    assert(entries.entries[0]?.username === 'housing-officer', `no household export entry: ${JSON.stringify(entries.entries[0])}`);
  });
}
