// Every route passes axe's WCAG 2.2 A/AA rules as a whole page: header, navigation and the page in
// it. Pages add their own accessibility tests for their states (errors shown, dialogs open ...).
import { checkA11y, expect, test } from './fixtures.ts';
import { AppShell, type RoutePath } from './pages/AppShell.ts';

const ROUTES: RoutePath[] = ['#/wizard', '#/quick', '#/check', '#/rocksmq-or-nats'];

for (const route of ROUTES) {
  test(`${route} has no WCAG 2.2 AA violations`, async ({ page }) => {
    const app = new AppShell(page);
    await app.goto(route);
    await app.waitForEditorsToLoad();
    await checkA11y(page);
  });
}

test('the navigation can be used with the keyboard alone', async ({ page }) => {
  const app = new AppShell(page);
  await app.goto('#/wizard');
  await app.navLink('Wizard').focus();
  await page.keyboard.press('Tab');
  await expect(app.navLink('Quick manifest')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(app.navLink('Check YAML')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.hash === '#/check');
  await expect(app.navLink('Check YAML')).toHaveAttribute('aria-current', 'page');
});
