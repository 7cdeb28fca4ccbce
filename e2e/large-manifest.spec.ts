// A large valid manifest pasted on the check page gets its result, never "the checker failed":
// the checker is linear in its input, and the page sets no time limit under the size limit.
import { summaryText } from '../src/pages/check/summaryText.ts';
import { expect, test } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';

/** A valid Milvus manifest of exactly `lines` lines, most of them settings under spec.config. */
function manifestOfLines(lines: number): string {
  const head = [
    'apiVersion: milvus.io/v1beta1',
    'kind: Milvus',
    'metadata:',
    '  name: my-release',
    'spec:',
    '  mode: cluster',
    '  components:',
    '    image: milvusdb/milvus:v2.5.16',
    '  dependencies:',
    '    msgStreamType: kafka',
    '    kafka:',
    '      inCluster: {}',
    '  config:',
    '    log:',
    '      level: debug',
    '    common:',
  ];
  const body = Array.from({ length: lines - head.length }, (_, i) => `      setting${i}: value-${i}`);
  return [...head, ...body].join('\n') + '\n';
}

for (const lines of [5000, 2000]) {
  test(`a valid ${lines.toLocaleString('en')}-line manifest pasted on the check page gets its result`, async ({ page }) => {
    const check = new CheckYamlPage(page);
    await check.open();
    await check.manifestEditor.replaceText(manifestOfLines(lines));
    await check.waitForResults();
    await expect(check.checkerFailure).toHaveCount(0);
    // In-cluster Kafka in cluster mode on Milvus 2.5: nothing to report in this manifest.
    await expect(check.summary).toHaveText(summaryText({ error: 0, warning: 0, info: 0 }));
    await expect(check.diagnostics()).toHaveCount(0);
  });
}
