// Login, each role's menu and dashboard, logout.
/// <reference lib="dom" />
import { menuByRole } from '../expectations.mjs';
import { assert, axe, loginWithForm, menuHrefs, settled, shot, test } from '../support.mjs';

/** @param {import('../support.mjs').ScenarioContext} context */
export async function scenarios({ newContext, baseUrl }) {
  await test('login page: labelled fields, wrong password said plainly, accessible', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/housing/households`);
    await page.waitForURL('**/login');
    await shot(page, 'login');
    await axe(page, 'login');
    await page.getByLabel(/^Brukernavn/).fill('housing-officer');
    await page.getByLabel(/^Passord/).fill('not-the-password');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText('Brukernavnet eller passordet er feil').waitFor();
    await context.close();
  });

  for (const [role, expected] of Object.entries(menuByRole)) {
    await test(`${role} logs in and sees the right menu and dashboard`, async () => {
      const context = await newContext();
      const page = await loginWithForm(context, baseUrl, role);
      await settled(page);
      const hrefs = await menuHrefs(page);
      assert(
        JSON.stringify(hrefs) === JSON.stringify(expected),
        `menu of ${role} was ${JSON.stringify(hrefs)}, expected ${JSON.stringify(expected)}`,
      );
      await page.getByRole('heading', { level: 1, name: 'Min oversikt' }).waitFor();
      await shot(page, `dashboard-${role}`);
      await axe(page, `dashboard of ${role}`);
      // The session survives a reload (refresh cookie → new in-memory token).
      await page.reload();
      await page.getByTestId('whoami').waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Logg ut' }).click();
      await page.waitForURL('**/login');
      await context.close();
    });
  }
}
