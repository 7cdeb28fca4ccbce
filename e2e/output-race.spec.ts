// Download, Copy and the share link act on the YAML only once it is written. The YAML module loads
// after the first paint; until it has arrived the preview says "Writing the YAML…" and its text is
// ''. A press made then waits for the text: it is never lost and never saves an empty file.
// Proved on a slow machine and network (Chromium's CPU and network throttling), with the YAML
// module held back until the press was made, so the press always comes first.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';
import { defaultImageFor } from '../src/model/facts/versions.ts';
import { DecisionHelper } from './pages/decisionPage.ts';
import { WizardPage, at, holdYamlModule } from './pages/wizardPage.ts';

/** A phone-class CPU and a slow mobile network: 150 ms latency, 1.6 Mbit/s down. */
async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
}

/** Presses Download in the preview before the YAML module has arrived; returns the file's text. */
async function downloadBeforeTheYamlIsWritten(page: Page, release: () => void): Promise<string> {
  const wizard = new WizardPage(page);
  await expect(wizard.preview.getByText('Writing the YAML…')).toBeVisible();
  // The point is what is saved, not how fast: at 6x CPU throttling and 1.6 Mbit/s (vite preview sends
  // the chunks uncompressed), on a 2-core machine running other browsers, the YAML module alone can
  // take more than the default 20 s to arrive and run.
  const downloaded = page.waitForEvent('download', { timeout: 60_000 });
  await wizard.preview.getByRole('button', { name: 'Download milvuscluster.yaml' }).click();
  await expect(
    wizard.preview.getByRole('status').filter({ hasText: 'Writing and checking the YAML…' }),
  ).toBeVisible();
  release();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('milvuscluster.yaml');
  return readFile(await download.path(), 'utf-8');
}

for (const width of [1440, 390]) {
  test.describe(`at ${width} px, on a slow machine and network`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('Download pressed as soon as the wizard shows saves the whole manifest, not an empty file', async ({
      page,
    }) => {
      await throttle(page);
      const { release } = await holdYamlModule(page);
      await page.goto('#/wizard', { waitUntil: 'commit' });
      const text = await downloadBeforeTheYamlIsWritten(page, release);
      expect(text.trim()).not.toBe('');
      expect(at(parse(text), 'kind')).toBe('Milvus');
      expect(at(parse(text), 'spec.mode')).toBe('standalone');
    });

    test('Download pressed at once after "Use NATS" on 2.4 saves NATS on 2.4', async ({ page }) => {
      await throttle(page);
      const { release } = await holdYamlModule(page);
      const decision = new DecisionHelper(page);
      await decision.open();
      await decision.chooseVersion('2.4');
      await decision.setPacketSizeKB(1024);
      await decision.useButton('NATS').click();
      const manifest = parse(await downloadBeforeTheYamlIsWritten(page, release)) as unknown;
      expect(at(manifest, 'spec.dependencies.msgStreamType')).toBe('natsmq');
      // The wizard writes the 2.4 line's latest patch, a fact of versions.ts.
      expect(at(manifest, 'spec.components.image')).toBe(defaultImageFor('2.4'));
    });
  });
}
