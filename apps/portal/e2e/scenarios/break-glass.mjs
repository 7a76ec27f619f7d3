// Break-glass: a coordination member asks for emergency access to one person (reason, how long,
// what it opens), sees the banner while it runs, and the privacy officer sees the grant.
// The member is an account of this scenario's own: the grant and its banner last an hour, and
// the demo coordination member's pages in the other scenarios must not show them.
/// <reference lib="dom" />
import { api, apiLogin, assert, axe, login, settled, shot, stamp, test } from '../support.mjs';

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl, apiUrl, shared }) {
  const reason = `Akutt boligsituasjon om natten, saksbehandler utilgjengelig (${stamp})`;
  await test('coordination member opens emergency access for one person and sees the banner (screenshots + axe)', async () => {
    assert(shared.personId, 'no person from the housing scenarios');
    const username = `e2e.nod.${stamp}`;
    const password = 'nødtilgang-e2e-passord';
    await api(apiUrl, await apiLogin(apiUrl, 'municipal-admin'), 'POST', '/api/users', {
      username,
      displayName: `E2e Koordinator ${stamp}`,
      role: 'coordination-member',
      password,
    });
    const context = await newContext();
    const page = await login(context, baseUrl, username, { password });
    await page.getByTestId('break-glass-link').click();
    await page.getByRole('heading', { level: 1, name: 'Be om nødtilgang' }).waitFor();
    const terms = page.getByTestId('break-glass-terms');
    await terms.getByText(/minutter fra nå/).waitFor();
    const text = /** @type {string} */ (await terms.textContent());
    assert(text.includes('bosettingsopplysninger') && !text.includes('samlede sak'), `terms read ${JSON.stringify(text)}`);
    await page.getByLabel(/^Person-ID/).fill(String(shared.personId));
    await page.getByRole('button', { name: 'Åpne nødtilgang' }).click();
    await page.getByTestId('error-summary').waitFor();
    await axe(page, 'break-glass request with an error');
    await page.getByLabel(/^Hvorfor trenger du tilgang nå/).fill(reason);
    await page.getByRole('button', { name: 'Åpne nødtilgang' }).click();
    await page.getByTestId('break-glass-opened').waitFor({ timeout: 15_000 });
    await page.getByTestId('break-glass-banner').waitFor({ timeout: 15_000 });
    await page.getByTestId('person-under-grant').getByText('Testa').waitFor({ timeout: 15_000 });
    await settled(page);
    await shot(page, 'break-glass-open');
    await axe(page, 'break-glass open');
    // The banner stays on every page while the grant runs.
    await page.goto(`${baseUrl}/coordination/cases`);
    await page.getByTestId('break-glass-banner').waitFor({ timeout: 15_000 });
    await shot(page, 'break-glass-banner-elsewhere');
    await context.close();
  });

  await test('the privacy officer sees the grant with its reason', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'privacy-officer', { at: '/privacy/break-glass' });
    await page.getByText(reason).waitFor({ timeout: 15_000 });
    await settled(page);
    await axe(page, 'break-glass list');
    await context.close();
  });
}
