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

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface A11yOptions {
  /** Only check inside these selectors (default: the whole page). */
  include?: string[];
  /** Also skip these selectors. */
  exclude?: string[];
}

/** Fails the test on any WCAG 2.1 A/AA violation axe finds on the page as it is now. */
export async function checkA11y(page: Page, opts: A11yOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page })
    .withTags(WCAG_21_AA)
    // Monaco's internals are third-party markup we cannot change (hidden textarea helpers, scroll
    // decorations, ARIA live regions it manages). The editor's own accessible name is still
    // checked through the textarea we label, and the plain-text fallback is checked in full.
    .exclude('.monaco-editor')
    // Monaco also appends overflow widgets (hovers, suggestions) and an ARIA container to <body>.
    .exclude('.monaco-aria-container')
    .exclude('.overflowingContentWidgets')
    .exclude('.overflowingOverlayWidgets');
  for (const selector of opts.include ?? []) builder = builder.include(selector);
  for (const selector of opts.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help} at ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
  expect(summary, 'accessibility violations (WCAG 2.1 AA)').toEqual([]);
}
