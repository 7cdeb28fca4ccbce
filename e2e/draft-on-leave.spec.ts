// The draft is what brings the wizard back after another page: it must hold the latest choice,
// even one made just before the user leaves, and never an empty text in place of the manifest.
// The fresh-clone CI run met this: on a loaded machine the YAML module arrived after the first
// change, the draft kept the not-yet-written manifest's '' as the user's text, and the wizard came
// back from "Use NATS" with an empty preview. Time is frozen here (Playwright's clock) so that the
// draft's short autosave pause never ends by itself: only leaving the wizard can save the change.
import { expect, test } from './fixtures.ts';
import { DecisionHelper } from './pages/decisionPage.ts';
import { WizardPage, at, holdYamlModule } from './pages/wizardPage.ts';

for (const width of [1440, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('a choice made before the YAML is written and just before leaving comes back with its manifest', async ({
      page,
    }) => {
      await page.clock.install();
      const { release } = await holdYamlModule(page);
      const wizard = new WizardPage(page);
      await wizard.open();
      await expect(wizard.preview.getByText('Writing the YAML…')).toBeVisible();
      await page.clock.pauseAt(Date.now() + 60_000);
      await wizard.chooseVersion('2.5');
      // The autosave's pause ends while the YAML module is still on its way.
      await page.clock.runFor(1_000);
      release();
      await expect(wizard.preview.getByText('Writing the YAML…')).toBeHidden();
      // Left at once: the pause after the YAML was written never ends.
      await wizard.navigateWith('RocksMQ or NATS?');
      await page.clock.resume();
      const decision = new DecisionHelper(page);
      await decision.setPacketSizeKB(1024);
      await decision.useButton('NATS').click();
      await wizard.expectStep('Settings');
      await expect(page.getByText('Message storage set to NATS')).toBeVisible();
      await expect(wizard.preview.getByRole('alert')).toHaveCount(0);
      await wizard.expectPreviewToShow('msgStreamType: natsmq');
      const manifest = await wizard.downloadManifest();
      expect(at(manifest, 'spec.dependencies.msgStreamType')).toBe('natsmq');
      expect(at(manifest, 'spec.components.image')).toMatch(/^milvusdb\/milvus:v2\.5\./);
    });

    test('a version chosen an instant before opening another page is still chosen on return', async ({ page }) => {
      await page.clock.install();
      const wizard = new WizardPage(page);
      await wizard.open();
      await wizard.expectPreviewToShow('kind: Milvus');
      await page.clock.pauseAt(Date.now() + 60_000);
      await wizard.chooseVersion('2.4');
      await wizard.navigateWith('RocksMQ or NATS?');
      await page.clock.resume();
      await page.goBack();
      await expect(wizard.field('Milvus version')).toHaveValue('2.4');
      expect(at(await wizard.downloadManifest(), 'spec.components.image')).toMatch(/^milvusdb\/milvus:v2\.4\./);
    });
  });
}
