// Ctrl+. in the code editor offers the checker's fix of the finding on the cursor's line, the
// same the results list's button applies and the language server sends (model/editing).
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';
import { WizardPage } from './pages/wizardPage.ts';

const DOCS_PULSAR = readFileSync(
  new URL('../test/fixtures/docs/external-pulsar-endpoints.yaml', import.meta.url),
  'utf8',
);

for (const { name, viewport } of [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
]) {
  test.describe(`quick fixes on ${name}`, () => {
    test.use({ viewport });

    test('check page: Ctrl+. on the line of a misplaced field applies its fix, and the finding goes', async ({
      page,
    }) => {
      const check = new CheckYamlPage(page);
      await check.open();
      await check.manifestEditor.replaceText(DOCS_PULSAR);
      await check.waitForResults();
      const finding = check.diagnostic('misplaced-field');
      await expect(finding).toHaveCount(1);
      await check.goToProblem(finding);
      await check.manifestEditor.quickFix('Write spec.dependencies.pulsar.endpoint: 10.0.12.7:6650');
      await expect(check.editorView()).toContainText('endpoint: 10.0.12.7:6650');
      await expect(check.editorView()).not.toContainText('endpoints:');
      await expect(check.editorView()).toContainText('# use the Pulsar the platform team runs');
      await check.waitForResults();
      await expect(check.diagnostic('misplaced-field')).toHaveCount(0);
    });

    test('wizard preview: Ctrl+. on a misspelt msgStreamType writes the storage it meant', async ({
      page,
    }) => {
      const wizard = new WizardPage(page);
      await wizard.open();
      await wizard.retypeLastValue('woodpecker', 'woodpeker');
      const findings = wizard.preview.locator('.preview-findings');
      await expect(findings).toContainText('"woodpeker", which is not one of');
      await wizard.previewEditor.quickFix('Write woodpecker');
      await wizard.expectPreviewToShow('msgStreamType: woodpecker');
      await expect(wizard.preview.getByText('The checker finds no problems in this manifest.')).toBeVisible();
    });
  });
}
