// "Clean for apply" on the check page: a live object (kubectl get milvus -o yaml) made ready to apply
// again (src/model/operator/live/clean.ts, the same as `milvus-mq clean`), with what went and why, at desktop
// and phone width.
import { stringify } from 'yaml';
import { liveObjectOf } from '../src/model/testing/liveObject.ts';
import { checkA11y, expect, expectNoSideScroll, test } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';

const file = {
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  metadata: { name: 'prod', namespace: 'vector' },
  spec: {
    mode: 'cluster',
    components: { image: 'milvusdb/milvus:v2.6.11' },
    dependencies: { msgStreamType: 'pulsar' },
  },
};

for (const width of [1440, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('a live object is cleaned in place: what went, why, and what stayed', async ({ page }) => {
      const check = new CheckYamlPage(page);
      await check.open();
      await check.manifestEditor.replaceText(`# prod, as running\n${stringify(liveObjectOf(file))}`);
      await check.waitForResults();
      const report = await check.cleanForApply();
      await expect(report).toContainText(
        /Milvus\/prod: \d+ fields removed; the last-applied annotation told which fields you set/,
      );
      await expect(report).toContainText('Removed status (1)');
      await expect(report).toContainText(/Removed operator defaults \(\d+\)/);
      // No longer a live object: the button goes, the report stays.
      await expect(check.cleanForApplySection().getByRole('button', { name: 'Clean for apply' })).toHaveCount(
        0,
      );
      await expect(report).toBeVisible();
      await check.waitForResults();
      const { text } = await check.downloadFixed();
      expect(text.startsWith('# prod, as running\napiVersion: milvus.io/v1beta1')).toBe(true);
      expect(text).not.toMatch(/^status:|managedFields|last-applied-configuration|rollingMode/m);
      expect(text).toContain('msgStreamType: pulsar');
      await expectNoSideScroll(page, 'check page after Clean for apply');
      await checkA11y(page);
    });

    test('a written-back msgStreamType stays, with a warning when a fresh install would get another storage', async ({
      page,
    }) => {
      const check = new CheckYamlPage(page);
      await check.open();
      const live = liveObjectOf({ ...file, spec: { components: { image: 'milvusdb/milvus:v2.5.16' } } }) as {
        spec: { components: Record<string, unknown> };
      };
      live.spec.components.image = 'milvusdb/milvus:v2.6.11';
      await check.manifestEditor.replaceText(stringify(live));
      await check.waitForResults();
      const report = await check.cleanForApply();
      await expect(report.locator('li.clean-kept-warning')).toContainText(
        /spec\.dependencies\.msgStreamType.*fresh install gets Woodpecker instead of RocksMQ/,
      );
      await expectNoSideScroll(page, 'Clean for apply report with a warning');
    });
  });
}

test('a file that is no live object is not offered Clean for apply', async ({ page }) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.manifestEditor.replaceText(stringify(file));
  await check.waitForResults();
  await expect(check.summary).toBeVisible();
  await expect(check.cleanForApplySection()).toHaveCount(0);
});
