// What the wizard keeps and hands out: the autosaved draft, share links, "Start over", the file,
// the clipboard and the kubectl command, and manifests opened from the other pages.
import { expect, test as base } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';
import { DecisionHelper } from './pages/decisionPage.ts';
import { WizardPage, at } from './pages/wizardPage.ts';

const test = base.extend<{ wizard: WizardPage }>({
  wizard: async ({ page }, use) => {
    const wizard = new WizardPage(page);
    await wizard.open();
    await use(wizard);
  },
});

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const PASSWORD = 'Tr0ub4dor-and-3';
const KEY_PASSWORD = 'k3y-pa55phrase';

const clipboard = (page: import('@playwright/test').Page) =>
  page.evaluate(() => navigator.clipboard.readText());

/** The JSON a share link carries, decoded as anyone holding the link could. */
function sharedState(link: string): string {
  const param = new URL(link).hash.split('?s=')[1] ?? '';
  return Buffer.from(param, 'base64url').toString('utf-8');
}

async function copyShareLink(wizard: WizardPage): Promise<string> {
  await wizard.nextUntil('Review');
  await wizard.form.getByRole('button', { name: 'Copy share link' }).click();
  await expect(wizard.form.getByText('Link copied')).toBeVisible();
  return clipboard(wizard.page);
}

test('a reload keeps the draft: settings, step and the edited YAML', async ({ wizard, page }) => {
  await wizard.fill('Name (metadata.name)', 'draft-kept');
  await wizard.next();
  await wizard.chooseStorage('Kafka');
  await wizard.next();
  await wizard.chooseSide('External');
  await wizard.form.getByRole('button', { name: 'Add broker' }).click();
  await wizard.fill('Broker 1', 'kafka.example:9092');
  await wizard.expectDraftToContain('kafka.example:9092');
  const before = await wizard.downloadText();

  await page.reload();
  await wizard.expectStep('Settings');
  await expect(wizard.field('Broker 1')).toHaveValue('kafka.example:9092');
  expect(await wizard.downloadText()).toBe(before);
  await wizard.goToStep('Deployment');
  await expect(wizard.field('Name (metadata.name)')).toHaveValue('draft-kept');

  // Text the user typed into the YAML comes back as typed.
  await wizard.cursorToEnd();
  await page.keyboard.type('# note for the team');
  await page.keyboard.press('Escape');
  await wizard.expectDraftToContain('# note for the team');
  const edited = await wizard.downloadText();
  await page.reload();
  await expect(wizard.preview.getByText('Edited by you')).toBeVisible();
  expect(await wizard.downloadText()).toBe(edited);
});

test('passwords never reach the draft or a share link', async ({ wizard, page }) => {
  await wizard.setUpKafkaSasl({ brokers: ['kafka.example:9093'], password: PASSWORD });
  await wizard.setTriState('TLS enabled (ssl.enabled)', 'On');
  await wizard.fill('Key password (tlsKeyPassword)', KEY_PASSWORD);
  // The manifest itself has the password: the user asked for it there.
  expect(await wizard.downloadText()).toContain(PASSWORD);

  await wizard.expectDraftToContain('"saslUsername":"milvus"');
  expect(await wizard.draft()).not.toContain(PASSWORD);
  expect(await wizard.draft()).not.toContain(KEY_PASSWORD);

  const link = await copyShareLink(wizard);
  expect(sharedState(link)).toContain('kafka.example:9093');
  expect(sharedState(link)).not.toContain(PASSWORD);
  expect(sharedState(link)).not.toContain(KEY_PASSWORD);
  await expect(wizard.form).toContainText('Passwords are left out.');

  // YAML text the user edited is saved without the password values it holds.
  await wizard.cursorToEnd();
  await page.keyboard.type('# edited by hand');
  await page.keyboard.press('Escape');
  await expect(wizard.preview.getByText('Edited by you')).toBeVisible();
  // The edit is kept; the password in the text is not (its key stays, empty).
  await wizard.expectDraftToContain('edited by hand');
  expect(await wizard.draft()).not.toContain(PASSWORD);
  const stored = await page.evaluate(() => Object.values(window.localStorage).join('\n'));
  expect(stored).not.toContain(PASSWORD);
  expect(stored).not.toContain(KEY_PASSWORD);
});

test('a share link restores the same YAML, edits included', async ({ wizard, page }) => {
  await wizard.chooseMode('Cluster');
  await wizard.fill('Namespace (metadata.namespace)', 'shared');
  await wizard.next();
  await wizard.chooseStorage('Pulsar');
  await wizard.next();
  await wizard.chooseSide('External');
  await wizard.fill('Endpoint', 'pulsar.shared:6650');
  await wizard.cursorToEnd();
  await page.keyboard.type('# shared with the team');
  await page.keyboard.press('Escape');
  const original = await wizard.downloadText();
  const link = await copyShareLink(wizard);
  expect(link).toMatch(/#\/wizard\?s=[A-Za-z0-9_-]+$/);

  await page.evaluate(() => window.localStorage.clear());
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByText('Opened the settings from a share link.')).toBeVisible();
  // The link is opened once; the address goes back to the plain wizard so a reload uses the draft.
  await expect(page).toHaveURL(/#\/wizard(\/[a-z]+)?$/);
  expect(await wizard.downloadText()).toBe(original);
  expect(at(await wizard.downloadManifest(), 'spec.dependencies.pulsar.endpoint')).toBe('pulsar.shared:6650');
});

test('a share link pasted into the address bar of an open wizard replaces its settings', async ({
  wizard,
  page,
}) => {
  await wizard.fill('Name (metadata.name)', 'linked');
  const link = await copyShareLink(wizard);
  const linked = await wizard.downloadText();
  await wizard.goToStep('Deployment');
  await wizard.fill('Name (metadata.name)', 'changed-since');
  await page.goto(link);
  await expect(page.getByText('Opened the settings from a share link.')).toBeVisible();
  await expect(wizard.field('Name (metadata.name)')).toHaveValue('linked');
  expect(await wizard.downloadText()).toBe(linked);
});

test('a broken share link says what is wrong and opens the draft instead', async ({ wizard, page }) => {
  await wizard.fill('Name (metadata.name)', 'from-the-draft');
  await wizard.expectDraftToContain('from-the-draft');
  await page.goto('about:blank');
  await page.goto('./#/wizard?s=not*base64');
  await expect(page.getByText(/The share link is damaged.*opened your saved draft instead/)).toBeVisible();
  await expect(wizard.field('Name (metadata.name)')).toHaveValue('from-the-draft');
});

test('Start over asks first, then returns to the defaults', async ({ wizard, page }) => {
  await wizard.fill('Name (metadata.name)', 'throwaway');
  await wizard.cursorToEnd();
  await page.keyboard.type('# scratch');
  await page.keyboard.press('Escape');
  await wizard.next();

  await page.getByRole('button', { name: 'Start over' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start over?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog).toBeHidden();
  await wizard.expectStep('Message storage');

  await page.getByRole('button', { name: 'Start over' }).click();
  await dialog.getByRole('button', { name: 'Clear and start over' }).click();
  await wizard.expectStep('Deployment');
  await expect(wizard.field('Name (metadata.name)')).toHaveValue('my-release');
  const text = await wizard.downloadText();
  expect(text).not.toContain('# scratch');
  expect(text).toContain('name: my-release');
  await expect(wizard.preview.getByText('Edited by you')).toHaveCount(0);
});

test('Review offers the file, the YAML on the clipboard and the kubectl command', async ({
  wizard,
  page,
}) => {
  await wizard.fill('Namespace (metadata.namespace)', 'vector');
  await wizard.nextUntil('Review');
  await expect(wizard.form.locator('code', { hasText: 'kubectl apply -f milvuscluster.yaml' })).toHaveText(
    'kubectl apply -f milvuscluster.yaml -n vector',
  );
  await wizard.form.getByRole('button', { name: 'Copy command' }).click();
  await expect(wizard.form.getByText('Copied', { exact: true })).toBeVisible();
  expect(await clipboard(page)).toBe('kubectl apply -f milvuscluster.yaml -n vector');

  await wizard.form.getByRole('button', { name: 'Copy YAML' }).click();
  const copied = await clipboard(page);
  expect(await wizard.downloadText(wizard.form)).toBe(copied);

  // Without a namespace the command has no -n.
  await wizard.goToStep('Deployment');
  await wizard.fill('Namespace (metadata.namespace)', '');
  await wizard.goToStep('Review');
  await expect(wizard.form.locator('code', { hasText: 'kubectl apply -f milvuscluster.yaml' })).toHaveText(
    'kubectl apply -f milvuscluster.yaml',
  );
});

test('a manifest opened from the checker shows its notes, and a new storage brings the migration checklist', async ({
  page,
}) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.manifestEditor.replaceText(
    [
      'apiVersion: milvus.io/v1beta1',
      'kind: Milvus',
      'metadata:',
      '  name: running',
      '  namespace: prod',
      'spec:',
      '  components:',
      '    image: milvusdb/milvus:v2.5.16',
      '  dependencies:',
      '    rocksmq:',
      '      persistence:',
      '        enabled: true',
      '',
    ].join('\n'),
  );
  await check.openInWizard();

  const wizard = new WizardPage(page);
  await wizard.expectStep('Review');
  await expect(page.getByText('Opened the manifest from the checker')).toBeVisible();
  await expect(
    page.getByText('msgStreamType is not set: the operator resolves it to rocksmq.'),
  ).toBeVisible();

  await wizard.goToStep('Message storage');
  await expect(wizard.radio('RocksMQ')).toBeChecked();
  await wizard.chooseStorage('NATS');
  const callout = wizard.form.locator('.callout').filter({ hasText: 'cannot change while Milvus runs' });
  await expect(callout).toBeVisible();
  await expect(callout).toContainText('Call FlushAll');
  await expect(callout).toContainText('mqType=natsmq');
  await expect(callout).toContainText(
    'jetstream directory exists in the NATS store directory /var/lib/milvus/nats',
  );
  await expect(callout).toContainText('kubectl apply -f milvuscluster.yaml -n prod');
});

test('"Use NATS" on the decision page opens the wizard on NATS', async ({ wizard, page }) => {
  await wizard.chooseVersion('2.5');
  await wizard.expectDraftToContain('"milvusVersion":"2.5"');
  await wizard.navigateWith('RocksMQ or NATS?');
  // The page answers for a committed size (Enter), as DecisionHelper types it.
  const decision = new DecisionHelper(page);
  await decision.setPacketSizeKB(1024);
  await decision.useButton('NATS').click();
  await expect(page).toHaveURL(/#\/wizard(\/[a-z]+)?$/);
  await wizard.expectStep('Settings');
  await expect(page.getByText('Message storage set to NATS')).toBeVisible();
  await wizard.expectPreviewToShow('msgStreamType: natsmq');
});
