// The housing officer's day: registration, the housing pages, allocation into the case view, consent, self-settlement.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { api, apiLogin, assert, axe, goodDNumber, login, retry, settled, shot, stamp, test } from '../support.mjs';

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl, apiUrl, shared }) {
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
    const page = await login(context, baseUrl, 'housing-officer', { at: '/housing' });
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
    // Set together with householdId (asserted above) by the registration scenario.
    const page = await login(context, baseUrl, 'housing-officer', { at: /** @type {string} */ (shared.householdUrl) });
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
    // The household list says what the household page says: housed, no longer waiting.
    await page.goto(`${baseUrl}/housing/households?q=${encodeURIComponent(String(shared.familyName))}`);
    await page.getByTestId(`household-${shared.householdId}`).getByText('Bolig tildelt').waitFor({ timeout: 15_000 });
    await context.close();
  });

  await test('intro advisor withdraws the consent; the dwelling becomes restricted', async () => {
    assert(shared.householdId && shared.personId, 'no case from the previous scenario');
    const context = await newContext();
    const page = await login(context, baseUrl, 'intro-advisor', { at: `/coordination/cases/${shared.householdId}` });
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
    const page = await login(context, baseUrl, 'housing-officer', { at: shared.householdUrl.split('?')[0] });
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
}
