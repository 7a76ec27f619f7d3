// Users: the administrator renames an account and sets a new password; its owner signs in with
// it and changes it under «Min konto», then signs in again with the newest.
/// <reference lib="dom" />
import { api, apiLogin, assert, axe, settled, shot, stamp, test } from '../support.mjs';

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl, apiUrl }) {
  const username = `e2e.pw.${stamp}`;
  const reset = 'nytt-passord-fra-admin';
  const own = 'mitt-eget-lange-passord';

  /** @param {import('playwright-core').Page} page @param {string} password */
  const signIn = async (page, password) => {
    await page.getByLabel(/^Brukernavn/).fill(username);
    await page.getByLabel(/^Passord/).fill(password);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByTestId('whoami').waitFor({ timeout: 20_000 });
  };

  await test('administrator renames an account and sets a new password (screenshot + axe)', async () => {
    const admin = await apiLogin(apiUrl, 'municipal-admin');
    await api(apiUrl, admin, 'POST', '/api/users', {
      username,
      displayName: `E2e Passord ${stamp}`,
      role: 'volunteer',
      password: 'første-passord-langt',
    });
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(/^Brukernavn/).fill('municipal-admin');
    await page.getByLabel(/^Passord/).fill('ankomst-demo');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByTestId('whoami').waitFor({ timeout: 20_000 });
    await page.goto(`${baseUrl}/admin/users`);
    const row = page.getByTestId(`user-${username}`);
    await row.waitFor({ timeout: 15_000 });
    await row.getByRole('button', { name: /^Endre navn for / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Nytt visningsnavn/).fill(`E2e Omdøpt ${stamp}`);
    await dialog.getByRole('button', { name: 'Lagre navnet' }).click();
    await page.getByText(`Visningsnavnet er endret til E2e Omdøpt ${stamp}.`).waitFor({ timeout: 15_000 });
    await row.getByRole('button', { name: /^Sett nytt passord for / }).click();
    await dialog.getByLabel(/^Nytt passord/).fill('kort');
    await dialog.getByRole('button', { name: 'Sett passordet' }).click();
    await dialog.getByText('Må ha minst 12 tegn').waitFor();
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5_000 });
    await shot(page, 'users-reset-password');
    await axe(page, 'users: reset password dialog');
    await dialog.getByLabel(/^Nytt passord/).fill(reset);
    await dialog.getByRole('button', { name: 'Sett passordet' }).click();
    await page.getByText(/Nytt passord er satt for E2e Omdøpt/).waitFor({ timeout: 15_000 });
    await context.close();
  });

  await test('the user signs in with it and changes their own password under «Min konto» (screenshot + axe)', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await signIn(page, reset);
    const whoami = /** @type {string} */ (await page.getByTestId('whoami').textContent());
    assert(whoami.includes(`E2e Omdøpt ${stamp}`), `whoami reads ${whoami}`);
    await page.getByTestId('account-link').click();
    await page.getByRole('heading', { level: 1, name: 'Min konto' }).waitFor();
    await page.getByLabel(/^Nåværende passord/).fill('feil-passord-her');
    await page.getByLabel(/^Nytt passord/).fill(own);
    await page.getByLabel(/^Gjenta nytt passord/).fill(own);
    await page.getByRole('button', { name: 'Endre passord' }).click();
    await page.getByText('Nåværende passord er feil').first().waitFor({ timeout: 15_000 });
    await settled(page);
    await shot(page, 'account-wrong-current');
    await axe(page, 'account with an error');
    await page.getByLabel(/^Nåværende passord/).fill(reset);
    await page.getByRole('button', { name: 'Endre passord' }).click();
    await page.getByTestId('login-notice').waitFor({ timeout: 15_000 });
    await axe(page, 'login after a password change');
    await signIn(page, own);
    await context.close();
  });
}
