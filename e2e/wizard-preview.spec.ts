// The live YAML preview: the form writes it on every change, and edits to it flow back into the
// form while keys the wizard does not model survive both ways.
import { expect, test as base } from './fixtures.ts';
import { WizardPage, at } from './pages/wizardPage.ts';

const test = base.extend<{ wizard: WizardPage }>({
  wizard: async ({ page }, use) => {
    const wizard = new WizardPage(page);
    await wizard.open();
    await use(wizard);
  },
});

const USER_MANIFEST = `# Our production Milvus (kept by the wizard)
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: prod-milvus
  namespace: vector
  labels:
    team: search # who to call
spec:
  mode: cluster
  components:
    image: milvusdb/milvus:v2.6.15
    proxy:
      replicas: 2
  dependencies:
    msgStreamType: kafka
    kafka:
      external: true
      brokerList:
        - kafka-0.kafka:9092
`;

test('the preview follows the form as the user types', async ({ wizard }) => {
  await wizard.fill('Name (metadata.name)', 'search-prod');
  await wizard.fill('Namespace (metadata.namespace)', 'vector');
  await wizard.expectPreviewToShow('name: search-prod');
  await wizard.expectPreviewToShow('namespace: vector');
  await wizard.expectPreviewToShow('Milvus 2.6 standalone with Woodpecker as message storage.');
  await wizard.chooseMode('Cluster');
  await wizard.expectPreviewToShow('mode: cluster');
});

test('an invalid field leaves its last valid value in the preview and shows the rule next to it', async ({
  wizard,
}) => {
  const name = wizard.field('Name (metadata.name)');
  await name.fill('Search_Prod');
  await name.blur();
  await expect(wizard.errorNear(name)).toContainText("must use lower-case letters, digits and '-'");
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  const manifest = await wizard.downloadManifest();
  expect(at(manifest, 'metadata.name')).toBe('my-release');
});

test('typing in the code editor updates the form', async ({ wizard, page }) => {
  await wizard.next();
  await expect(wizard.radio('Woodpecker')).toBeChecked();
  await wizard.retypeLastValue('woodpecker', 'pulsar');
  await page.keyboard.press('Escape');
  await expect(wizard.radio('Pulsar')).toBeChecked();
  await expect(wizard.preview.getByText('Edited by you')).toBeVisible();
});

test('a manifest pasted into the preview fills the form, and its unknown keys survive form changes', async ({
  wizard,
}) => {
  await wizard.previewEditor.waitForMonaco();
  await wizard.previewEditor.replaceText(USER_MANIFEST);
  await expect(wizard.radio('Cluster')).toBeChecked();
  await expect(wizard.field('Name (metadata.name)')).toHaveValue('prod-milvus');
  await wizard.next();
  await expect(wizard.radio('Kafka')).toBeChecked();
  await wizard.next();
  await expect(wizard.radio('External')).toBeChecked();
  await expect(wizard.field('Broker 1')).toHaveValue('kafka-0.kafka:9092');
  await wizard.form.getByRole('button', { name: 'Add broker' }).click();
  await wizard.fill('Broker 2', 'kafka-1.kafka:9092');

  const text = await wizard.downloadText();
  expect(text).toContain('# Our production Milvus (kept by the wizard)');
  expect(text).toContain('team: search # who to call');
  const manifest = await import('yaml').then((y) => y.parse(text) as unknown);
  expect(at(manifest, 'spec.components.proxy.replicas')).toBe(2);
  expect(at(manifest, 'metadata.labels.team')).toBe('search');
  expect(at(manifest, 'spec.dependencies.kafka.brokerList')).toEqual([
    'kafka-0.kafka:9092',
    'kafka-1.kafka:9092',
  ]);
});

test('invalid YAML is kept as typed, the problem is shown with its line, and the form stays', async ({
  wizard,
  page,
}) => {
  await wizard.fill('Name (metadata.name)', 'kept-name');
  await wizard.cursorToEnd();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  // No brackets or quotes: the code editor would close them itself.
  await page.keyboard.type('bad: yes: no');
  await page.keyboard.press('Escape');
  const problem = wizard.preview.getByRole('alert');
  await expect(problem).toContainText(/Line \d+/);
  await expect(problem).toContainText('your text stays as you wrote it');
  await expect(wizard.field('Name (metadata.name)')).toHaveValue('kept-name');

  // A form change does not overwrite the user's text while it is invalid.
  await wizard.fill('Namespace (metadata.namespace)', 'later');
  await expect(problem).toContainText('Form changes made since are not in the text yet');
  const text = await wizard.downloadText(wizard.preview, true);
  expect(text).toContain('bad: yes: no');
  expect(text).not.toContain('namespace: later');

  // The user can give up their text and take the form's.
  await problem.getByRole('button', { name: "Replace with the form's YAML" }).click();
  await expect(wizard.preview.getByRole('alert')).toHaveCount(0);
  const fixed = await wizard.downloadText();
  expect(fixed).toContain('namespace: later');
  expect(fixed).not.toContain('bad: yes: no');
});

test('the downloaded file is byte-identical to the preview', async ({ wizard, page }) => {
  await wizard.previewEditor.waitForMonaco();
  await wizard.previewEditor.replaceText(USER_MANIFEST);
  await expect(wizard.field('Name (metadata.name)')).toHaveValue('prod-milvus');
  const downloaded = await wizard.downloadText();
  expect(downloaded).toBe(USER_MANIFEST);
  await page.keyboard.press('Escape');
});

test('checker findings show in the preview and jump to their line', async ({ wizard }) => {
  await wizard.next();
  await wizard.chooseStorage('Kafka');
  await wizard.next();
  await wizard.chooseSide('External');
  const findings = wizard.preview.locator('details.preview-findings');
  await expect(findings).toBeVisible();
  await findings.locator('summary').click();
  await expect(findings.locator('li').first()).toBeVisible();
  await findings
    .getByRole('button', { name: /^Line \d+/ })
    .first()
    .click();
});
