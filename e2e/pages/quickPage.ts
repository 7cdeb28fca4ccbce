// The "Quick manifest" page, in the steps a person takes on it: four choices, then Download.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.ts';
import { AppShell } from './AppShell.ts';

export class QuickManifestPage extends AppShell {
  readonly download: Locator;
  readonly preview: Locator;
  readonly address: Locator;

  constructor(page: Page) {
    super(page);
    this.download = page.getByRole('button', { name: 'Download milvuscluster.yaml' });
    this.preview = page.getByLabel('milvuscluster.yaml preview');
    this.address = page.getByRole('textbox', { name: 'Address' });
  }

  async open(): Promise<void> {
    await this.goto('#/quick');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Quick manifest' })).toBeVisible();
  }

  async chooseMode(label: 'Standalone' | 'Cluster'): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Deployment mode' })
      .getByRole('radio', { name: label })
      .check();
  }

  async chooseVersion(version: string): Promise<void> {
    await this.page.getByLabel('Milvus version').selectOption(version);
  }

  storage(label: string): Locator {
    return this.page
      .getByRole('group', { name: 'Message storage' })
      .getByRole('radio', { name: label, exact: true });
  }

  async chooseSide(side: 'In the cluster' | 'External'): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Where it runs' })
      .getByRole('radio', { name: new RegExp(`^${side}`) })
      .check();
  }

  /** Presses Download and returns the file's name and text. */
  async downloadManifest(): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([this.page.waitForEvent('download'), this.download.click()]);
    return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf-8') };
  }
}
