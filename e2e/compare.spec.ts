// "Compare with the running manifest" on the check page: a live object beside the new file, the
// consequences in place, and the switch plan for a Milvus 3.0 cluster going from Pulsar to
// Woodpecker (Milvus docs switch-mq-type.md; the operator's config rules, DOMAIN section 8).
import { stringify } from 'yaml';
import { liveObjectOf } from '../src/model/testing/liveObject.ts';
import { checkA11y, expect, expectNoSideScroll, test } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';
import { WizardPage } from './pages/wizardPage.ts';

const cluster = (image: string, msgStreamType: string) => ({
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  metadata: { name: 'prod', namespace: 'vector' },
  spec: { mode: 'cluster', components: { image }, dependencies: { msgStreamType } },
});

test('a storage change before 3.0 shows as an error that names what is lost', async ({ page }) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.manifestEditor.replaceText(
    stringify(cluster('milvusdb/milvus:v2.6.22', 'kafka')).replace(
      'msgStreamType: kafka',
      'msgStreamType: kafka\n    kafka:\n      external: true\n      brokerList: ["kafka-0.kafka:9092"]',
    ),
  );
  const panel = await check.compareWith(
    stringify(liveObjectOf(cluster('milvusdb/milvus:v2.6.22', 'pulsar'))),
  );
  await expect(panel.getByRole('status')).toHaveText(
    /Applying this manifest to the running Milvus: 1 consequence/,
  );
  const errors = panel.getByRole('region', { name: /Errors/ });
  await expect(errors).toContainText('storage-change');
  await expect(errors).toContainText(/from Pulsar to Kafka.*cannot switch/);
  await expect(panel.getByRole('region', { name: /Switch plan/ })).toHaveCount(0);

  // The same file against its own live object changes nothing.
  await check.runningEditor.replaceText(stringify(liveObjectOf(cluster('milvusdb/milvus:v2.6.22', 'kafka'))));
  await expect(panel.getByRole('status')).toHaveText(/changes nothing/);
  await checkA11y(page, { include: ['.compare-panel'] });
});

test('a 3.0 cluster going from Pulsar to Woodpecker gets the switch plan', async ({ page }) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.manifestEditor.replaceText(stringify(cluster('milvusdb/milvus:v3.0.0', 'woodpecker')));
  const panel = await check.compareWith(stringify(liveObjectOf(cluster('milvusdb/milvus:v3.0.0', 'pulsar'))));
  await expect(panel.getByRole('region', { name: /Warnings/ })).toContainText(
    /switch Pulsar to Woodpecker.*switch plan/,
  );
  const plan = panel.getByRole('region', { name: 'Switch plan for prod: Pulsar to Woodpecker' });
  // The docs' operator page: no settings step before the alter call.
  await expect(plan.getByRole('listitem')).toHaveCount(5);
  await expect(plan.getByLabel('Command: Switch the WAL')).toContainText('"target_wal_name": "woodpecker"');
  await expect(plan.getByLabel('Manifest: Make the resource say woodpecker')).toContainText(
    'msgStreamType: woodpecker',
  );
  await checkA11y(page, { include: ['.compare-panel'] });
});

test('the wizard opened from an existing manifest shows what a storage change does on its review step', async ({
  page,
}) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.manifestEditor.replaceText(
    stringify({
      apiVersion: 'milvus.io/v1beta1',
      kind: 'Milvus',
      metadata: { name: 'small' },
      spec: { components: { image: 'milvusdb/milvus:v2.5.16' }, dependencies: { msgStreamType: 'rocksmq' } },
    }),
  );
  await check.waitForResults();
  await check.openInWizard();
  const wizard = new WizardPage(page);
  await wizard.expectStep('Review');
  const changes = page.getByRole('region', { name: 'Changes to the running Milvus' });
  await expect(changes).toContainText('changes nothing about the message storage');
  await wizard.goToStep('Message storage');
  await wizard.chooseStorage('Pulsar');
  await wizard.goToStep('Review');
  await expect(changes.getByRole('list', { name: 'What applying this manifest changes' })).toContainText(
    /from RocksMQ to Pulsar.*cannot switch/,
  );
});

for (const width of [1440, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    // The Milvus 3.0 docs' operator manifest (switch-pulsar-woodpecker.md): the address in
    // spec.config, Pulsar not external. Operator v1.3.8 would install an in-cluster Pulsar 2
    // (milvus_webhook.go setDefaultMsgStreamConfigs, pkg/controllers/dependencies.go) and delete the
    // address (deleteUnsettableConf): the plan says so and shows the external route.
    test("Woodpecker to Pulsar with the docs' manifest shows why and the external route", async ({
      page,
    }) => {
      const check = new CheckYamlPage(page);
      await check.open();
      await check.manifestEditor.replaceText(
        stringify(cluster('milvusdb/milvus:v3.0.1', 'pulsar')).replace(
          'spec:\n',
          'spec:\n  config:\n    pulsar:\n      address: pulsar.example.com\n      port: 6650\n',
        ),
      );
      const panel = await check.compareWith(
        stringify(liveObjectOf(cluster('milvusdb/milvus:v3.0.1', 'woodpecker'))),
      );
      const plan = panel.getByRole('region', { name: 'Switch plan for prod: Woodpecker to Pulsar' });
      await expect(plan.getByRole('note')).toContainText(
        'new, empty in-cluster Pulsar with the Pulsar 2 chart',
      );
      const route = plan.getByLabel('Manifest: Point Milvus at the external Pulsar');
      await expect(route).toContainText('external: true');
      await expect(route).toContainText('endpoint: pulsar.example.com:6650');
      await expect(route).not.toContainText('address:');
      await expect(plan.getByLabel('Command: Switch the WAL')).toContainText('"target_wal_name": "pulsar"');
      await check.waitForResults();
      await expectNoSideScroll(page, 'the switch plan');
      await checkA11y(page, { include: ['.compare-panel'] });
    });

    test('the running manifest has an editor with line numbers, the two show as a line diff, and a consequence is fixed in place', async ({
      page,
    }) => {
      const check = new CheckYamlPage(page);
      await check.open();
      await check.manifestEditor.replaceText(
        `# next release\n${stringify(cluster('milvusdb/milvus:v2.6.22', 'kafka'))}`,
      );
      const panel = await check.compareWith(
        stringify(liveObjectOf(cluster('milvusdb/milvus:v2.6.22', 'pulsar'))),
      );
      await expect(check.runningEditor.frame.locator('.line-numbers').first()).toBeVisible();

      const diff = panel.getByRole('region', { name: 'Line changes' });
      await expect(diff).toContainText('compared as Clean for apply makes it');
      const lines = diff.getByLabel('Line changes, running manifest to new manifest');
      await expect(lines).toContainText(/Removed:\s+\d+ -\s+msgStreamType: pulsar/);
      await expect(lines).toContainText(/Added:\s+\d+ \+\s+msgStreamType: kafka/);
      await expect(lines).toContainText(/Added:\s+1 \+ # next release/);
      await expect(lines).not.toContainText('managedFields');

      const error = panel.locator('li.diagnostic[data-code="storage-change"]');
      await expect(error).toContainText('Keep msgStreamType: pulsar, the storage that runs now');
      await error.getByRole('button', { name: 'Apply fix' }).click();
      await expect(panel.getByRole('status')).toHaveText(/changes nothing/);
      // Only the comment differs now.
      await expect(diff).toContainText('0 lines removed, 1 added');

      await check.waitForResults();
      await expectNoSideScroll(page, 'compare with the running manifest');
      await checkA11y(page, { include: ['.compare-panel'] });
    });
  });
}
