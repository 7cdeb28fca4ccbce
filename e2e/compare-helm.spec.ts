// Compare on the check page with Helm values (issue #22): the running values against the new ones
// as `helm upgrade` takes them, in the words of `milvus-mq diff --helm` (model/helm/diff.ts through
// model/change/compare.ts), with --reuse-values; a manifest against values is a message, not a
// comparison. At desktop and phone width.
import { stringify } from 'yaml';
import { checkA11y, expect, expectNoSideScroll, test } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';

// A standalone on RocksMQ running Milvus 2.6.9, and new values that move it to an in-cluster Kafka
// (the change is placed at kafka.enabled, line 6, where the new storage is decided).
const RUNNING =
  'cluster:\n  enabled: false\nstandalone:\n  messageQueue: rocksmq\nimage:\n  all:\n    tag: v2.6.9\n';
const TO_KAFKA =
  'cluster:\n  enabled: false\nstandalone:\n  messageQueue: kafka\nkafka:\n  enabled: true\nimage:\n  all:\n    tag: v2.6.9\n';
// The same storage, without the image tag the running values set (chart 5.0.19 runs v2.6.15).
const NO_TAG = 'cluster:\n  enabled: false\nstandalone:\n  messageQueue: rocksmq\n';
const MANIFEST = stringify({
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  metadata: { name: 'prod' },
  spec: { components: { image: 'milvusdb/milvus:v2.6.22' }, dependencies: { msgStreamType: 'rocksmq' } },
});

for (const width of [1440, 390]) {
  test.describe(`Compare with Helm values at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('a storage change through helm upgrade is an error in its words, at its line', async ({ page }) => {
      const check = new CheckYamlPage(page);
      await check.open();
      await check.manifestEditor.replaceText(TO_KAFKA);
      await expect(check.readAsNote()).toHaveText(/^Read as Helm values/);
      const panel = await check.compareWith(RUNNING, 'values');
      await expect(panel.getByRole('status')).toHaveText(
        /^helm upgrade with these values: \d+ consequences?\.$/,
      );
      const change = panel.locator('li.diagnostic[data-code="storage-change"]');
      await expect(change).toContainText(/from RocksMQ to Kafka\. helm upgrade renders it without a word/);
      await expect(change).toHaveAttribute('data-line', '6');
      const lines = panel.getByLabel('Line changes, running values to new values');
      await expect(lines).toContainText(/Removed:\s+4 -\s+messageQueue: rocksmq/);
      await expect(lines).toContainText(/Added:\s+4 \+\s+messageQueue: kafka/);
      await check.waitForResults();
      await expectNoSideScroll(page, 'Compare with Helm values');
      await checkA11y(page, { include: ['.compare-panel'] });
    });

    test('--reuse-values keeps what only the running values set', async ({ page }) => {
      const check = new CheckYamlPage(page);
      await check.open();
      await check.manifestEditor.replaceText(NO_TAG);
      await expect(check.readAsNote()).toHaveText(/^Read as Helm values/);
      const panel = await check.compareWith(RUNNING, 'values');
      const reset = panel.locator('li.diagnostic[data-code="helm-upgrade-resets"]');
      await expect(reset).toContainText('image.all.tag goes from "v2.6.9" to "v2.6.15"');
      await panel.getByRole('checkbox', { name: 'helm upgrade --reuse-values' }).check();
      await expect(panel.getByRole('status')).toHaveText(
        'helm upgrade with these values changes nothing about the message storage of the running Milvus.',
      );
      await expect(reset).toHaveCount(0);
    });

    test('a manifest against values says which is which and what to paste', async ({ page }) => {
      const check = new CheckYamlPage(page);
      await check.open();
      await check.manifestEditor.replaceText(TO_KAFKA);
      await expect(check.readAsNote()).toHaveText(/^Read as Helm values/);
      const panel = await check.compareWith(MANIFEST, 'values');
      await expect(panel.getByRole('alert')).toContainText(
        'The running text is a Milvus manifest, and the text checked above is Helm values',
      );
      await expect(panel.getByRole('alert')).toContainText('helm get values RELEASE --all');
      await expect(panel.getByRole('status')).toHaveCount(0);

      // The other way round: a manifest checked, values pasted as the running text (the panel and
      // its editor now name a manifest).
      await check.manifestEditor.replaceText(MANIFEST);
      const manifestPanel = page.getByRole('region', { name: 'Compare with the running manifest' });
      // The manifest against itself: kubectl apply, which changes nothing.
      await expect(manifestPanel.getByRole('status')).toHaveText(/changes nothing/);
      await check.runningEditor.replaceText(TO_KAFKA);
      await expect(manifestPanel.getByRole('alert')).toContainText(
        'The running text is Helm values of the milvus chart, and the text checked above is a Milvus manifest',
      );
      await expectNoSideScroll(page, 'the mixed kinds message');
    });
  });
}
