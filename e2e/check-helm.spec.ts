// The check page reads Helm values of the milvus-helm chart (issue #22): Auto detects them as the
// CLI does, each finding is at its key's line with its fix, the command line is `check --helm
// --chart-version X`, and "What will run" says which block won, which subcharts are idle and the
// config Milvus receives. At desktop and phone width.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';
import { WhatWillRunPanel, scrollsSideways } from './pages/WhatWillRunPanel.ts';

const FIXTURE = 'issue-helm-116-external-pulsar.yaml';
// An external Pulsar, and the bundled pulsarv3 still enabled by the chart's default (milvus-helm#116).
const EXTERNAL_PULSAR = readFileSync(`test/fixtures/helm/${FIXTURE}`, 'utf-8');

for (const [width, viewport] of [
  ['1440', { width: 1440, height: 900 }],
  ['390', { width: 390, height: 844 }],
] as const) {
  test.describe(`check page with Helm values at ${width} px`, () => {
    test.use({ viewport });

    test('an external Pulsar with pulsarv3 still enabled: the warning at its line, its fix applies', async ({
      page,
    }) => {
      const check = new CheckYamlPage(page);
      const panel = new WhatWillRunPanel(check.results);
      await check.open();
      await check.upload(FIXTURE, EXTERNAL_PULSAR);
      await expect(check.readAsNote()).toHaveText(/^Read as Helm values/);
      await expect(check.summary).toHaveText('0 errors, 1 warning');
      const idle = check.diagnostic('helm-idle-subchart', 'pulsarv3.enabled');
      await expect(idle).toHaveAttribute('data-line', '3');
      await expect(idle).toContainText('Milvus does not use it');
      await expect(check.cliCommand()).toHaveText(
        `npx milvus-mq check --helm --chart-version 5.0.19 ${FIXTURE}`,
      );
      await expect(check.chartVersionSelect()).toHaveValue('5.0.19');

      await expect(panel.headline()).toHaveText(
        'Milvus cluster on Pulsar (chart 5.0.19, release my-release).',
      );
      await expect(panel.section(/^Message storage$/)).toContainText('A (externalPulsar)');
      await expect(panel.section('Subcharts')).toContainText('pulsarv3');
      await expect(panel.section('Subcharts')).toContainText('deployed, idle');
      await expect(panel.yaml()).toContainText('type: pulsar');
      await expect(panel.yaml()).toContainText('address: pulsar.example.internal');

      await check.applyFix(idle);
      await expect(check.editorView()).toContainText('enabled: false');
      await expect(check.summary).toHaveText('Ready for helm install: no problems found');
      await expect(panel.section('Subcharts')).toContainText('not deployed');
      expect(await scrollsSideways(page)).toBe(false);
    });

    // Chart 5.0.19 runs Milvus 2.6.15: no client for the Woodpecker service the chart deploys
    // (Milvus's WAL builder; milvus-io/milvus#50201), and 2.6 dropped the dispatcher's retry keys
    // (milvus-io/milvus#39863). What will run says what check reports (whatRuns/judge.ts failsAtStart).
    test('a Woodpecker service on 2.6 fails at start, and a user.yaml key Milvus never reads is named', async ({
      page,
    }) => {
      const check = new CheckYamlPage(page);
      const panel = new WhatWillRunPanel(check.results);
      await check.open();
      await check.upload(
        'values.yaml',
        'pulsarv3:\n  enabled: false\nwoodpecker:\n  enabled: true\nstreaming:\n  woodpecker:\n    embedded: false\nextraConfigFiles:\n  user.yaml: |\n    mq:\n      dispatcher:\n        retrySleep: 3\n',
      );
      await expect(check.readAsNote()).toHaveText(/^Read as Helm values/);
      const service = check.diagnostic('woodpecker-service-version');
      await expect(service).toHaveAttribute('data-line', '7');
      await expect(service).toContainText('no client for a Woodpecker service');
      const key = check.diagnostic('unknown-config-key');
      await expect(key).toHaveAttribute('data-line', '9');
      await expect(key).toContainText('mq.dispatcher.retrySleep in extraConfigFiles.user.yaml');
      await expect(panel.outcome()).toHaveText('Fails at start');
      await expect(panel.headline()).toContainText('Milvus fails at start');
      expect(await scrollsSideways(page)).toBe(false);
    });

    test('the switch forces the reading and the chart version changes the judgement', async ({ page }) => {
      const check = new CheckYamlPage(page);
      await check.open();
      await check.upload(FIXTURE, EXTERNAL_PULSAR);
      await expect(check.summary).toHaveText('0 errors, 1 warning');

      await check.readAs('Operator manifest');
      await expect(check.diagnostic('no-milvus-resource')).toHaveCount(1);
      await expect(check.chartVersionSelect()).toHaveCount(0);
      await expect(check.cliCommand()).toHaveText(`npx milvus-mq check ${FIXTURE}`);

      await check.readAs('Helm values');
      // Chart 4.2.20 still deploys Pulsar v2 by default: the idle subchart is pulsar, not pulsarv3.
      await check.chartVersionSelect().selectOption('4.2.20');
      await expect(check.diagnostic('helm-idle-subchart', 'pulsar.enabled')).toHaveCount(1);
      await expect(check.cliCommand()).toHaveText(
        `npx milvus-mq check --helm --chart-version 4.2.20 ${FIXTURE}`,
      );
      expect(await scrollsSideways(page)).toBe(false);
    });
  });
}
