// One verdict for the check page: with a running manifest in Compare, the summary and "What will
// run" judge what kubectl apply makes of the file on it, not the file as a fresh install. The
// issue's case: a cluster file that names no msgStreamType, applied to a live standalone on
// RocksMQ, keeps rocksmq (kubectl's three-way merge), and Milvus fails to start in cluster mode.
import AxeBuilder from '@axe-core/playwright';
import { stringify } from 'yaml';
import { liveObjectOf } from '../src/model/testing/liveObject.ts';
import { expect, test } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';
import { WhatWillRunPanel } from './pages/WhatWillRunPanel.ts';

const milvus = (mode: 'standalone' | 'cluster') => ({
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  metadata: { name: 'prod', namespace: 'vector' },
  spec: { mode, components: { image: 'milvusdb/milvus:v2.5.16' } },
});

for (const width of [1440, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 600 ? 900 : 844 } });

    test('with a running manifest, the verdict and What will run describe the apply, and count its error', async ({
      page,
    }) => {
      const check = new CheckYamlPage(page);
      await check.open();
      await check.manifestEditor.replaceText(stringify(milvus('cluster')));
      const willRun = new WhatWillRunPanel(page);
      // Alone, the file is a fresh cluster on Pulsar: no error.
      await expect(check.summary).toHaveText(/^Ready to apply/);
      await expect(willRun.section(/^Message storage$/)).toContainText('Pulsar');

      const panel = await check.compareWith(stringify(liveObjectOf(milvus('standalone'))));
      await expect(panel.getByRole('region', { name: /Errors/ })).toContainText('mode-change-storage');
      await expect(check.summary).toHaveText(/^Applied to the running Milvus: [1-9]\d* errors?/);
      await expect(willRun.root).toContainText('After kubectl apply onto the running manifest');
      await expect(willRun.section(/^Message storage$/)).toContainText('RocksMQ');
      await expect(willRun.section(/^Message storage$/)).not.toContainText('Pulsar');
      // The advice never writes what is itself an error.
      await expect(panel).not.toContainText('Write msgStreamType: rocksmq to keep what runs');
      // Two lists of findings on one page: their landmarks have names of their own.
      const { violations } = await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze();
      expect(violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    });
  });
}
