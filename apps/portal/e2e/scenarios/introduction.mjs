// The intro advisor's way with one person: settled in housing → candidate → mapped → granted →
// plan → unapproved absence → a temporary stop and its resume → exit with an outcome (the follow-up one year after not due
// yet); the outcome chart, the case view and the NIR export show it.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { api, apiLogin, assert, axe, login, retry, settled, shot, stamp, test } from '../support.mjs';

/** @param {number} n */
const daysAgo = (n) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl, apiUrl, shared }) {
  const familyName = `Intro-${stamp}`;
  const intro = /** @type {{ householdId?: string, personId?: string, participantId?: string }} */ ({});

  await test('a person settled in housing appears as a candidate with the decision deadline', async () => {
    const officer = await apiLogin(apiUrl, 'housing-officer');
    const household = await api(apiUrl, officer, 'POST', '/api/housing/households', {
      origin: 'reception-centre',
      countryOfOrigin: 'ER',
      languages: ['ti'],
      members: [
        { givenName: 'Saba', familyName, birthDate: '1993-05-17', sex: 'female', relationship: 'head', residencePermitDate: daysAgo(90) },
      ],
    });
    intro.householdId = household.id;
    intro.personId = household.members[0].id;
    await api(apiUrl, officer, 'POST', `/api/housing/persons/${intro.personId}/settle`, { settledOn: daysAgo(20) });

    const context = await newContext();
    const page = await login(context, baseUrl, 'intro-advisor', { at: '/introduction' });
    await settled(page);
    await page.getByLabel(/^Søk på navn/).fill(familyName);
    await retry('candidate from the settled-person event', async () => {
      await page.getByRole('link', { name: `Saba ${familyName}` }).waitFor({ timeout: 2_000 });
    });
    await shot(page, 'intro-participants');
    await axe(page, 'intro participants');
    await page.getByRole('link', { name: `Saba ${familyName}` }).click();
    await page.getByTestId('participant-status').waitFor();
    intro.participantId = new URL(page.url()).pathname.split('/').pop();
    assert((await page.getByTestId('participant-status').innerText()) === 'Kandidat', 'not shown as a candidate');
    await context.close();
  });

  await test('the advisor maps, records guidance, grants and writes a plan with the full-time check', async () => {
    assert(intro.participantId, 'no candidate from the previous scenario');
    const context = await newContext();
    const page = await login(context, baseUrl, 'intro-advisor', { at: `/introduction/participants/${intro.participantId}` });
    await settled(page);
    const mapping = page.getByRole('form', { name: 'Kartlegging' });
    await mapping.getByLabel(/^Utdanning/).fill('Grunnskole, 9 år');
    await mapping.getByLabel(/^Arbeidserfaring/).fill('Butikk');
    await mapping.getByRole('button', { name: 'Lagre kartleggingen' }).click();
    await page.getByTestId('participant-status').getByText('Kartlagt').waitFor();
    await page.getByRole('form', { name: 'Karriereveiledning' }).getByRole('button', { name: 'Lagre veiledningen' }).click();
    const decision = page.getByRole('form', { name: 'Vedtak' });
    await decision.getByRole('button', { name: 'Registrer vedtaket' }).waitFor();
    await decision.getByRole('button', { name: 'Registrer vedtaket' }).click();
    await page.getByTestId('participant-status').getByText('Innvilget').waitFor();

    const plan = page.getByRole('form', { name: 'Rediger integreringsplanen' });
    await plan.getByLabel(/^Konkret sluttmål/).fill('Arbeid i varehandel');
    const end = new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10);
    await plan.getByRole('textbox', { name: 'Slutt', exact: true }).fill(end);
    await plan.getByRole('button', { name: 'Legg til tiltak' }).click();
    await plan.getByLabel(/^Timer per uke/).fill('15');
    await plan.getByLabel(/^Hvorfor denne versjonen/).fill('Første plan, skrevet sammen med NAV');
    await plan.getByRole('button', { name: 'Lagre som ny versjon' }).click();
    await page.getByTestId('full-time-check').waitFor({ timeout: 15_000 });
    await page
      .getByTestId('missing-mandatory')
      .getByText(/Samfunnskunnskap/)
      .waitFor();
    await shot(page, 'intro-participant-plan');
    await axe(page, 'intro participant with plan');
    await context.close();
  });

  await test('unapproved absence on the attendance sheet shows in the stipend basis', async () => {
    assert(intro.participantId, 'no participant');
    const context = await newContext();
    const page = await login(context, baseUrl, 'intro-advisor', { at: '/introduction/attendance' });
    await settled(page);
    await page.getByLabel(/^Uke/).fill(daysAgo(0));
    const cell = page.getByLabel(new RegExp(`^Saba, `)).first();
    await cell.waitFor();
    await cell.selectOption('unapproved');
    await page.getByLabel(/^Timer per dag/).fill('3');
    await page.getByRole('button', { name: 'Lagre fraværet' }).click();
    await page.getByText(/^Lagret: /).waitFor({ timeout: 15_000 });
    await shot(page, 'intro-attendance');
    await axe(page, 'intro attendance');
    await page.goto(`${baseUrl}/introduction/participants/${intro.participantId}`);
    await settled(page);
    // The sheet's first column is this week's Monday, which may lie in the previous month.
    const monday = await page.evaluate(() => {
      const d = new Date();
      d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
      return d.toISOString().slice(0, 7);
    });
    await page.getByLabel(/^Måned/).fill(monday);
    await page.getByTestId('stipend-basis').getByText(/^3 t$/).waitFor({ timeout: 10_000 });
    await context.close();
  });

  await test('the advisor ends the programme with an outcome; the chart, the case view and the NIR export show it', async () => {
    assert(intro.participantId && intro.personId && intro.householdId, 'no participant');
    const context = await newContext();
    const page = await login(context, baseUrl, 'intro-advisor', { at: `/introduction/participants/${intro.participantId}` });
    await settled(page);
    // A temporary stop by decision, then back in the programme.
    const stop = page.getByRole('form', { name: 'Stans' });
    await stop.getByRole('button', { name: 'Stans programmet' }).click();
    await stop.locator('[aria-invalid="true"]').first().waitFor();
    await stop.getByLabel(/^Grunnlag/).fill('Sykdom, vedtak i dag');
    await stop.getByLabel(/^Til/).fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
    await stop.getByRole('button', { name: 'Stans programmet' }).click();
    await page.getByTestId('participant-status').getByText('Stanset').waitFor({ timeout: 15_000 });
    await page.getByTestId('stop').waitFor();
    await page.getByRole('button', { name: 'Gjenoppta programmet' }).click();
    await page.getByTestId('participant-status').getByText('I program').waitFor({ timeout: 15_000 });
    const exit = page.getByRole('form', { name: 'Avslutning' });
    await exit.getByRole('button', { name: 'Avslutt programmet' }).click();
    await exit.locator('[aria-invalid="true"]').first().waitFor();
    await exit.getByLabel(/^Årsak/).selectOption('goal-reached');
    await exit.getByLabel(/^Resultat/).selectOption('work-full-time');
    await exit.getByRole('button', { name: 'Avslutt programmet' }).click();
    await page.getByTestId('certificate').waitFor({ timeout: 15_000 });
    // Exited today: the follow-up one year after is not due yet, and the page says from when.
    await page
      .getByTestId('follow-up-due')
      .getByText(/kan registreres fra/)
      .waitFor();

    await page.goto(`${baseUrl}/introduction/outcomes`);
    await settled(page);
    await page
      .getByTestId('outcome-total')
      .getByText(/avsluttet/)
      .waitFor();
    await page
      .getByTestId('outcome-one-year')
      .getByText(/Ett år etter/)
      .waitFor();
    await shot(page, 'intro-outcomes');
    await axe(page, 'intro outcomes');

    await page.goto(`${baseUrl}/introduction/nir-report`);
    await settled(page);
    await page.getByRole('button', { name: 'Last ned CSV' }).waitFor();
    await shot(page, 'intro-nir');
    await axe(page, 'intro NIR');

    const advisor = await apiLogin(apiUrl, 'intro-advisor');
    await retry('give consent (case projection may lag)', () =>
      api(apiUrl, advisor, 'POST', `/api/cases/persons/${intro.personId}/consents`, {
        scope: 'intro-status→coordination-group',
        grantor: 'self',
        evidenceNote: 'signed form, e2e test',
      }),
    );
    await context.close();
    const coordination = await newContext();
    const member = await login(coordination, baseUrl, 'coordination-member');
    await retry('introduction section in the case view', async () => {
      await member.goto(`${baseUrl}/coordination/cases/${intro.householdId}`);
      await settled(member);
      await member.getByTestId('case-introduction').getByText('Avsluttet').waitFor({ timeout: 2_000 });
    });
    await shot(member, 'case-view-introduction');
    await coordination.close();
    shared.introductionDone = true;
  });
}
