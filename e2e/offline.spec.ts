// The app is a static site that must work offline and behind a strict Content-Security-Policy:
// every file comes from its own origin, and the code editor loads only when a page needs it.
import { expect, test } from './fixtures.ts';
import { AppShell, type RoutePath } from './pages/AppShell.ts';

const ROUTES: { path: RoutePath; link: string }[] = [
  { path: '#/wizard', link: 'Wizard' },
  { path: '#/quick', link: 'Quick manifest' },
  { path: '#/check', link: 'Check YAML' },
  { path: '#/rocksmq-or-nats', link: 'RocksMQ or NATS?' },
];

for (const route of ROUTES) {
  test(`${route.path} loads everything, editors included, from the app's own origin`, async ({
    page,
    appIssues,
  }) => {
    const app = new AppShell(page);
    await app.goto(route.path);
    await expect(app.navLink(route.link)).toHaveAttribute('aria-current', 'page');
    // Any YAML editor on the page switches to Monaco: its chunks, workers and font load under the CSP.
    await app.waitForEditorsToLoad();
    await page.waitForLoadState('networkidle');
    expect(appIssues.externalRequests).toEqual([]);
    expect(appIssues.cspViolations).toEqual([]);
  });
}

test('the nav links move between the pages', async ({ page }) => {
  const app = new AppShell(page);
  await app.goto('#/wizard');
  for (const route of [...ROUTES.slice(1), ROUTES[0]]) {
    await app.navigateWith(route.link);
    // The wizard's address names its step (#/wizard/deployment).
    await expect(page).toHaveURL((url) => url.hash === route.path || url.hash.startsWith(`${route.path}/`));
    await expect(app.navLink(route.link)).toHaveAttribute('aria-current', 'page');
    await expect(app.nav.locator('[aria-current="page"]')).toHaveCount(1);
  }
});

test('the first page load does not fetch the code editor up front', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const eagerUrls = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  expect(eagerUrls.length).toBeGreaterThan(0);
  expect(eagerUrls.filter((url) => /monaco|editor\.api|editor\.worker|yaml\.worker/i.test(url))).toEqual([]);
});

test('the page declares a Content-Security-Policy that only allows its own origin', async ({ page }) => {
  await new AppShell(page).goto('#/wizard');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self';");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toContain("object-src 'none'");
});
