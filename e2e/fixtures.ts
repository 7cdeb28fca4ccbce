// Every e2e test imports `test` and `expect` from here. The `page` fixture fails the test when the
// app breaks one of its promises: it talks to no other host, breaks no Content-Security-Policy rule
// and throws no uncaught error.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** What went wrong in the page during a test; the `page` fixture fails the test if any is non-empty. */
export interface AppIssues {
  /** Requests to any origin but the app's own (they are aborted, never sent). */
  externalRequests: string[];
  cspViolations: string[];
  pageErrors: string[];
}

interface Fixtures {
  appIssues: AppIssues;
  /** Issues matching one of these are expected by the test and do not fail it. */
  allowedIssues: RegExp[];
}

const CSP_CONSOLE_MESSAGE = /Content[- ]Security[- ]Policy|^Refused to /i;

export const test = base.extend<Fixtures>({
  allowedIssues: [[], { option: true }],

  // Playwright requires the object pattern even when a fixture uses no other fixture.
  // eslint-disable-next-line no-empty-pattern
  appIssues: async ({}, use) => {
    await use({ externalRequests: [], cspViolations: [], pageErrors: [] });
  },

  page: async ({ page, baseURL, appIssues, allowedIssues }, use) => {
    const appOrigin = new URL(baseURL ?? 'http://localhost:4173/').origin;

    // Context-wide, so requests from workers are caught too.
    await page.context().route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).origin === appOrigin) {
        await route.fallback();
      } else {
        appIssues.externalRequests.push(`${route.request().method()} ${url}`);
        await route.abort('blockedbyclient');
      }
    });

    // Reported at once through a binding, so violations survive later navigations.
    await page.exposeBinding('__reportCspViolation', (_source, text: string) => {
      appIssues.cspViolations.push(text);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __reportCspViolation?: (text: string) => void })
          .__reportCspViolation;
        report?.(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        );
      });
    });
    // Workers have no document to dispatch the event on; their violations only reach the console.
    page.on('console', (message) => {
      if (CSP_CONSOLE_MESSAGE.test(message.text())) appIssues.cspViolations.push(message.text());
    });
    page.on('pageerror', (error) => appIssues.pageErrors.push(error.stack ?? error.message));

    await use(page);

    const notAllowed = (issue: string) => !allowedIssues.some((allowed) => allowed.test(issue));
    const unexpected: AppIssues = {
      externalRequests: appIssues.externalRequests.filter(notAllowed),
      cspViolations: [...new Set(appIssues.cspViolations)].filter(notAllowed),
      pageErrors: appIssues.pageErrors.filter(notAllowed),
    };
    expect(unexpected, 'no other hosts, no CSP violations, no uncaught errors').toEqual({
      externalRequests: [],
      cspViolations: [],
      pageErrors: [],
    });
  },
});

/** WCAG 2.2 A and AA (axe tags each rule with the version that introduced it). */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface A11yOptions {
  /** Only check inside these selectors (default: the whole page). */
  include?: string[];
  /** Also skip these selectors. */
  exclude?: string[];
}

/**
 * Fails the test on any WCAG 2.2 A/AA violation axe finds on the page as it is now.
 *
 * The YAML editors are checked as the user sees them: first it waits until every editor on the
 * page has become Monaco (a check of the plain text box shown while Monaco loads would pass over
 * Monaco's own colours), and Monaco's markup is not excluded. An earlier version excluded
 * `.monaco-editor` and ran before Monaco had loaded, so the dimmed line numbers (#a7c9d3 on white,
 * 1.75:1) passed unseen.
 */
export async function checkA11y(page: Page, opts: A11yOptions = {}): Promise<void> {
  await expect(page.locator('.yaml-editor[data-editor="plain"]'), 'the code editors have loaded').toHaveCount(
    0,
  );
  let builder = new AxeBuilder({ page }).withTags(WCAG_AA);
  for (const selector of opts.include ?? []) builder = builder.include(selector);
  for (const selector of opts.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help} at ${v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`.trim())
        .join(', ')}`,
  );
  expect(summary, 'accessibility violations (WCAG 2.2 AA)').toEqual([]);
}

/** Fails the test if the page scrolls sideways, naming the elements that stick out. */
export async function expectNoSideScroll(page: Page, state: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = window.innerWidth;
    const sticking = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      // Children of a scrolling box (a wide table in its wrapper) do not widen the page.
      .filter((el) => !el.parentElement?.closest('.monaco-editor'))
      .slice(0, 6)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.getAttribute('class'))}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, sticking };
  });
  expect(
    overflow.scrollWidth,
    `${state}: the page scrolls sideways (${overflow.scrollWidth} > ${overflow.innerWidth}); sticking out: ${overflow.sticking.join(', ')}`,
  ).toBeLessThanOrEqual(overflow.innerWidth);
}
