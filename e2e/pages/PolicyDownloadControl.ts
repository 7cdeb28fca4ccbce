// The "Enforce in the cluster" section on the check page and the wizard's Review step: choose what
// a failed check does, download the admission policy.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.ts';

export const POLICY_FILE = 'milvus-mq-admission-policy.yaml';

export class PolicyDownloadControl {
  readonly section: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Enforce in the cluster' });
  }

  /** Chooses the validation action (Warn, Deny, Audit), downloads the file and returns its text. */
  async download(action?: 'Warn' | 'Deny' | 'Audit'): Promise<string> {
    if (action) await this.section.getByLabel('When a Milvus resource fails a check').selectOption(action);
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.section.getByRole('button', { name: `Download ${POLICY_FILE}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(POLICY_FILE);
    return readFile(await download.path(), 'utf-8');
  }
}
