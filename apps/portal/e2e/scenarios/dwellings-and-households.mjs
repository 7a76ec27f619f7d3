// Dwellings (register, change, tenancy history, end a tenancy) and households (edit, add and remove a member, edit a person,
// look a person up by national id without the number in any URL).
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { api, apiLogin, assert, axe, downloadCsv, goodDNumber, login, settled, shot, stamp, test } from '../support.mjs';

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl, apiUrl }) {
  const address = `Bjørkeveien ${stamp}`;
  const familyName = `Lindqvist-${stamp}`;
  const headNumber = goodDNumber({ year: 1979, month: 9, day: 3 });
  /** @type {{ dwellingUrl?: string, householdUrl?: string }} */
  const here = {};

  await test('housing officer registers a dwelling, refused by field first, then changes its rent', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'housing-officer', { at: '/housing/dwellings' });
    await settled(page);
    const form = page.getByRole('form', { name: 'Registrer bolig' });
    await form.getByLabel(/^Adresse/).fill(address);
    await form.getByLabel(/^Postnummer/).fill('40');
    await form.getByLabel(/^Antall rom/).fill('3');
    await form.getByLabel(/^Størrelse/).fill('72,5');
    await form.getByLabel(/^Husleie per måned/).fill('10400');
    await form.getByRole('button', { name: 'Registrer boligen' }).click();
    await page.getByTestId('error-summary').waitFor();
    await form.getByText(/Postnummer:/).waitFor();
    await axe(page, 'register dwelling with errors');
    await form.getByLabel(/^Postnummer/).fill('4010');
    await form.getByRole('button', { name: 'Registrer boligen' }).click();
    await page.getByTestId('dwelling-added').waitFor({ timeout: 20_000 });
    // The list sorts by its headings and exports what the filter finds, with the same words.
    const table = page.getByTestId('dwelling-table');
    const rent = table.getByRole('columnheader', { name: 'Husleie' });
    await rent.getByRole('button').click();
    assert((await rent.getAttribute('aria-sort')) === 'ascending', 'rent heading not marked ascending');
    const rents = await table.locator('tbody tr td:nth-child(5)').allTextContents();
    const kroner = rents.map((text) => Number(text.replace(/\D/g, '')));
    assert(
      kroner.every((value, i) => i === 0 || kroner[i - 1] <= value),
      `not sorted by rent: ${rents}`,
    );
    await axe(page, 'dwellings sorted by rent');
    const csv = await downloadCsv(page, 'dwellings-csv');
    assert(csv[0] === 'Adresse;Eierform;Rom;Størrelse;Husleie;Ledig fra;Status', `dwellings CSV header reads ${JSON.stringify(csv[0])}`);
    assert(
      csv.some((line) => line.startsWith(`${address}, 4010;`)),
      `the new dwelling is not in the CSV: ${csv.slice(0, 3)}`,
    );
    await page.getByRole('link', { name: new RegExp(`^${address}, 4010`) }).click();
    await page.getByRole('heading', { level: 1, name: `${address}, 4010` }).waitFor();
    here.dwellingUrl = page.url();
    await page.getByText('Boligen har ikke vært leid ut.').waitFor();
    const edit = page.getByRole('form', { name: 'Endre boligen' });
    await edit.getByLabel(/^Husleie per måned/).fill('10900');
    await edit.getByRole('button', { name: 'Lagre boligen' }).click();
    await page.getByTestId('dwelling-saved').waitFor({ timeout: 20_000 });
    await page.getByText(/10\s900/).waitFor();
    await settled(page);
    await shot(page, 'dwelling-detail');
    await axe(page, 'dwelling detail');
    await context.close();
  });

  await test('housing officer adds a member (focus in the first field), edits a person, removes the member, corrects the household', async () => {
    const officer = await apiLogin(apiUrl, 'housing-officer');
    const household = await api(apiUrl, officer, 'POST', '/api/housing/households', {
      origin: 'quota-refugee',
      countryOfOrigin: 'SY',
      languages: ['ar'],
      members: [{ givenName: 'Samira', familyName, birthDate: '1979-09-03', relationship: 'head', nationalId: headNumber }],
    });
    here.householdUrl = `${baseUrl}/housing/households/${household.id}`;
    const context = await newContext();
    const page = await login(context, baseUrl, 'housing-officer', { at: here.householdUrl });
    await settled(page);
    await page.getByTestId('household-home').getByText('Husstanden har ingen bolig ennå.').waitFor();

    await page.getByRole('button', { name: 'Legg til person' }).click();
    const addForm = page.getByRole('form', { name: 'Legg til person i husstanden' });
    const firstField = addForm.getByLabel(/^Fornavn/);
    await firstField.waitFor();
    assert(
      await firstField.evaluate((el) => el === document.activeElement),
      'after «Legg til person» the focus is not in the new person’s first field',
    );
    await firstField.fill('Yara');
    await addForm.getByLabel(/^Etternavn/).fill(familyName);
    await addForm.getByLabel(/^Fødselsdato/).fill('2025-04-02');
    await addForm.getByRole('button', { name: 'Legg til personen' }).click();
    await page.getByTestId('member-added').waitFor({ timeout: 20_000 });
    await page.getByRole('cell', { name: `Yara ${familyName}` }).waitFor();

    const personForm = page.getByRole('form', { name: 'Endre en person' });
    await page.getByLabel(/^Hvem vil du endre/).selectOption({ label: `Samira ${familyName}` });
    await personForm.getByLabel(/^Fornavn/).fill('Samia');
    await personForm.getByRole('button', { name: 'Lagre personen' }).click();
    await page.getByTestId('person-saved').waitFor({ timeout: 20_000 });

    const removeForm = page.getByRole('form', { name: 'Ta en person ut av husstanden' });
    await removeForm.getByLabel(/^Hvem skal ut av husstanden/).selectOption({ label: `Yara ${familyName}` });
    await removeForm.getByLabel(/^Årsak/).selectOption('registered-by-mistake');
    await removeForm.getByRole('button', { name: 'Ta ut av husstanden' }).click();
    await page.getByTestId('member-removed').waitFor({ timeout: 20_000 });
    await page.getByRole('cell', { name: `Yara ${familyName}` }).waitFor({ state: 'detached' });
    await removeForm.getByTestId('last-member').waitFor();

    const householdForm = page.getByRole('form', { name: 'Endre husstanden' });
    await householdForm.getByLabel(/^Dato for anmodning fra IMDi/).fill('2099-01-01');
    await householdForm.getByRole('button', { name: 'Lagre husstanden' }).click();
    await page.getByTestId('error-summary').waitFor();
    await householdForm.getByLabel(/^Dato for anmodning fra IMDi/).fill('');
    await householdForm.getByRole('checkbox', { name: 'kurdisk' }).check();
    await householdForm.getByRole('button', { name: 'Lagre husstanden' }).click();
    await page.getByTestId('household-saved').waitFor({ timeout: 20_000 });
    await page.getByRole('heading', { level: 1, name: new RegExp(familyName) }).waitFor();
    await settled(page);
    await shot(page, 'household-editing');
    await axe(page, 'household editing');
    await context.close();

    // Need-to-know: the intro advisor reads the household but neither edits it nor sees its address.
    const advisorContext = await newContext();
    const advisorPage = await login(advisorContext, baseUrl, 'intro-advisor', { at: here.householdUrl });
    await settled(advisorPage);
    await advisorPage.getByRole('heading', { level: 1, name: new RegExp(familyName) }).waitFor();
    assert((await advisorPage.getByRole('form', { name: 'Endre husstanden' }).count()) === 0, 'intro advisor sees the household form');
    assert((await advisorPage.getByTestId('household-home').count()) === 0, "intro advisor sees the household's dwelling");
    await advisorContext.close();
  });

  await test('the household page shows its dwelling; the dwelling page ends the tenancy and keeps the history', async () => {
    assert(here.dwellingUrl && here.householdUrl, 'no dwelling or household from the scenarios before');
    const officer = await apiLogin(apiUrl, 'housing-officer');
    const dwellingId = new URL(here.dwellingUrl).pathname.split('/').pop();
    const householdId = new URL(here.householdUrl).pathname.split('/').pop();
    await api(apiUrl, officer, 'POST', '/api/housing/tenancies', { dwellingId, householdId, startDate: '2025-06-01' });
    const context = await newContext();
    const page = await login(context, baseUrl, 'housing-officer', { at: here.householdUrl });
    await settled(page);
    const home = page.getByTestId('household-home');
    await home.getByText(`${address}, 4010`).waitFor();
    await home.getByText('01.06.2025').waitFor();
    await home.getByRole('link', { name: 'Åpne boligen' }).click();
    await page.getByRole('heading', { level: 1, name: `${address}, 4010` }).waitFor();
    const history = page.getByTestId('tenancy-history');
    await history.getByText('Bor der nå').waitFor();
    const endForm = page.getByRole('form', { name: 'Avslutt leieforholdet' });
    await endForm.getByLabel(/^Utflyttingsdato/).fill('2025-05-01');
    await endForm.getByRole('button', { name: 'Avslutt leieforholdet' }).click();
    await page.getByTestId('error-summary').waitFor();
    await endForm.getByLabel(/^Utflyttingsdato/).fill('2025-12-31');
    await endForm.getByLabel(/^Årsak/).selectOption('bought-own-home');
    await endForm.getByLabel('Kjøpt med startlån fra Husbanken').check();
    await endForm.getByRole('button', { name: 'Avslutt leieforholdet' }).click();
    await page.getByTestId('tenancy-ended').waitFor({ timeout: 20_000 });
    await history.getByText(/Kjøpte egen bolig/).waitFor();
    await history.getByText('31.12.2025').waitFor();
    assert((await page.getByRole('form', { name: 'Avslutt leieforholdet' }).count()) === 0, 'ended tenancy still offered for ending');
    await settled(page);
    await shot(page, 'dwelling-tenancy-history');
    await axe(page, 'dwelling tenancy history');
    await context.close();
  });

  await test('look a person up by D-nummer: checksum refused in the browser, the number in no URL', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'housing-officer');
    /** @type {string[]} */
    const urls = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.goto(`${baseUrl}/housing/households`);
    await settled(page);
    const form = page.getByRole('form', { name: 'Finn person med fødselsnummer eller D-nummer' });
    const field = form.getByLabel(/^Fødselsnummer eller D-nummer/);
    const bad = headNumber.slice(0, 10) + String((Number(headNumber[10]) + 1) % 10);
    await field.fill(bad);
    await form.getByRole('button', { name: 'Finn personen' }).click();
    await form.getByText(/kontrollsifferet/).waitFor();
    assert(!urls.some((url) => url.includes('/persons/lookup')), 'a number with a wrong check digit was sent');
    await field.fill(headNumber);
    await form.getByRole('button', { name: 'Finn personen' }).click();
    await page.getByTestId('lookup-found').getByText(`Funnet: Samia ${familyName}, født 03.09.1979`).waitFor({ timeout: 20_000 });
    assert(
      urls.some((url) => url.endsWith('/api/housing/persons/lookup')),
      'lookup not sent to POST /api/housing/persons/lookup',
    );
    assert(!urls.some((url) => url.includes(headNumber)) && !page.url().includes(headNumber), 'the national id appeared in a URL');
    await settled(page);
    await shot(page, 'person-lookup');
    await axe(page, 'person lookup');
    await page.getByRole('link', { name: `Åpne husstanden til Samia ${familyName}` }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(familyName) }).waitFor();
    await context.close();
  });
}
