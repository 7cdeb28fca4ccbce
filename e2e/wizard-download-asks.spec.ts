// The wizard never downloads what its own checker calls an error without a word: Download asks
// first, naming each error, and "Download anyway" still saves the text as shown.
import { expect, test } from './fixtures.ts';
import { WizardPage } from './pages/wizardPage.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const ROCKSMQ_CLUSTER = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: my-release
spec:
  mode: cluster
  dependencies:
    msgStreamType: rocksmq
`;

for (const width of [1440, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 600 ? 900 : 844 } });

    test('a cluster on RocksMQ pasted into the preview: Download names the error first, then saves it anyway', async ({
      page,
    }) => {
      const wizard = new WizardPage(page);
      await wizard.open();
      await wizard.previewEditor.replaceText(ROCKSMQ_CLUSTER);
      await wizard.preview.getByRole('button', { name: 'Download milvuscluster.yaml' }).click();
      const asking = wizard.preview.getByRole('alertdialog');
      await expect(asking).toContainText('Not downloaded yet.');
      await expect(asking).toContainText('unsupported-storage');
      const downloaded = page.waitForEvent('download');
      await asking.getByRole('button', { name: 'Download anyway' }).click();
      await (await downloaded).path();
      await expect(asking).toHaveCount(0);
    });

    test('a share link of a SASL set-up (its password left out) asks before downloading the incomplete SASL', async ({
      page,
    }) => {
      const wizard = new WizardPage(page);
      await wizard.open();
      await wizard.setUpKafkaSasl({ brokers: ['kafka.example:9093'], password: 'Pa55-word' });
      await wizard.nextUntil('Review');
      await wizard.form.getByRole('button', { name: 'Copy share link' }).click();
      await expect(wizard.form.getByText('Link copied')).toBeVisible();
      const link = await page.evaluate(() => navigator.clipboard.readText());

      await page.evaluate(() => window.localStorage.clear());
      await page.goto('about:blank');
      await page.goto(link);
      await expect(page.getByText('Opened the settings from a share link.')).toBeVisible();
      await wizard.preview.getByRole('button', { name: 'Download milvuscluster.yaml' }).click();
      const asking = wizard.preview.getByRole('alertdialog');
      await expect(asking).toContainText('kafka-sasl-incomplete');
      const text = await wizard.downloadText(wizard.preview, true);
      expect(text).not.toContain('Pa55-word');
    });
  });
}
