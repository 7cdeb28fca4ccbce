// "Quick manifest" (#/quick): mode, version, storage and where it runs on one page, with Download
// ready at once, by the wizard's rules; and a link to a later wizard step in a fresh session.
import { checkA11y, expect, expectNoSideScroll, test } from './fixtures.ts';
import { QuickManifestPage } from './pages/quickPage.ts';
import { WizardPage } from './pages/wizardPage.ts';

for (const width of [1440, 390, 320]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('Download works at once, with the defaults', async ({ page }) => {
      const quick = new QuickManifestPage(page);
      await quick.open();
      // Usable: the whole button within the screen's width, its label on it.
      const button = (await quick.download.boundingBox())!;
      expect(button.x).toBeGreaterThanOrEqual(0);
      expect(button.x + button.width).toBeLessThanOrEqual(width);
      const { name, text } = await quick.downloadManifest();
      expect(name).toBe('milvuscluster.yaml');
      expect(text).toContain('msgStreamType: woodpecker');
      expect(text).toContain('image: milvusdb/milvus:v2.6');
      await expectNoSideScroll(page, 'quick manifest');
      await checkA11y(page);
    });

    test('the support table rules out storages with the reason; an external Kafka needs a good address', async ({
      page,
    }) => {
      const quick = new QuickManifestPage(page);
      await quick.open();
      await quick.chooseVersion('2.5');
      await quick.storage('RocksMQ').check();
      await quick.chooseMode('Cluster');
      // RocksMQ cannot run in a cluster: the wizard's rule moves to the operator's default and says so.
      await expect(page.getByRole('status')).toContainText('from RocksMQ to Pulsar');
      await expect(quick.storage('Pulsar')).toBeChecked();
      await expect(quick.storage('RocksMQ')).toBeDisabled();
      await expect(quick.storage('RocksMQ')).toHaveAccessibleDescription(/single Milvus process/);

      await quick.storage('Kafka').check();
      await quick.chooseSide('External');
      await expect(quick.download).toBeDisabled();
      await quick.address.fill('kafka://kafka-0.mq:9092');
      await expect(quick.address).toHaveAttribute('aria-invalid', 'true');
      await expect(quick.download).toBeDisabled();
      await expectNoSideScroll(page, 'quick manifest with an address error');
      await checkA11y(page);
      await quick.address.fill('kafka-0.mq:9092, kafka-1.mq:9092');
      await expect(quick.download).toBeEnabled();
      const { text } = await quick.downloadManifest();
      expect(text).toMatch(/brokerList:\n\s+- kafka-0\.mq:9092\n\s+- kafka-1\.mq:9092/);
      expect(text).toContain('msgStreamType: kafka');
      await expect(quick.preview).toContainText('external: true');
    });

    test('the wizard links to the quick page, and a link to Review opens Review in a fresh session', async ({
      page,
    }) => {
      const wizard = new WizardPage(page);
      await wizard.open('#/wizard/review');
      await wizard.expectStep('Review');
      await wizard.main.getByRole('link', { name: 'quick manifest' }).click();
      await expect(page).toHaveURL((url) => url.hash === '#/quick');
      await expect(page.getByRole('heading', { level: 1, name: 'Quick manifest' })).toBeVisible();
      await expectNoSideScroll(page, 'quick manifest from the wizard');
    });
  });
}
