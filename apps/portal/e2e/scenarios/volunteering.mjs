// Volunteering: the public sign-up (nb, en, a bad e-mail, a duplicate, a flood), the refugees'
// own request form in Arabic (right to left), the coordinator's screening and approval, a
// match proposed and accepted by both sides, the volunteer's own page and hours, the KPIs.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { api, apiLogin, assert, axe, login, settled, shot, stamp, test } from '../support.mjs';

/** A person fills the form; faster than this the service takes them for a bot (SIGN_UP_MIN_FILL_SECONDS). */
const humanPause = 4_500;

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl, apiUrl }) {
  const volunteerName = `Testa Frivillig ${stamp}`;
  const email = `testa-${stamp}@example.org`;
  const refugeeName = `Testperson Arabisk ${stamp}`;

  await test('public sign-up in Norwegian from the login page: a bad e-mail is named, then the sign-up is received', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('volunteer-sign-up-link').click();
    await page.getByRole('heading', { level: 1, name: 'Bli frivillig' }).waitFor();
    await page.getByLabel(/^Hva vil du være/).selectOption('refugee-guide');
    await page.getByLabel(/^Fullt navn/).fill(volunteerName);
    await page.getByLabel(/^E-post/).fill('testa(at)example');
    await page.getByLabel(/^Fødselsdato/).fill('1985-04-02');
    await page.getByLabel(/^Kjønn/).selectOption('male');
    await page.getByLabel(/^Språk du snakker/).fill('norsk, arabisk');
    await page.getByLabel(/^Interesser/).fill('fotball, tur');
    await page.getByLabel('Helg').check();
    await page.getByLabel(/^Område/).fill('Sentrum');
    await page.getByLabel(/^Hvorfor vil du bli frivillig/).fill('Jeg vil hjelpe nye naboer.');
    await page.getByLabel(/^Jeg har lest om personvern/).check();
    await page.getByRole('button', { name: 'Send påmelding' }).click();
    await page
      .getByTestId('error-summary')
      .getByText(/E-post: Må være en e-postadresse/)
      .waitFor();
    await shot(page, 'volunteer-sign-up-bad-email');
    await axe(page, 'volunteer sign-up with errors');
    await page.getByLabel(/^E-post/).fill(email);
    await page.waitForTimeout(humanPause);
    await page.getByRole('button', { name: 'Send påmelding' }).click();
    await page
      .getByTestId('sign-up-sent')
      .getByText(/Takk! Vi har fått påmeldingen/)
      .waitFor();
    await context.close();
  });

  await test('public sign-up in English, and the same e-mail again answers the same way (the address is not revealed)', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/volunteer/sign-up`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Become a volunteer' }).waitFor();
    const fill = async (/** @type {string} */ name, /** @type {string} */ address) => {
      await page.getByLabel(/^What would you like to be/).selectOption('professional-mentor');
      await page.getByLabel(/^Full name/).fill(name);
      await page.getByLabel(/^E-mail/).fill(address);
      await page.getByLabel(/^Date of birth/).fill('1979-09-30');
      await page.getByLabel(/^Languages you speak/).fill('English, norsk');
      await page.getByLabel('Weekday evenings').check();
      await page.getByLabel(/^Area/).fill('Nord');
      await page.getByLabel(/^Why would you like to volunteer/).fill('To share my trade.');
      await page.getByLabel(/^I have read about privacy/).check();
      await page.waitForTimeout(humanPause);
      await page.getByRole('button', { name: 'Send sign-up' }).click();
      await page
        .getByTestId('sign-up-sent')
        .getByText(/Thank you! We have your sign-up/)
        .waitFor();
    };
    await fill(`Test Mentor ${stamp}`, `mentor-${stamp}@example.org`);
    await shot(page, 'volunteer-sign-up-sent-en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Become a volunteer' }).waitFor();
    await fill(`Test Mentor ${stamp}`, `MENTOR-${stamp}@example.org`);
    await context.close();
  });

  await test('the refugees’ own request form renders right to left in Arabic and puts the person on the waiting list', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/volunteer/request-guide?lang=ar&municipality=1103`);
    const form = page.getByTestId('request-guide');
    await page.getByRole('heading', { level: 1, name: 'اطلب مرشدًا للاجئين' }).waitFor();
    assert((await form.getAttribute('dir')) === 'rtl', 'the Arabic form is not right to left');
    assert((await form.getAttribute('lang')) === 'ar', 'the Arabic form does not say its language');
    const direction = await page.getByRole('heading', { level: 1 }).evaluate((h) => getComputedStyle(h).direction);
    assert(direction === 'rtl', `the heading renders ${direction}`);
    await page.getByLabel(/^الاسم الكامل/).fill(refugeeName);
    await page.getByLabel(/^اللغات التي تتحدثها/).fill('arabisk');
    await page.getByLabel(/^المنطقة/).fill('Sentrum');
    await page.getByLabel('عطلة نهاية الأسبوع').check();
    await page.getByLabel('أوافق على أن تحفظ البلدية هذه المعلومات').check();
    await shot(page, 'request-guide-ar');
    await axe(page, 'request guide (Arabic)');
    await page.waitForTimeout(humanPause);
    await page.getByRole('button', { name: 'إرسال' }).click();
    await page.getByTestId('request-sent').waitFor();
    await page.goto(`${baseUrl}/volunteer/request-guide?lang=uk`);
    assert((await page.getByTestId('request-guide').getAttribute('dir')) === 'ltr', 'the Ukrainian form is not left to right');
    await context.close();
  });

  await test('a flood from one address is limited, and the form says so plainly', async () => {
    const body = {
      role: 'refugee-guide',
      name: 'Flood Test',
      email: `flood-${stamp}@example.org`,
      birthDate: '1990-01-01',
      languages: ['norsk'],
      availability: ['weekend'],
      area: 'Sentrum',
      motivation: 'flood',
      privacyConsent: true,
      website: '',
      fillSeconds: 30,
    };
    /**
     * Sign-ups from this address, at most ten, until one is refused: the seconds the refusal's
     * window still has (x-ratelimit-reset), or undefined when none was refused.
     */
    const flood = async () => {
      for (let i = 0; i < 10; i += 1) {
        const response = await fetch(`${apiUrl}/api/public/volunteering/1103/sign-ups`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        await response.arrayBuffer();
        if (response.status === 429) return Number(response.headers.get('x-ratelimit-reset') ?? 0);
      }
      return undefined;
    };
    assert((await flood()) !== undefined, 'ten sign-ups in a row were never limited');
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/volunteer/sign-up`);
    await page.getByLabel(/^Hva vil du være/).selectOption('refugee-guide');
    await page.getByLabel(/^Fullt navn/).fill('Flood Person');
    await page.getByLabel(/^E-post/).fill(`flood-ui-${stamp}@example.org`);
    await page.getByLabel(/^Fødselsdato/).fill('1990-01-01');
    await page.getByLabel(/^Språk du snakker/).fill('norsk');
    await page.getByLabel('Helg').check();
    await page.getByLabel(/^Område/).fill('Sentrum');
    await page.getByLabel(/^Hvorfor vil du bli frivillig/).fill('Flom.');
    await page.getByLabel(/^Jeg har lest om personvern/).check();
    await page.waitForTimeout(humanPause);
    // The limit holds for a minute from the window's first sign-up: on a slow machine filling the
    // form can outlast it. So the flood goes on until the limit has time left for this click.
    for (let tries = 1, left = await flood(); (left ?? 0) < 10 && tries < 3; tries += 1, left = await flood()) {
      await page.waitForTimeout(((left ?? 0) + 1) * 1_000);
    }
    await page.getByRole('button', { name: 'Send påmelding' }).click();
    await page.getByTestId('sign-up-flooded').getByText('For mange innsendinger fra denne adressen. Vent litt og prøv igjen.').waitFor();
    await shot(page, 'volunteer-sign-up-flooded');
    await context.close();
  });

  await test('the coordinator screens and approves; a match is proposed, both accept; the volunteer sees only that match and logs hours; the KPIs change', async () => {
    const coordinatorToken = await apiLogin(apiUrl, 'volunteer-coordinator');
    const context = await newContext();
    const page = await login(context, baseUrl, 'volunteer-coordinator', { at: '/volunteering/volunteers' });
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Frivillige' }).waitFor();
    const mentorRow = page.getByRole('row', { name: new RegExp(`Test Mentor ${stamp}`) });
    await mentorRow.getByText('Meldt på 1 gang(er) til').waitFor();
    await page.getByRole('button', { name: `Åpne ${volunteerName}` }).click();
    await page.getByRole('heading', { name: `Godkjenning av ${volunteerName}` }).waitFor();
    for (const [step, button] of [
      ['interview', 'Registrer intervju'],
      ['start-course', 'Registrer startkurs'],
      ['ethics-declaration', 'Registrer etikk- og taushetserklæring'],
    ]) {
      await page.getByTestId(`step-${step}`).getByRole('button', { name: button }).click();
      await page
        .getByTestId(`step-${step}`)
        .getByText(/Utført/)
        .waitFor();
    }
    await shot(page, 'volunteer-screening');
    await axe(page, 'volunteer screening');
    await page.getByRole('button', { name: 'Godkjenn' }).click();
    await page.getByTestId('guide-decided').waitFor();
    await page.getByTestId('guide-blockers').getByText('Kan formidles').waitFor();

    await page.goto(`${baseUrl}/volunteering/outbox`);
    await settled(page);
    await page.getByTestId('outbox-approved-invitation').first().waitFor();
    const outbox = await api(apiUrl, coordinatorToken, 'GET', '/api/volunteering/outbox');
    const invitation = outbox.items.find(
      (/** @type {{ kind: string, to: string }} */ m) => m.kind === 'approved-invitation' && m.to === email,
    );
    const code = /koden ([0-9A-F]+)/.exec(invitation?.body ?? '')?.[1];
    assert(code, 'no approval code in the outbox');

    const kpisBefore = await api(apiUrl, coordinatorToken, 'GET', '/api/volunteering/kpis');
    await page.goto(`${baseUrl}/volunteering`);
    await settled(page);
    await page
      .getByRole('row', { name: new RegExp(refugeeName) })
      .getByRole('button', { name: 'Vis forslag' })
      .click();
    const suggestion = page.getByTestId('suggestion').filter({ hasText: volunteerName });
    await suggestion.getByText(/Språk \(arabisk\)/).waitFor();
    await shot(page, 'volunteering-suggestions');
    await suggestion.getByRole('button', { name: `Foreslå ${volunteerName}` }).click();
    await page.getByTestId('match-proposed').waitFor();
    await page.goto(`${baseUrl}/volunteering/matches`);
    await settled(page);
    const row = page.getByTestId('match-row').filter({ hasText: refugeeName });
    await row.getByRole('button', { name: 'Flyktningen sier ja' }).click();
    await row.getByText(/Frivillig: Nei · Flyktning: Ja/).waitFor();

    const volunteerContext = await newContext();
    const volunteerPage = await login(volunteerContext, baseUrl, 'volunteer', { at: '/volunteering/mine' });
    await settled(volunteerPage);
    await volunteerPage.getByLabel(/^Kode/).fill(code);
    await volunteerPage.getByRole('button', { name: 'Koble til' }).click();
    await volunteerPage.getByRole('button', { name: 'Jeg sier ja' }).click();
    await volunteerPage.getByLabel(/^Minutter/).fill('90');
    await volunteerPage.getByRole('button', { name: 'Lagre kontakt' }).click();
    await volunteerPage.getByTestId('own-hours').getByText('Totalt 1,5 timer').waitFor();
    assert((await volunteerPage.getByTestId('own-match').count()) === 1, 'the volunteer sees more than their own match');
    const text = (await volunteerPage.locator('main').textContent()) ?? '';
    assert(!text.includes('Test Mentor'), 'the volunteer sees another volunteer');
    await shot(volunteerPage, 'my-volunteering');
    await axe(volunteerPage, 'my volunteering');
    const volunteerToken = await apiLogin(apiUrl, 'volunteer');
    const refused = await fetch(`${apiUrl}/api/volunteering/matches`, { headers: { authorization: `Bearer ${volunteerToken}` } });
    assert(refused.status === 403, `a volunteer reads every match: ${refused.status}`);
    await volunteerContext.close();

    const kpisAfter = await api(apiUrl, coordinatorToken, 'GET', '/api/volunteering/kpis');
    const minutes = (/** @type {{ hoursPerMonth: { minutes: number }[] }} */ k) => k.hoursPerMonth.reduce((sum, m) => sum + m.minutes, 0);
    assert(minutes(kpisAfter) === minutes(kpisBefore) + 90, `hours did not change: ${minutes(kpisBefore)} → ${minutes(kpisAfter)}`);
    assert(kpisAfter.activeMatches === kpisBefore.activeMatches + 1, 'active matches did not change');
    await page.goto(`${baseUrl}/volunteering/kpis`);
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Nøkkeltall for frivillighet' }).waitFor();
    await page.getByTestId('kpi-active').getByText(String(kpisAfter.activeMatches)).waitFor();
    await shot(page, 'volunteering-kpis');
    await axe(page, 'volunteering KPIs');
    await context.close();
  });
}
