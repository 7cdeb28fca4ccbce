// Page object for what every route shares: the header navigation and the main area. Page objects
// for the wizard, checker and decision pages extend this class.
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.ts';
import { YamlEditorControl } from './YamlEditorControl.ts';

export type RoutePath = '#/wizard' | '#/quick' | '#/check' | '#/rocksmq-or-nats';

export class AppShell {
  readonly nav: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.main = page.getByRole('main');
  }

  /** Opens a route of the built app (relative to baseURL, so it also works from a sub-folder). */
  async goto(route: RoutePath): Promise<void> {
    await this.page.goto(route);
    await expect(this.main).toBeVisible();
  }

  navLink(name: string): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }

  async navigateWith(linkName: string): Promise<void> {
    await this.navLink(linkName).click();
  }

  /** The YAML editor with this accessible name (plain text box or Monaco, whichever shows). */
  editor(ariaLabel: string): YamlEditorControl {
    return new YamlEditorControl(this.page, ariaLabel);
  }

  /** Waits until every YAML editor on the page has switched from the plain text box to Monaco. */
  async waitForEditorsToLoad(): Promise<void> {
    await expect(this.page.locator('.yaml-editor[data-editor="plain"]')).toHaveCount(0);
  }
}
