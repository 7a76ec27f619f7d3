// Defects of issue 15 that a user meets outside the housing/coordination API hooks.
/// <reference lib="dom" />
import { assert, axe, login, settled, shot, test } from '../support.mjs';

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl }) {
  await test('«Registrer husstanden» answers the first click with a blur message pending; «Legg til person» focuses the new person', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'housing-officer', { at: '/housing/households/new' });
    await page.getByRole('heading', { level: 1, name: 'Registrer husstand' }).waitFor();
    await page.getByRole('button', { name: 'Legg til person' }).click();
    const focused = await page.evaluate(() => document.activeElement?.id);
    assert(focused === 'field-members-1-givenName', `focus after «Legg til person» is on ${focused}`);
    await page
      .getByTestId('member-1')
      .getByRole('button', { name: /^Fjern/ })
      .click();
    // A short number, then straight to the button: one click must submit (and list what to fix).
    await page
      .getByTestId('member-0')
      .getByLabel(/^Fødselsnummer eller D-nummer/)
      .fill('1234');
    await page.getByRole('button', { name: 'Registrer husstanden' }).click();
    await page.getByTestId('error-summary').waitFor({ timeout: 5_000 });
    await shot(page, 'register-household-first-click');
    await axe(page, 'register household after one click');
    await context.close();
  });

  await test('a 6,000-character case search says it is too long; the attention list has no raw keys', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'coordination-member', { at: `/coordination/cases?name=${'a'.repeat(6000)}` });
    await page.getByText('Søket er for langt: 6000 tegn, høyst 100 er tillatt. Ingenting er søkt etter.').first().waitFor();
    await axe(page, 'case search too long');
    await page.goto(`${baseUrl}/coordination/attention`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await settled(page);
    const text = /** @type {string} */ (await page.locator('main').textContent());
    assert(!text.includes('referral-answer') && !/NAV · nav/.test(text), 'raw keys in the attention list');
    await shot(page, 'attention-list');
    await context.close();
  });

  await test('the introduction advisor’s dashboard and «Bosetting i år» show no access-denied boxes (screenshots + axe)', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'intro-advisor');
    await settled(page);
    assert((await page.getByText(/ikke tilgang/i).count()) === 0, 'the dashboard shows an access-denied box');
    await shot(page, 'dashboard-intro-advisor');
    await axe(page, 'intro advisor dashboard');
    await page.goto(`${baseUrl}/housing`);
    await page.getByTestId('settlement-no-statistics').waitFor();
    assert((await page.getByText(/ikke tilgang/i).count()) === 0, '«Bosetting i år» shows an access-denied box');
    await shot(page, 'settlement-intro-advisor');
    await axe(page, 'settlement for the intro advisor');
    await context.close();
  });
}
