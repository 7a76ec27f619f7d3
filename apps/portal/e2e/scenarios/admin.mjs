// User administration, and a page outside the role.
/// <reference lib="dom" />
import { assert, axe, login, settled, shot, stamp, test } from '../support.mjs';

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl }) {
  await test('municipal admin creates a user and sees it in the users table (screenshot + axe)', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'municipal-admin');
    await page.getByRole('link', { name: 'Brukere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brukere' }).waitFor();
    await settled(page);
    await page.getByTestId('user-housing-officer').waitFor();
    const username = `e2e.${stamp}`;
    const form = page.getByRole('form', { name: 'Ny bruker' });
    await form.getByLabel(/^Brukernavn/).fill(username);
    await form.getByLabel(/^Navn/).fill(`E2e Bruker ${stamp}`);
    await form.getByLabel(/^Rolle/).selectOption('volunteer');
    await form.getByLabel(/^Passord/).fill('e2e-passord-som-er-langt');
    await page.getByRole('button', { name: 'Opprett brukeren' }).click();
    await page.getByText(`Brukeren ${username} er opprettet.`).waitFor({ timeout: 15_000 });
    const row = page.getByTestId(`user-${username}`);
    await row.waitFor({ timeout: 15_000 });
    // An element's textContent is a string (null only for a document or doctype node).
    const text = /** @type {string} */ (await row.textContent());
    assert(text.includes('Frivillig') && text.includes('Aktiv'), `new row reads ${JSON.stringify(text)}`);
    await shot(page, 'users');
    await axe(page, 'users');
    // Deactivation asks first, in a dialog that passes axe too.
    await row.getByRole('button', { name: /^Deaktiver / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: /^Deaktivere / }).waitFor();
    // The dialog fades in: axe measures contrast on what is painted, so let the animation end.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5_000 });
    await shot(page, 'users-deactivate-dialog');
    await axe(page, 'users: deactivate dialog');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    // A deactivated account's row passes axe too: its button's name starts with what it shows.
    await row.getByRole('button', { name: /^Deaktiver / }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Deaktiver kontoen' }).click();
    await row.getByRole('button', { name: `Aktiver igjen: E2e Bruker ${stamp}` }).waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5_000 });
    await axe(page, 'users: a deactivated account');
    await context.close();
  });

  await test('a page outside the role is refused plainly, and English works', async () => {
    const context = await newContext();
    const page = await login(context, baseUrl, 'volunteer', { at: '/privacy/audit' });
    await page.getByRole('heading', { level: 1, name: 'Du har ikke tilgang' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'You do not have access' }).waitFor();
    assert((await page.getAttribute('html', 'lang')) === 'en', 'html lang not switched');
    await page.getByRole('button', { name: 'Norsk (bokmål)' }).click();
    await context.close();
  });
}
