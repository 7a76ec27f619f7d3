// The refugee health service's day: a family settled → TB and examination deadlines → a child's
// vaccination gaps → a coordination case from referral to closure → an ekstratilskudd application
// refused without consent form and doctor's statement, then submitted, and the yearly totals. The
// case, its meeting, action and closure, and the application are made through the portal's forms.
/// <reference lib="dom" />
import { api, apiLogin, assert, axe, login, retry, settled, shot, stamp, test } from '../support.mjs';

const osloToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
/** @type {(date: string, days: number) => string} */
const plusDays = (date, days) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** @type {(date: string, months: number) => string} */
const plusMonths = (date, months) => {
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last), 12)).toISOString().slice(0, 10);
};
/** @type {(date: string) => string} */
const nbDate = (date) =>
  new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(`${date}T12:00:00Z`),
  );

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl, apiUrl, shared }) {
  const today = osloToday();
  const familyName = `Helse-${stamp}`;
  const health = { householdId: '', motherId: '', childId: '' };

  await test('health: a family is settled; the TB and examination deadlines appear on the arrival checklist', async () => {
    const officer = await apiLogin(apiUrl, 'housing-officer');
    const household = await api(apiUrl, officer, 'POST', '/api/housing/households', {
      origin: 'quota-refugee',
      countryOfOrigin: 'SY',
      languages: ['ar'],
      requestedOn: plusDays(today, -40),
      members: [
        { givenName: 'Testmor', familyName, birthDate: '1990-04-02', relationship: 'head', residencePermitDate: plusDays(today, -50) },
        {
          givenName: 'Testbarn',
          familyName,
          birthDate: plusMonths(today, -8),
          relationship: 'child',
          residencePermitDate: plusDays(today, -50),
        },
      ],
    });
    health.householdId = household.id;
    health.motherId = household.members.find((/** @type {{ relationship: string }} */ m) => m.relationship === 'head').id;
    health.childId = household.members.find((/** @type {{ relationship: string }} */ m) => m.relationship === 'child').id;
    for (const member of household.members)
      await api(apiUrl, officer, 'POST', `/api/housing/persons/${member.id}/settle`, { settledOn: today });

    const context = await newContext();
    const page = await login(context, baseUrl, 'health-worker');
    await page.getByRole('link', { name: 'Ankomstsjekkliste', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Ankomstsjekkliste' }).waitFor();
    // The list holds everyone followed, nearest deadline first: find the family by name.
    const link = page.getByRole('link', { name: `Testmor ${familyName}` });
    await retry('the settled mother on the checklist', async () => {
      await page.getByLabel(/^Søk på navn/).fill(familyName);
      try {
        await link.waitFor({ timeout: 3_000 });
      } catch (error) {
        await page.reload();
        throw error;
      }
    });
    await settled(page);
    await shot(page, 'health-checklists');
    await axe(page, 'health checklists');
    await link.click();
    const tb = page.getByTestId('item-tuberculosis-screening');
    await tb.waitFor();
    assert((await tb.innerText()).includes(nbDate(plusDays(today, 14))), 'TB not due 14 days after arrival');
    assert((await tb.innerText()).includes(nbDate(plusDays(today, 2))), 'TB not recommended within 2 days');
    const exam = page.getByTestId('item-health-examination');
    assert((await exam.innerText()).includes(nbDate(plusMonths(today, 3))), 'examination not due within 3 months');
    await tb.getByRole('combobox').selectOption('offered');
    await page.getByText('Lagret.').waitFor();
    await shot(page, 'health-person-checklist');
    await axe(page, 'health person checklist');
    await context.close();
  });

  await test("health: a child's vaccination gaps with catch-up at arrival", async () => {
    assert(health.childId, 'no child from the settlement scenario');
    const context = await newContext();
    const page = await login(context, baseUrl, 'health-worker', { at: `/refugee-health/persons/${health.childId}` });
    await page.getByRole('link', { name: 'MIGRA-oppfølging' }).click();
    const gaps = page.getByTestId('vaccination-gaps');
    await gaps.waitFor();
    const text = await gaps.innerText();
    assert(text.includes('Rotavirus') && text.includes('DTaP-IPV-Hib-HepB') && text.includes('Pneumokokk'), `gaps missing: ${text}`);
    assert(text.includes(nbDate(today)), 'catch-up not at arrival for a child under 2');
    await settled(page);
    await shot(page, 'health-child-gaps');
    await axe(page, 'health child follow-up');
    await context.close();
  });

  await test('health: a coordination case from referral to closure with a meeting and actions, through the forms', async () => {
    assert(health.householdId && health.motherId, 'no family from the settlement scenario');
    const lead = await apiLogin(apiUrl, 'health-worker');
    const context = await newContext();
    const page = await login(context, baseUrl, 'health-worker');

    // The health nurse refers the family from the mother's page.
    await page.goto(`${baseUrl}/refugee-health/persons/${health.motherId}`);
    // The page settled first: a click on the disclosure while the person's data still loads can be lost.
    await settled(page);
    await page.getByText('Opprett sak i koordineringsgruppen', { exact: true }).click();
    const openForm = page.getByRole('form', { name: 'Opprett sak i koordineringsgruppen' });
    await openForm.getByRole('button', { name: 'Opprett sak' }).click();
    await openForm.getByTestId('error-summary').waitFor();
    await axe(page, 'health open case with errors');
    await openForm.getByLabel('Henvisende enhet').selectOption('intro-centre');
    await openForm.getByLabel('Din enhet i gruppen').selectOption('refugee-health-service');
    await openForm.getByLabel('Grunn til henvisning').fill('The family needs coordinated services');
    await openForm.getByLabel('Funksjonsnedsettelse').check();
    await openForm.getByLabel('Spesialpedagogisk hjelp').check();
    await openForm.getByRole('button', { name: 'Opprett sak' }).click();
    await page.waitForURL(/\/refugee-health\/coordination\/[0-9a-f-]{36}$/);
    const caseId = page.url().split('/').pop() ?? '';
    await page.getByRole('heading', { level: 1, name: familyName }).waitFor();

    await page.getByText('Nytt møte', { exact: true }).click();
    const meetingForm = page.getByRole('form', { name: 'Nytt møte' });
    await meetingForm.getByLabel('Dagsorden').fill('1. Service needs\n2. Application to IMDi');
    await meetingForm.getByLabel('Referat').fill('PPT assessment agreed');
    await axe(page, 'health meeting form');
    await meetingForm.getByRole('button', { name: 'Lagre møtet' }).click();
    await page.getByTestId('meeting').getByText('PPT assessment agreed').waitFor();

    await page.getByText('Nytt tiltak', { exact: true }).click();
    const actionForm = page.getByRole('form', { name: 'Nytt tiltak' });
    await actionForm.getByLabel('Tiltak').fill('Refer to PPT');
    await actionForm.getByLabel('Ansvarlig enhet').selectOption('ppt');
    await actionForm.getByLabel('Frist').fill(plusDays(today, 14));
    await axe(page, 'health action form');
    await actionForm.getByRole('button', { name: 'Legg til tiltaket' }).click();
    await page.getByRole('cell', { name: 'Refer to PPT' }).waitFor();
    const opened = await api(apiUrl, lead, 'GET', `/api/refugee-health/coordination-cases/${caseId}`);
    assert(
      opened.serviceNeeds.length === 2 && ['disability', 'special-education'].every((n) => opened.serviceNeeds.includes(n)),
      `service needs ${opened.serviceNeeds}`,
    );
    assert(opened.actions[0]?.meetingId === opened.meetings[0]?.id, 'the action is not tied to the meeting');
    await api(apiUrl, lead, 'PATCH', `/api/refugee-health/coordination-cases/${caseId}`, { individualPlan: true });

    await page.getByRole('link', { name: 'Koordineringsgruppen', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Koordineringsgruppen MIGRA' }).waitFor();
    await page.getByRole('link', { name: familyName }).click();
    await page.getByTestId('meeting').getByText('PPT assessment agreed').waitFor();
    await page.getByRole('cell', { name: 'Refer to PPT' }).waitFor();
    await settled(page);
    await shot(page, 'health-coordination-case');
    await axe(page, 'health coordination case');

    await page.getByText('Avslutt saken', { exact: true }).first().click();
    const closeForm = page.getByRole('form', { name: 'Avslutt saken' });
    await closeForm.getByLabel('Grunn').selectOption('needs-met');
    await axe(page, 'health close case form');
    await closeForm.getByRole('button', { name: 'Avslutt saken' }).click();
    await page.getByText(/^Avsluttet \d/).waitFor();
    await page.reload();
    await page.getByText(/^Avsluttet \d/).waitFor();
    await context.close();

    // Only members see a case: the coordination member was never added.
    const member = await apiLogin(apiUrl, 'coordination-member');
    const listed = await api(apiUrl, member, 'GET', '/api/refugee-health/coordination-cases?show=all');
    assert(!listed.items.some((/** @type {{ id: string }} */ c) => c.id === caseId), 'a non-member sees the case');
  });

  await test('health: an ekstratilskudd application is refused without consent and doctor’s statement, then submitted; the totals change', async () => {
    assert(health.motherId, 'no mother from the settlement scenario');
    const worker = await apiLogin(apiUrl, 'health-worker');
    const before = await api(apiUrl, worker, 'GET', '/api/refugee-health/extra-grants');
    const year = Number(today.slice(0, 4));
    /** @type {(totals: { year: number, applications: number }[]) => number} */
    const count = (totals) => totals.find((t) => t.year === year)?.applications ?? 0;
    const form = await newContext();
    const formPage = await login(form, baseUrl, 'health-worker', { at: `/refugee-health/persons/${health.motherId}` });
    await formPage.getByText('Ny søknad om ekstratilskudd', { exact: true }).click();
    const grantForm = formPage.getByRole('form', { name: 'Ny søknad om ekstratilskudd' });
    await grantForm.getByLabel(/^Tilskudd( \*)?$/).selectOption('tilskudd-1');
    await grantForm.getByLabel('Bosatt etter avtale med IMDi').check();
    await grantForm.getByLabel('Behovet var kjent før bosetting').check();
    await grantForm.getByRole('group', { name: 'Involverte enheter' }).getByLabel('Tjenester for funksjonshemmede').check();
    await grantForm.getByRole('group', { name: 'Involverte enheter' }).getByLabel('Flyktninghelsetjenesten').check();
    await grantForm.getByLabel('Enhet, linje 1').selectOption('disability-services');
    await grantForm.getByLabel('Beskrivelse, linje 1').fill('Practical assistance');
    await grantForm.getByLabel('Beløp i kroner, linje 1').fill('120000');
    await axe(formPage, 'health new extra grant form');
    await grantForm.getByRole('button', { name: 'Lagre utkastet' }).click();
    await formPage.waitForURL(/\/refugee-health\/extra-grants$/);
    await form.close();
    const drafts = await api(apiUrl, worker, 'GET', '/api/refugee-health/extra-grants');
    const draft = drafts.items.find(
      (/** @type {{ personId: string, status: string }} */ g) => g.personId === health.motherId && g.status === 'draft',
    );
    assert(draft, 'the form did not create a draft for the mother');
    assert(draft.costTotalNok === 120000 && draft.involvedUnits.length === 2, `draft ${JSON.stringify(draft)}`);
    const refused = await fetch(`${apiUrl}/api/refugee-health/extra-grants/${draft.id}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${worker}` },
      body: JSON.stringify({ submittedOn: today }),
    });
    assert(refused.status === 400, `submission without documents answered ${refused.status}`);
    const fields = (await refused.json()).issues.map((/** @type {{ field: string }} */ i) => i.field);
    assert(fields.includes('consentFormReceivedOn') && fields.includes('doctorStatementReceivedOn'), `refusal names ${fields}`);
    await api(apiUrl, worker, 'PATCH', `/api/refugee-health/extra-grants/${draft.id}`, {
      consentFormReceivedOn: today,
      doctorStatementReceivedOn: today,
    });
    await api(apiUrl, worker, 'POST', `/api/refugee-health/extra-grants/${draft.id}/submit`, { submittedOn: today });
    const after = await api(apiUrl, worker, 'GET', '/api/refugee-health/extra-grants');
    assert(count(after.totals) === count(before.totals) + 1, 'the yearly totals did not count the application');

    const context = await newContext();
    const page = await login(context, baseUrl, 'health-worker');
    await page.getByRole('link', { name: 'Ekstratilskudd', exact: true }).first().click();
    const totals = page.getByTestId('grant-totals');
    await totals.waitFor();
    assert((await totals.innerText()).includes(String(year)), 'no totals row for this year');
    await settled(page);
    await shot(page, 'health-extra-grants');
    await axe(page, 'health extra grants');
    await context.close();
    shared.healthFamily = familyName;
  });
}
