// Settlement work end to end: IMDi's request and the council's decision (recorded, corrected, progress following),
// settling a household into a dwelling (status and timeline after a reload), and one self-settlement case
// that every tab and every colleague with access finds from the household.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { api, apiLogin, assert, axe, settled, shot, stamp, test, login } from '../support.mjs';

const today = () => new Date().toISOString().slice(0, 10);
/** A KPI's figure as a number (nb formats thousands with a narrow space). */
const figure = async (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ testId) =>
  Number(((await page.getByTestId(testId).locator('.kpi-value').textContent()) ?? '').replace(/\D/g, ''));

/**
 * @param {string} apiUrl
 * @param {string} token
 * @param {string} givenName
 */
async function registerHousehold(apiUrl, token, givenName) {
  return api(apiUrl, token, 'POST', '/api/housing/households', {
    origin: 'reception-centre',
    countryOfOrigin: 'SY',
    languages: ['ar'],
    requestedOn: '2025-01-15',
    members: [
      { givenName, familyName: `Flyt-${stamp}`, birthDate: '1984-03-03', relationship: 'head', residencePermitDate: '2025-01-02' },
      { givenName: 'Lina', familyName: `Flyt-${stamp}`, birthDate: '2016-07-07', relationship: 'child', residencePermitDate: '2025-01-02' },
    ],
  });
}

/**
 * @param {string} apiUrl
 * @param {string} token
 * @param {string} address
 */
async function registerDwelling(apiUrl, token, address) {
  return api(apiUrl, token, 'POST', '/api/housing/dwellings', {
    ownership: 'municipal',
    address,
    postalCode: '4006',
    sizeSquareMetres: 72,
    rooms: 3,
    monthlyRentNok: 10500,
    accessible: false,
    status: 'available',
    availableFrom: today(),
  });
}

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl, apiUrl }) {
  await test("settlement page: IMDi's request recorded and corrected, the council's decision recorded; progress follows", async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'housing-officer', { at: '/housing' });
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Bosetting i år' }).waitFor();
    // Next year: IMDi's request arrives in the autumn before it.
    const year = new Date().getFullYear() + 1;
    await page.getByLabel(/^År/).selectOption(String(year));
    await settled(page);
    const figures = page.getByTestId('settlement-figures');
    await figures.waitFor();
    const requestedBefore = await figure(page, 'kpi-requested');

    await figures.getByRole('button', { name: 'Registrer anmodning' }).click();
    const form = page.getByRole('form', { name: 'Registrer anmodning' });
    await form.getByLabel(/^Antall personer/).fill('40');
    await form.getByLabel(/^Herav enslige mindreårige/).fill('41');
    await form.getByRole('button', { name: 'Lagre anmodningen' }).click();
    await form.getByText('Kan ikke være større enn totalen').waitFor();
    await shot(page, 'settlement-request-refused');
    await axe(page, 'settlement request form with an error');
    await form.getByLabel(/^Herav enslige mindreårige/).fill('4');
    await form.getByRole('button', { name: 'Lagre anmodningen' }).click();
    await page.getByTestId('figures-saved').getByText('Anmodningen er lagret.').waitFor({ timeout: 15_000 });
    await page.waitForFunction(
      ([testId, expected]) => document.querySelector(`[data-testid="${testId}"] .kpi-value`)?.textContent?.replace(/\D/g, '') === expected,
      ['kpi-requested', String(requestedBefore + 40)],
      { timeout: 15_000 },
    );

    // A typing error: 40 should have been 45. The correction replaces the figure, it is not added.
    await figures
      .getByRole('button', { name: /^Rett anmodningen mottatt/ })
      .last()
      .click();
    const correction = page.getByRole('form', { name: 'Rett anmodning' });
    await correction.getByLabel(/^Antall personer/).fill('45');
    await correction.getByRole('button', { name: 'Lagre rettingen' }).click();
    await page.getByTestId('figures-saved').getByText('Rettingen er lagret.').waitFor({ timeout: 15_000 });
    await figures
      .getByText(/^Rettet /)
      .first()
      .waitFor();
    await page.waitForFunction(
      ([testId, expected]) => document.querySelector(`[data-testid="${testId}"] .kpi-value`)?.textContent?.replace(/\D/g, '') === expected,
      ['kpi-requested', String(requestedBefore + 45)],
      { timeout: 15_000 },
    );

    const decision = page.getByRole('form', { name: 'Kommunestyrets vedtak' });
    await decision.getByLabel(/^Antall personer/).fill('42');
    await decision.getByLabel(/^Herav enslige mindreårige/).fill('4');
    await decision.getByRole('button', { name: 'Lagre vedtaket' }).click();
    await page.getByTestId('figures-saved').getByText('Vedtaket er lagret.').waitFor({ timeout: 15_000 });
    await page.getByTestId('kpi-decided').getByText('42').waitFor({ timeout: 15_000 });
    await page
      .getByTestId('decision-now')
      .getByText(/42 personer, herav 4 enslige mindreårige/)
      .waitFor();
    await shot(page, 'settlement-figures');
    await axe(page, 'settlement figures');
    await context.close();
  });

  await test('household settled into a dwelling: status, home and timeline follow after a reload; allocation elsewhere shows too', async () => {
    const officer = await apiLogin(apiUrl, 'housing-officer');
    const household = await registerHousehold(apiUrl, officer, 'Rami');
    const address = `Flytteveien ${stamp}`;
    await registerDwelling(apiUrl, officer, address);

    const context = await newContext();
    const page = await login(context, baseUrl, 'housing-officer', { at: `/housing/households/${household.id}` });
    await settled(page);
    await page.getByTestId('household-situation').getByText('Venter på bolig').waitFor();
    const form = page.getByRole('form', { name: 'Registrer bosetting' });
    await form.getByLabel(/^Hvem bosettes/).selectOption({ label: 'Hele husstanden (2 som ikke er bosatt)' });
    const dwelling = form.getByLabel(/^Bolig/);
    const value = await dwelling.locator('option', { hasText: address }).getAttribute('value');
    await dwelling.selectOption(value);
    await form.getByLabel(/^Bosettingsdato/).fill(today());
    await shot(page, 'settle-household-form');
    await axe(page, 'settle household form');
    await form.getByRole('button', { name: 'Registrer bosetting' }).click();
    await page.getByTestId('all-settled').waitFor({ timeout: 15_000 });

    await page.reload();
    await settled(page);
    await page.getByTestId('household-situation').getByText('Bosatt', { exact: true }).waitFor();
    await page.getByTestId('household-home').getByText(address).waitFor();
    await page.getByRole('region', { name: 'Tidslinje' }).getByText(`Bolig tildelt: ${address}`).waitFor();
    assert(
      (await page.getByRole('heading', { name: 'Tildel bolig' }).count()) === 0,
      'a settled household is still offered "Tildel bolig"',
    );
    await shot(page, 'household-settled');
    await axe(page, 'settled household');

    // Allocated through the API (another officer's screen): this page says so after a reload.
    const other = await registerHousehold(apiUrl, officer, 'Omar');
    const otherAddress = `Tildelingsgata ${stamp}`;
    const otherDwelling = await registerDwelling(apiUrl, officer, otherAddress);
    await api(apiUrl, officer, 'POST', '/api/housing/tenancies', {
      dwellingId: otherDwelling.id,
      householdId: other.id,
      startDate: today(),
    });
    await page.goto(`${baseUrl}/housing/households/${other.id}`);
    await settled(page);
    await page.getByTestId('household-situation').getByText('Bolig tildelt').waitFor();
    await page.getByTestId('household-home').getByText(otherAddress).waitFor();
    await page.getByRole('region', { name: 'Tidslinje' }).getByText(`Bolig tildelt: ${otherAddress}`).waitFor();
    await context.close();
  });

  await test('self-settlement: one case for every tab and colleague; the stale tab is told why and reloads; approval shows as status', async () => {
    const officer = await apiLogin(apiUrl, 'housing-officer');
    const household = await registerHousehold(apiUrl, officer, 'Samira');
    const url = `${baseUrl}/housing/households/${household.id}`;
    const address = `Selvbogata ${stamp}`;

    const first = await newContext();
    const second = await newContext();
    const tabA = await login(first, baseUrl, 'housing-officer');
    const tabB = await login(second, baseUrl, 'housing-officer');
    for (const tab of [tabA, tabB]) {
      await tab.goto(url);
      await settled(tab);
      await tab.getByRole('button', { name: 'Start kontroll av selvbosetting' }).waitFor();
    }

    await tabA.getByLabel(/^Adresse/).fill(address);
    await tabA.getByLabel(/^Husleie per måned/).fill('5500');
    await tabA.getByRole('button', { name: 'Start kontroll av selvbosetting' }).click();
    await tabA.getByTestId('self-settlement').getByText(address, { exact: false }).waitFor({ timeout: 15_000 });

    // Tab B still shows the start form it loaded before: its attempt is refused, it says why, and it shows the case.
    await tabB.getByLabel(/^Adresse/).fill('Et annet sted 1');
    await tabB.getByLabel(/^Husleie per måned/).fill('6000');
    await tabB.getByRole('button', { name: 'Start kontroll av selvbosetting' }).click();
    await tabB
      .getByTestId('conflict-explained')
      .getByText('Husstanden har allerede en åpen sak om avtalt selvbosetting. Siden viser nå det som er lagret.')
      .waitFor({ timeout: 15_000 });
    await tabB.getByTestId('self-settlement').getByText(address, { exact: false }).waitFor({ timeout: 15_000 });
    await shot(tabB, 'self-settlement-conflict');
    await axe(tabB, 'self-settlement conflict explained');

    // A colleague with read access (the introduction advisor) finds the same case, read only.
    const third = await newContext();
    const advisor = await login(third, baseUrl, 'intro-advisor', { at: url });
    await settled(advisor);
    await advisor.getByTestId('self-settlement').getByText(address, { exact: false }).waitFor({ timeout: 15_000 });
    assert((await advisor.getByRole('button', { name: 'Godkjenn selvbosetting' }).count()) === 0, 'a reader is offered approval');
    await shot(advisor, 'self-settlement-colleague');
    await axe(advisor, 'self-settlement seen by a colleague');

    const caseId = (await api(apiUrl, officer, 'GET', `/api/housing/households/${household.id}`)).selfSettlements[0].id;
    await api(apiUrl, officer, 'PATCH', `/api/housing/self-settlements/${caseId}/checklist`, {
      permitConfirmedWithImdi: true,
      notAssignedElsewhere: true,
      depositAndFirstRentAvailable: true,
      leaseLegallyApproved: true,
      standardInspected: true,
    });
    await api(apiUrl, officer, 'POST', `/api/housing/self-settlements/${caseId}/decision`, { outcome: 'approved' });
    await tabA.reload();
    await settled(tabA);
    await tabA.getByTestId('household-situation').getByText('Selvbosetting godkjent').waitFor();
    await tabA.getByRole('region', { name: 'Tidslinje' }).getByText(`Selvbosetting godkjent: ${address}`).waitFor();
    assert(
      (await tabA.getByRole('heading', { name: 'Tildel bolig' }).count()) === 0,
      'an approved self-settlement is still offered "Tildel bolig"',
    );
    await shot(tabA, 'self-settlement-approved');
    for (const context of [first, second, third]) await context.close();
  });
}
