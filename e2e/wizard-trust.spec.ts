// The wizard as a demanding user meets it: the form and the YAML never disagree, nothing is lost
// without asking, and the browser's Back, Forward and reload keep the step. At desktop and phone width.
import { readFile } from 'node:fs/promises';
import { exampleById } from '../src/model/examples/index.ts';
import { expect, test } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';
import { WizardPage, type StepName } from './pages/wizardPage.ts';

/** The mark the step indicator shows for a step: '✓' (no error), '!' (needs attention) or its number. */
function stepMark(wizard: WizardPage, name: StepName) {
  return wizard.steps.getByRole('listitem').filter({ hasText: name }).locator('.step-number');
}

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

for (const { name, viewport } of WIDTHS) {
  test.describe(`wizard at ${name} width`, () => {
    test.use({ viewport });

    test('each step has its own address: Back, Forward and reload keep the step', async ({ page }) => {
      const wizard = new WizardPage(page);
      await wizard.open();
      await expect(page).toHaveURL(/#\/wizard\/deployment$/);
      await wizard.next();
      await wizard.expectStep('Message storage');
      await expect(page).toHaveURL(/#\/wizard\/storage$/);
      await wizard.next();
      await wizard.expectStep('Settings');
      await expect(page).toHaveURL(/#\/wizard\/settings$/);

      await page.goBack();
      await wizard.expectStep('Message storage');
      await page.goBack();
      await wizard.expectStep('Deployment');
      await page.goForward();
      await wizard.expectStep('Message storage');
      await wizard.expectDraftToContain('"reached":2');
      await page.reload();
      await wizard.expectStep('Message storage');
      await page.goForward();
      await wizard.expectStep('Settings');
    });

    test('Kafka settings: no error before the user acts, SASL without "Default", the Secret offered, brokers split, security in Review', async ({
      page,
    }) => {
      const wizard = new WizardPage(page);
      await wizard.open();
      await wizard.fill('Namespace (metadata.namespace)', 'vector');
      await wizard.next();
      await wizard.chooseStorage('Kafka');
      await wizard.next();
      await wizard.chooseSide('External');
      // Nothing done yet with the brokers: no error shown.
      await expect(wizard.form.getByText('External Kafka needs at least one broker')).toHaveCount(0);
      await wizard.form.getByRole('button', { name: '+ Add broker' }).click();
      const broker = wizard.field('Broker 1');
      await expect(broker).toBeFocused();
      await expect(wizard.form.locator('.field-error')).toHaveCount(0);
      // Left empty: now it says so.
      await page.keyboard.press('Tab');
      await expect(wizard.errorNear(broker)).toBeVisible();

      // Several brokers typed in one field: pointed to "+ Add broker", or split on request.
      await broker.fill('kafka-0.example:9092, kafka-1.example:9092');
      await expect(wizard.form.getByText(/looks like 2 entries in one field.*\+ Add broker/)).toBeVisible();
      await wizard.form.getByRole('button', { name: 'Split into 2 rows' }).click();
      await expect(wizard.field('Broker 1')).toHaveValue('kafka-0.example:9092');
      await expect(wizard.field('Broker 2')).toHaveValue('kafka-1.example:9092');

      await wizard.select('Security protocol (securityProtocol)', 'SASL_SSL');
      const mechanism = wizard.field('SASL mechanism (saslMechanisms)');
      await expect(mechanism.locator('option', { hasText: /^Default/ })).toHaveCount(0);
      await expect(mechanism.locator('option:not([disabled])')).toHaveText([
        'PLAIN',
        'SCRAM-SHA-256',
        'SCRAM-SHA-512',
      ]);
      await mechanism.selectOption('SCRAM-SHA-512');

      // The Secret that secretRef names, offered with a placeholder, never with the typed password.
      await wizard.fill('SASL password (saslPassword)', 'Typed-Pa55word');
      // A password is masked and kept out of the browser's form history.
      const password = wizard.form.getByLabel('SASL password (saslPassword)');
      await expect(password).toHaveAttribute('type', 'password');
      await expect(password).toHaveAttribute('autocomplete', 'new-password');
      await expect(wizard.form.getByLabel('SASL username (saslUsername)')).toHaveAttribute('type', 'text');
      await wizard.fill('Secret name (secretRef)', 'kafka-sasl');
      const offer = wizard.form.locator('.secret-offer');
      await expect(offer.locator('code.command')).toHaveText(
        "kubectl create secret generic kafka-sasl -n vector --from-literal='username=<username>' --from-literal='password=<password>'",
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        offer.getByRole('button', { name: 'Download kafka-secret.yaml' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('kafka-secret.yaml');
      const secret = await readFile(await download.path(), 'utf-8');
      expect(secret).toContain('kind: Secret');
      expect(secret).toContain('name: "kafka-sasl"');
      expect(secret).toContain('password: "<password>"');
      expect(secret).not.toContain('Typed-Pa55word');
      await wizard.fill('SASL password (saslPassword)', '');

      await wizard.next();
      await wizard.expectStep('Review');
      await expect(wizard.form.locator('.summary')).toContainText(
        'Kafka securitySASL_SSL, SCRAM-SHA-512, credentials from Secret kafka-sasl',
      );
    });

    test('a tick means no error: a storage swapped by a version change, and a manifest opened with errors', async ({
      page,
    }) => {
      const wizard = new WizardPage(page);
      await wizard.open();
      await wizard.nextUntil('Settings');
      await wizard.goToStep('Deployment');
      await expect(stepMark(wizard, 'Message storage')).toHaveText('✓');
      await wizard.chooseVersion('2.5');
      await expect(wizard.form.getByText(/message storage changed from Woodpecker to/)).toBeVisible();
      await expect(stepMark(wizard, 'Message storage')).toHaveText('!');
      await expect(stepMark(wizard, 'Settings')).toHaveText('!');
      await wizard.goToStep('Message storage');
      await wizard.goToStep('Deployment');
      await expect(stepMark(wizard, 'Message storage')).toHaveText('✓');
      await expect(stepMark(wizard, 'Settings')).toHaveText('!');

      const check = new CheckYamlPage(page);
      await check.open();
      await check.upload('nats.yaml', exampleById('docs-nats')?.yaml ?? '');
      await expect(check.diagnostic('unsupported-storage')).toHaveCount(1);
      await check.openInWizard();
      await wizard.expectStep('Review');
      // NATS cannot run on 2.6 (Message storage), the image is not pinned (Deployment); Settings has only warnings.
      await expect(stepMark(wizard, 'Message storage')).toHaveText('!');
      await expect(stepMark(wizard, 'Deployment')).toHaveText('!');
      await expect(stepMark(wizard, 'Settings')).toHaveText('✓');
    });

    test('typing in the preview: half-typed lines never move the form, the headline follows, errors keep the last good settings', async ({
      page,
    }) => {
      const wizard = new WizardPage(page);
      await wizard.open();
      await wizard.next();
      await expect(wizard.radio('Woodpecker')).toBeChecked();
      // The generated manifest ends with "msgStreamType: woodpecker": change it to kafka in the YAML.
      await wizard.retypeLastValue('woodpecker', 'kafka');
      await expect(wizard.radio('Kafka')).toBeChecked();
      await wizard.expectPreviewToShow('Milvus 2.6 standalone with Kafka as message storage.');

      // A new line begun under it, still half typed: read as "kafka k", not a storage.
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('  k');
      await page.keyboard.press('Escape');
      const banner = wizard.preview
        .getByRole('alert')
        .filter({ hasText: 'The form cannot follow this YAML' });
      await expect(banner).toContainText('msgStreamType "kafka k" is not a message storage Milvus knows');
      await expect(wizard.radio('Kafka')).toBeChecked();

      // A syntax error: the form keeps Kafka, as the banner says.
      await page.keyboard.type(': [');
      await page.keyboard.press('Escape');
      await expect(banner).toContainText('Line');
      await expect(banner).toContainText('The form keeps its last settings');
      await expect(wizard.radio('Kafka')).toBeChecked();
    });

    test('a storage Milvus does not know: Review says what the file says, and Download warns first', async ({
      page,
    }) => {
      const wizard = new WizardPage(page);
      await wizard.open();
      await wizard.nextUntil('Review');
      const text = await wizard.downloadText(wizard.form);
      await wizard.previewEditor.replaceText(text.replace('msgStreamType: woodpecker', 'msgStreamType: foo'));
      const summary = wizard.form.locator('.summary');
      await expect(summary).toContainText(
        'The file says msgStreamType: foo, which is not a message storage Milvus knows',
      );
      await expect(summary).not.toContainText('Woodpecker, embedded');

      const downloadButton = wizard.form.getByRole('button', { name: 'Download milvuscluster.yaml' });
      let downloads = 0;
      page.on('download', () => (downloads += 1));
      await downloadButton.click();
      const warning = wizard.form.getByRole('alertdialog');
      await expect(warning).toContainText('msgStreamType "foo" is not a message storage Milvus knows');
      await warning.getByRole('button', { name: 'Cancel' }).click();
      await expect(warning).toHaveCount(0);
      expect(downloads).toBe(0);

      await downloadButton.click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        wizard.form.getByRole('alertdialog').getByRole('button', { name: 'Download anyway' }).click(),
      ]);
      expect(await readFile(await download.path(), 'utf-8')).toContain('msgStreamType: foo');
    });

    test('YAML with a syntax error: Download warns first, and allows it anyway', async ({ page }) => {
      const wizard = new WizardPage(page);
      await wizard.open();
      await wizard.previewEditor.replaceText('apiVersion: milvus.io/v1beta1\nkind: [Milvus\n');
      await expect(wizard.preview.getByRole('alert')).toContainText('The form cannot follow this YAML');
      await wizard.preview.getByRole('button', { name: 'Download milvuscluster.yaml' }).click();
      const warning = wizard.preview.getByRole('alertdialog');
      await expect(warning).toContainText('This YAML has a syntax error');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        warning.getByRole('button', { name: 'Download anyway' }).click(),
      ]);
      expect(await readFile(await download.path(), 'utf-8')).toBe(
        'apiVersion: milvus.io/v1beta1\nkind: [Milvus\n',
      );
    });

    test('a reload says what was not kept: the SASL password, whose error lands on its own field; YAML edits stay', async ({
      page,
    }) => {
      const wizard = new WizardPage(page);
      await wizard.open();
      await wizard.next();
      await wizard.chooseStorage('Kafka');
      await wizard.next();
      await wizard.chooseSide('External');
      await wizard.form.getByRole('button', { name: '+ Add broker' }).click();
      await wizard.fill('Broker 1', 'kafka.example:9093');
      await wizard.select('Security protocol (securityProtocol)', 'SASL_SSL');
      await wizard.select('SASL mechanism (saslMechanisms)', 'PLAIN');
      await wizard.fill('SASL username (saslUsername)', 'milvus');
      await wizard.fill('SASL password (saslPassword)', 'Typed-Pa55word');
      // The user's own edit in the YAML, which holds the password too.
      const text = await wizard.downloadText();
      expect(text).toContain('saslPassword: Typed-Pa55word');
      await wizard.previewEditor.replaceText(
        text.replace('metadata:\n', 'metadata:\n  labels:\n    team: search\n'),
      );
      await expect(wizard.preview.getByText('Edited by you')).toBeVisible();
      await wizard.expectDraftToContain('team: search');
      expect(await wizard.draft()).not.toContain('Typed-Pa55word');

      await page.reload();
      await wizard.expectStep('Settings');
      await expect(
        page.getByText(/Restored your draft, except the SASL password \(saslPassword\)/),
      ).toBeVisible();
      // The draft has no password, so the checker finds kafka-sasl-incomplete: Download asks first.
      const restored = await wizard.downloadText(wizard.preview, true);
      expect(restored).toContain('team: search');
      expect(restored).not.toContain('Typed-Pa55word');
      const password = wizard.field('SASL password (saslPassword)');
      await expect(password).toHaveValue('');
      await expect(wizard.errorNear(password)).toContainText('saslUsername is milvus, but saslPassword is not set');
      await expect(wizard.errorNear(wizard.field('Secret name (secretRef)'))).toHaveCount(0);
    });

    test('a share link opened in a new tab asks before replacing the saved draft, which stays restorable', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const wizard = new WizardPage(page);
      await wizard.open();
      const name = wizard.field('Name (metadata.name)');
      await name.fill('from-link');
      await wizard.nextUntil('Review');
      await wizard.form.getByRole('button', { name: 'Copy share link' }).click();
      await expect(wizard.form.getByText('Link copied')).toBeVisible();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      await wizard.goToStep('Deployment');
      await name.fill('my-draft');
      await wizard.expectDraftToContain('"name":"my-draft"');

      const tab = await context.newPage();
      await tab.setViewportSize(page.viewportSize() ?? { width: 1440, height: 900 });
      const opened = new WizardPage(tab);
      await tab.goto(link);
      const choice = tab.getByRole('status').filter({ hasText: 'You have a saved draft' });
      await expect(choice).toBeVisible();
      await expect(opened.field('Name (metadata.name)')).toHaveValue('from-link');
      // Nothing is saved over the draft while the user has not chosen.
      await tab.waitForTimeout(600);
      expect(await opened.draft()).toContain('"name":"my-draft"');

      await choice.getByRole('button', { name: "Keep the link's settings" }).click();
      await opened.expectDraftToContain('"name":"from-link"');
      await tab.getByRole('button', { name: 'Restore my previous draft' }).click();
      await expect(opened.field('Name (metadata.name)')).toHaveValue('my-draft');
      await opened.expectDraftToContain('"name":"my-draft"');
      await tab.close();
    });
  });
}
