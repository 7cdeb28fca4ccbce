// "What will run": the operator's view of a manifest on the check page and in the wizard's review,
// judged with the remembered "installed with its webhook" preference; and the wizard writing a
// v1alpha1 Milvus only for an operator with that webhook; and a live object's status beside its spec.
import type { Page } from '@playwright/test';
import { stringify } from 'yaml';
import { liveObjectOf, type LiveOptions } from '../src/model/testing/liveObject.ts';
import { checkA11y, expect, test } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';
import { WhatWillRunPanel, scrollsSideways, webhookToggle } from './pages/WhatWillRunPanel.ts';
import { WizardPage, at } from './pages/wizardPage.ts';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The check page with the Milvus docs' v1alpha1 example loaded and checked. */
async function checkDocsRocksmq(page: Page): Promise<{ check: CheckYamlPage; panel: WhatWillRunPanel }> {
  const check = new CheckYamlPage(page);
  const panel = new WhatWillRunPanel(check.results);
  await check.open();
  await check.loadExample('Docs: RocksMQ');
  await check.waitForResults();
  return { check, panel };
}

test.describe('check page, desktop', () => {
  test.use({ viewport: DESKTOP });

  test('the docs v1alpha1 example is refused; its convert fix makes it deployed', async ({ page }) => {
    const { check, panel } = await checkDocsRocksmq(page);
    await expect(panel.outcome()).toHaveText(['Refused']);
    await expect(panel.headline()).toContainText('the API server refuses the resource');
    await expect(panel.section('Refused')).toContainText('nothing is deployed');
    await expect(panel.section(/Pruned, deleted or overwritten/)).toContainText(
      'spec.components is dropped by the API server',
    );
    await checkA11y(page, { include: ['.what-will-run', '.webhook-toggle'] });

    await check.applyFix(check.diagnostic('v1alpha1-refused'));
    await expect(check.editorView()).toContainText('apiVersion: milvus.io/v1beta1');
    await check.waitForResults();
    await expect(panel.outcome()).toHaveText(['Deployed']);
    await expect(panel.headline()).toHaveText(/^Milvus standalone on Woodpecker/);
    // Plain words first, the milvus.yaml fragment last.
    await expect(panel.yaml()).toContainText('messageQueue: woodpecker');
    const sections = panel.root.locator('.what-will-run-section h5');
    await expect(sections.last()).toHaveText('Message storage in the milvus.yaml Milvus receives');
    await checkA11y(page, { include: ['.what-will-run'] });
  });

  test('the webhook preference changes the verdict and survives a reload', async ({ page }) => {
    const { check, panel } = await checkDocsRocksmq(page);
    await expect(webhookToggle(page)).not.toBeChecked();
    await expect(panel.outcome()).toHaveText(['Refused']);

    await webhookToggle(page).check();
    await check.waitForResults();
    await expect(panel.outcome()).toHaveText(['Deployed']);
    await expect(check.diagnostic('v1alpha1-refused')).toHaveCount(0);
    await expect(check.diagnostic('legacy-v1alpha1')).toHaveCount(1);
    await expect(panel.section(/Pruned, deleted or overwritten/)).toContainText(
      'move to spec.components.standalone',
    );
    await checkA11y(page, { include: ['.what-will-run', '.webhook-toggle'] });

    await page.reload();
    await expect(webhookToggle(page)).toBeChecked();
    await check.loadExample('Docs: RocksMQ');
    await check.waitForResults();
    await expect(panel.outcome()).toHaveText(['Deployed']);

    await webhookToggle(page).uncheck();
    await check.waitForResults();
    await expect(panel.outcome()).toHaveText(['Refused']);
    await page.reload();
    await expect(webhookToggle(page)).not.toBeChecked();
  });

  test('an external Kafka whose only broker has a scheme is never deployed, and says why', async ({
    page,
  }) => {
    const check = new CheckYamlPage(page);
    const panel = new WhatWillRunPanel(check.results);
    await check.open();
    await check.manifestEditor.replaceText(
      [
        'apiVersion: milvus.io/v1beta1',
        'kind: Milvus',
        'metadata:',
        '  name: held',
        'spec:',
        '  mode: cluster',
        '  components:',
        '    image: milvusdb/milvus:v2.5.16',
        '  dependencies:',
        '    msgStreamType: kafka',
        '    kafka:',
        '      external: true',
        '      brokerList: ["PLAINTEXT://kafka.example:9092"]',
        '',
      ].join('\n'),
    );
    await check.waitForResults();
    await expect(panel.outcome()).toHaveText(['Never deployed']);
    await expect(panel.section('Never deployed')).toContainText('MsgStreamReady stays false');
    await checkA11y(page, { include: ['.what-will-run'] });
  });
});

test.describe('at 390 px', () => {
  test.use({ viewport: PHONE });

  test('the check page panel and toggle fit without sideways scrolling', async ({ page }) => {
    const { panel } = await checkDocsRocksmq(page);
    await expect(panel.outcome()).toHaveText(['Refused']);
    await panel.root.scrollIntoViewIfNeeded();
    expect(await scrollsSideways(page)).toBe(false);
    const box = await panel.root.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    await checkA11y(page, { include: ['.what-will-run', '.webhook-toggle'] });
  });

  test('the wizard webhook toggle and review section fit without sideways scrolling', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open();
    await expect(webhookToggle(page)).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
    await wizard.nextUntil('Review');
    const panel = new WhatWillRunPanel(wizard.form);
    await expect(panel.outcome()).toHaveText(['Deployed']);
    await panel.root.scrollIntoViewIfNeeded();
    expect(await scrollsSideways(page)).toBe(false);
  });
});

test.describe('wizard, desktop', () => {
  test.use({ viewport: DESKTOP });

  test('the review step shows what will run for the preview', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open();
    await wizard.chooseMode('Cluster');
    await wizard.next();
    await wizard.chooseStorage('Kafka');
    await wizard.nextUntil('Review');
    const panel = new WhatWillRunPanel(wizard.form);
    await expect(panel.outcome()).toHaveText(['Deployed']);
    await expect(panel.headline()).toContainText('Milvus cluster on Kafka');
    await expect(panel.section('Helm releases')).toContainText('my-release-kafka');
    await expect(panel.yaml()).toContainText('messageQueue: kafka');
    await checkA11y(page, { include: ['.what-will-run'] });
  });

  test('standalone v1alpha1 needs the webhook; turning it off switches back to v1beta1', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open();
    const legacy = wizard.radio('milvus.io/v1alpha1');
    await expect(legacy).toBeDisabled();
    await expect(await wizard.descriptionOf('milvus.io/v1alpha1')).toContainText(
      'Refused by the API server on a default operator install',
    );
    await checkA11y(page, { include: ['.wizard-card'] });

    await webhookToggle(page).check();
    await expect(legacy).toBeEnabled();
    await legacy.check();
    let manifest = await wizard.downloadManifest();
    expect([at(manifest, 'apiVersion'), at(manifest, 'kind')]).toEqual(['milvus.io/v1alpha1', 'Milvus']);

    await wizard.nextUntil('Review');
    const panel = new WhatWillRunPanel(wizard.form);
    await expect(panel.outcome()).toHaveText(['Deployed']);
    await expect(panel.section(/Pruned, deleted or overwritten/)).toContainText(
      'move to spec.components.standalone',
    );

    await wizard.goToStep('Deployment');
    await webhookToggle(page).uncheck();
    await expect(wizard.radio('milvus.io/v1beta1')).toBeChecked();
    await expect(wizard.form.getByRole('status')).toContainText(
      'The output API changed from milvus.io/v1alpha1 to milvus.io/v1beta1',
    );
    manifest = await wizard.downloadManifest();
    expect(at(manifest, 'apiVersion')).toBe('milvus.io/v1beta1');
  });

  test('MilvusCluster stays allowed; switching to standalone without the webhook moves to v1beta1', async ({
    page,
  }) => {
    const wizard = new WizardPage(page);
    await wizard.open();
    await wizard.chooseMode('Cluster');
    await wizard.radio('milvus.io/v1alpha1').check();
    expect(at(await wizard.downloadManifest(), 'kind')).toBe('MilvusCluster');

    await wizard.chooseMode('Standalone');
    await expect(wizard.radio('milvus.io/v1beta1')).toBeChecked();
    await expect(wizard.form.getByRole('status')).toContainText('refused by the API server');
    expect(at(await wizard.downloadManifest(), 'apiVersion')).toBe('milvus.io/v1beta1');
  });

  test('a draft of a v1alpha1 Milvus opens as v1beta1 once the webhook is turned off elsewhere', async ({
    page,
  }) => {
    const wizard = new WizardPage(page);
    await wizard.open();
    await webhookToggle(page).check();
    await wizard.radio('milvus.io/v1alpha1').check();
    await wizard.expectDraftToContain('"apiVersion":"v1alpha1"');

    const check = new CheckYamlPage(page);
    await check.navigateWith('Check YAML');
    await webhookToggle(page).uncheck();
    await check.navigateWith('Wizard');
    await expect(wizard.radio('milvus.io/v1beta1')).toBeChecked();
    await expect(page.getByText('The output API changed from milvus.io/v1alpha1')).toBeVisible();
  });
});

/** A live object as `kubectl get milvus NAME -o yaml` prints it after the operator's reconcile. */
function liveKafkaCluster(name: string, options: LiveOptions = {}): Record<string, unknown> {
  return liveObjectOf(
    {
      apiVersion: 'milvus.io/v1beta1',
      kind: 'Milvus',
      metadata: { name, namespace: 'vector' },
      spec: {
        mode: 'cluster',
        components: { image: 'milvusdb/milvus:v2.6.22' },
        dependencies: { msgStreamType: 'kafka', kafka: { external: true, brokerList: ['kafka-0.kafka:9092'] } },
      },
    },
    options,
  );
}

test.describe('a live object, desktop', () => {
  test.use({ viewport: DESKTOP });

  test('shows the version running now beside the spec, and MsgStreamReady with its reason', async ({ page }) => {
    const check = new CheckYamlPage(page);
    const panel = new WhatWillRunPanel(check.results);
    await check.open();
    await check.upload(
      'prod.yaml',
      stringify(liveKafkaCluster('prod', { currentImage: 'milvusdb/milvus:v2.5.16', msgStreamReady: false })),
    );
    await check.waitForResults();
    await expect(panel.statusFact('Runs now')).toHaveText(
      'Milvus 2.5.16 (status.currentImage milvusdb/milvus:v2.5.16)',
    );
    await expect(panel.statusFact('The spec asks for')).toContainText('Milvus 2.6.22');
    await expect(panel.statusFact('MsgStreamReady')).toHaveText(
      'False (MsgStreamNotReady: dial tcp: connection refused)',
    );
    await expect(panel.section('Running now (status)')).toContainText('an upgrade is under way, or stuck');
    // The status comes first: it is what runs; the sections after it are what the spec makes.
    await expect(panel.root.locator('.what-will-run-section h5').first()).toHaveText('Running now (status)');
    await checkA11y(page, { include: ['.what-will-run'] });

    await check.loadExample('Docs: RocksMQ');
    await check.waitForResults();
    await expect(panel.section('Running now (status)')).toHaveCount(0);
  });
});

test.describe('a live object at 390 px', () => {
  test.use({ viewport: PHONE });

  test('a kind: List shows each item with its own status, without sideways scrolling', async ({ page }) => {
    const check = new CheckYamlPage(page);
    const panel = new WhatWillRunPanel(check.results);
    await check.open();
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      metadata: { resourceVersion: '' },
      items: [liveKafkaCluster('healthy'), liveKafkaCluster('stuck', { msgStreamReady: false })],
    };
    await check.upload('milvus-all.yaml', stringify(list));
    await check.waitForResults();
    await expect(panel.outcome()).toHaveCount(2);
    await expect(panel.resource('Item 1: healthy').statusFact('MsgStreamReady')).toHaveText('True (MsgStreamReady)');
    await expect(panel.resource('Item 2: stuck').statusFact('MsgStreamReady')).toHaveText(
      'False (MsgStreamNotReady: dial tcp: connection refused)',
    );
    await panel.resource('Item 2: stuck').root.scrollIntoViewIfNeeded();
    expect(await scrollsSideways(page)).toBe(false);
    const box = await panel.resource('Item 2: stuck').statusFact('Runs now').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    await checkA11y(page, { include: ['.what-will-run'] });
  });
});
