// What a user of a checker expects besides the findings: examples that load only when asked and
// never eat typed text, a download that keeps the file's name, a fix that shows its change first,
// and the command-line twin of the check with its results to copy. At desktop and phone width.
import { exampleById } from '../src/model/examples/index.ts';
import { expect, test } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

const PULSAR_EXTERNAL = exampleById('docs-pulsar-external')?.yaml ?? '';

for (const { name, viewport } of WIDTHS) {
  test.describe(`check page at ${name} width`, () => {
    test.use({ viewport });

    test('arrow keys in the examples menu load nothing; Enter or Load does, and typed text is asked for and restorable', async ({
      page,
    }) => {
      const check = new CheckYamlPage(page);
      await check.open();
      await check.manifestEditor.waitForMonaco();
      await check.manifestEditor.replaceText('apiVersion: v1\nkind: ConfigMap # mine\n');
      await expect(check.editorView()).toContainText('# mine');

      // Moving through the closed menu with the keyboard only selects.
      await check.examples.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(check.examples).toHaveValue('docs-nats');
      await expect(check.editorView()).toContainText('# mine');

      // Enter chooses; the user's own text is not replaced without a yes.
      await page.keyboard.press('Enter');
      const ask = check.input.getByRole('alertdialog');
      await expect(ask).toContainText('Replace your text with the example “Docs: NATS”?');
      await expect(check.editorView()).toContainText('# mine');
      await ask.getByRole('button', { name: 'Keep my text' }).click();
      await expect(ask).toHaveCount(0);
      await expect(check.editorView()).toContainText('# mine');

      await check.examples.press('Enter');
      await check.input.getByRole('alertdialog').getByRole('button', { name: 'Replace', exact: true }).click();
      await expect(check.input.getByText('Loaded the example “Docs: NATS”')).toBeVisible();
      await expect(check.diagnostic('misplaced-field')).toHaveCount(1);

      await check.input.getByRole('button', { name: 'Restore my text' }).click();
      await expect(check.editorView()).toContainText('# mine');
      await expect(check.input.getByText('Restored your text.')).toBeVisible();

      // The restored text is the user's again; a loaded example (not typed) is replaced without a question.
      await check.loadExample('Docs: RocksMQ');
      await check.input.getByRole('alertdialog').getByRole('button', { name: 'Replace', exact: true }).click();
      await expect(check.input.getByText('Loaded the example “Docs: RocksMQ”')).toBeVisible();
      await check.loadExample('Docs: external Pulsar');
      await expect(check.input.getByRole('alertdialog')).toHaveCount(0);
      await expect(check.diagnostic('misplaced-field')).toHaveCount(1);
    });

    test('"Download fixed file" keeps the uploaded file’s name', async ({ page }) => {
      const check = new CheckYamlPage(page);
      await check.open();
      await check.upload('prod-milvus.yml', PULSAR_EXTERNAL);
      await expect(check.diagnostic('misplaced-field')).toHaveCount(1);
      const { name: fileName, text } = await check.downloadFixed();
      expect(fileName).toBe('prod-milvus.yml');
      expect(text).toContain('endpoint: 192.168.1.1:6650');
    });

    test('a fix shows its change before it is applied', async ({ page }) => {
      const check = new CheckYamlPage(page);
      await check.open();
      await check.upload('pulsar.yaml', PULSAR_EXTERNAL);
      const item = check.diagnostic('misplaced-field', 'spec.dependencies.pulsar.endpoints');
      await expect(item).toHaveCount(1);
      await item.getByText('Preview the change').click();
      const diff = item.locator('.fix-preview-diff');
      await expect(diff.locator('.fix-preview-removed')).toContainText(['endpoints']);
      await expect(diff.locator('.fix-preview-added')).toContainText(['endpoint: 192.168.1.1:6650']);
      // Previewing changes nothing.
      await expect(check.editorView()).toContainText('endpoints');
      await expect(item).toHaveCount(1);
    });

    test('the check page names the CLI command and copies its results in the CLI’s formats', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const check = new CheckYamlPage(page);
      await check.open();
      await check.upload('prod milvus.yaml', PULSAR_EXTERNAL);
      await expect(check.diagnostic('misplaced-field')).toHaveCount(1);
      const cli = check.results.locator('.check-cli');
      await expect(cli.locator('code')).toHaveText("npx milvus-mq check 'prod milvus.yaml'");

      const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
      await cli.getByRole('button', { name: 'Copy results as text' }).click();
      await expect.poll(clipboard).toMatch(/^prod milvus\.yaml:14:\d+ error misplaced-field /m);
      expect(await clipboard()).toMatch(/in 1 file \(1 Milvus resource\)\.\n$/);

      await cli.getByRole('button', { name: 'Copy results as JSON' }).click();
      await expect.poll(clipboard).toMatch(/^\{\n {2}"files"/);
      const json = JSON.parse(await clipboard()) as {
        files: { file: string; diagnostics: { code: string; line: number }[] }[];
      };
      expect(json.files[0]?.file).toBe('prod milvus.yaml');
      expect(json.files[0]?.diagnostics.map((d) => d.code)).toContain('misplaced-field');
    });
  });
}
