// "Check YAML": a person brings a manifest (upload, drop, example, typing), sees each problem at its
// line, fixes it, and takes the manifest to the wizard or downloads it.
import { DOCS_EXAMPLES, exampleById } from '../src/model/examples/index.ts';
import type { Page } from '@playwright/test';
import { checkA11y, expect, test } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';
import { WizardPage } from './pages/wizardPage.ts';

function yamlOf(id: string): string {
  const example = exampleById(id);
  if (!example) throw new Error(`no example ${id}`);
  return example.yaml;
}

/** What each docs example must show once uploaded: a code, the field path, its line. */
const EXPECTED: Record<
  string,
  { code: string; path: string; line: number; severity: 'error' | 'warning' | 'info' }[]
> = {
  'docs-rocksmq': [{ code: 'pruned-field', path: 'spec.components', line: 7, severity: 'info' }],
  'docs-nats': [
    { code: 'misplaced-field', path: 'spec.dependencies.natsmq.server', line: 10, severity: 'warning' },
    { code: 'unsupported-storage', path: 'spec.dependencies.msgStreamType', line: 7, severity: 'error' },
  ],
  'docs-pulsar-external': [
    { code: 'misplaced-field', path: 'spec.dependencies.pulsar.endpoints', line: 14, severity: 'error' },
    { code: 'legacy-milvuscluster', path: 'kind', line: 2, severity: 'info' },
  ],
  'docs-pulsar-internal': [
    {
      code: 'likely-typo',
      path: 'spec.dependencies.pulsar.inCluster.values.bookkeeper.resoureces',
      line: 18,
      severity: 'warning',
    },
    {
      code: 'likely-typo',
      path: 'spec.dependencies.pulsar.inCluster.values.bookkeeper.resoureces.limit',
      line: 19,
      severity: 'warning',
    },
    {
      code: 'misplaced-key',
      path: 'spec.dependencies.pulsar.inCluster.values.bookkeeper.requests',
      line: 22,
      severity: 'warning',
    },
  ],
  'docs-kafka-external': [
    { code: 'kafka-sasl-unused', path: 'spec.config.kafka.saslMechanisms', line: 13, severity: 'info' },
  ],
  'docs-kafka-internal': [{ code: 'legacy-milvuscluster', path: 'kind', line: 2, severity: 'info' }],
};

test.describe('docs examples, uploaded as files', () => {
  for (const example of DOCS_EXAMPLES) {
    test(`${example.title}: each mistake is listed with its line and field`, async ({ page }) => {
      const check = new CheckYamlPage(page);
      await check.open();
      await check.upload(`${example.id}.yaml`, example.yaml);
      await expect(check.input.getByText(`Loaded ${example.id}.yaml`)).toBeVisible();
      for (const expected of EXPECTED[example.id] ?? []) {
        const item = check.diagnostic(expected.code, expected.path);
        await expect(item).toHaveCount(1);
        await expect(item).toHaveClass(new RegExp(`diagnostic-${expected.severity}`));
        await expect(item.getByRole('button', { name: new RegExp(`^Line ${expected.line} `) })).toBeVisible();
      }
    });
  }
});

test('the summary counts problems and says when a manifest is ready', async ({ page }) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await expect(check.summary).toHaveText('Paste, upload or drop a manifest to check it.');
  await check.upload('pulsar.yaml', yamlOf('docs-pulsar-internal'));
  await expect(check.summary).toHaveText(/^0 errors, 4 warnings, \d+ info notes?$/);
  await expect(check.groupHeading('Warnings')).toBeVisible();
  await expect(check.groupHeading('Errors')).toHaveCount(0);
  await check.loadExample('Good: standalone with RocksMQ');
  await expect(check.summary).toHaveText('Ready to apply: no problems found');
  await expect(check.diagnostics()).toHaveCount(0);
});

test('problems show in the editor as underlines too', async ({ page }) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.manifestEditor.waitForMonaco();
  await check.upload('pulsar.yaml', yamlOf('docs-pulsar-external'));
  await expect(check.diagnostic('misplaced-field')).toHaveCount(1);
  await expect(check.manifestEditor.squiggles('error').first()).toBeVisible();
});

test('applying all safe fixes clears those problems, keeps the comments, and Ctrl+Z undoes it', async ({
  page,
}) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.manifestEditor.waitForMonaco();
  await check.upload('nats.yaml', yamlOf('docs-nats'));
  await expect(check.diagnostic('misplaced-field', 'spec.dependencies.natsmq.server')).toHaveCount(1);
  await expect(check.diagnostic('pruned-field', 'spec.components')).toHaveCount(1);

  await check.applyAllSafeFixes.click();
  await expect(check.diagnostic('misplaced-field')).toHaveCount(0);
  await expect(check.diagnostic('pruned-field')).toHaveCount(0);
  // The NATS settings moved to spec.config with the docs' comments.
  await expect(check.editorView()).toContainText('# 4222 by default, Port for nats server listening.');
  await expect(check.editorView()).toContainText('config:');
  await expect(check.applyAllSafeFixes).toBeDisabled();

  await check.undo();
  await expect(check.diagnostic('misplaced-field', 'spec.dependencies.natsmq.server')).toHaveCount(1);
  await expect(check.diagnostic('pruned-field', 'spec.components')).toHaveCount(1);
});

test('one fix at a time: renaming resoureces to resources', async ({ page }) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.upload('pulsar.yaml', yamlOf('docs-pulsar-internal'));
  const typo = check.diagnostic(
    'likely-typo',
    'spec.dependencies.pulsar.inCluster.values.bookkeeper.resoureces',
  );
  await expect(typo).toContainText('Rename resoureces to resources');
  await check.applyFix(typo);
  await expect(typo).toHaveCount(0);
  await expect(
    check.diagnostic('likely-typo', 'spec.dependencies.pulsar.inCluster.values.bookkeeper.resources.limit'),
  ).toHaveCount(1);
  await expect(check.editorView()).toContainText('resources:');
  await expect(check.editorView()).not.toContainText('resoureces');
});

test('the downloaded file has every safe fix applied and its comments', async ({ page }) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.upload('pulsar.yaml', yamlOf('docs-pulsar-external'));
  await expect(check.diagnostic('misplaced-field')).toHaveCount(1);
  const { name, text } = await check.downloadFixed();
  // The uploaded file's name is kept.
  expect(name).toBe('pulsar.yaml');
  expect(text).toContain('endpoint: 192.168.1.1:6650');
  expect(text).not.toContain('endpoints:');
  expect(text).toContain('# The external pulsar endpoints if external=true');
  // Downloading changes nothing in the editor.
  await expect(check.diagnostic('misplaced-field')).toHaveCount(1);
});

test('"Open in wizard" opens the manifest in the wizard form', async ({ page }) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.upload('kafka.yaml', yamlOf('docs-kafka-external'));
  await expect(check.diagnostic('kafka-sasl-unused')).toHaveCount(1);
  await check.openInWizard();

  await expect(page).toHaveURL((url) => /^#\/wizard(\/[a-z]+)?$/.test(url.hash));
  const wizard = new WizardPage(page);
  await expect(page.getByText('Opened the manifest from the checker')).toBeVisible();
  await wizard.goToStep('Message storage');
  await expect(wizard.radio('Kafka')).toBeChecked();
  await wizard.goToStep('Deployment');
  await expect(wizard.radio('Cluster')).toBeChecked();
});

test('a YAML syntax error shows with its line, and the page keeps working as the user fixes it', async ({
  page,
}) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.manifestEditor.waitForMonaco();
  const broken =
    'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: demo\nspec:\n  mode: cluster: x';
  await check.upload('broken.yaml', broken);
  const syntaxError = check.diagnostic('yaml-syntax');
  await expect(syntaxError).toHaveCount(1);
  await expect(syntaxError.getByRole('button', { name: /^Line 6\b/ })).toBeVisible();
  await expect(syntaxError).toContainText('Nested mappings are not allowed');
  await expect(check.summary).toHaveText('1 error, 0 warnings');
  await expect(check.checkerFailure).toHaveCount(0);

  // Typing goes on, and the results follow the text both ways.
  await check.cursorToEnd();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Backspace');
  await expect(syntaxError).toHaveCount(0);
  await expect(check.diagnostic('msg-stream-type-default')).toHaveCount(1);
  await page.keyboard.type(': x');
  await expect(syntaxError).toHaveCount(1);
  await expect(check.diagnostic('msg-stream-type-default')).toHaveCount(0);
});

test('clicking a problem moves the editor cursor to its line', async ({ page }) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.manifestEditor.waitForMonaco();
  await check.upload('pulsar.yaml', yamlOf('docs-pulsar-internal'));
  const requests = check.diagnostic(
    'misplaced-key',
    'spec.dependencies.pulsar.inCluster.values.bookkeeper.requests',
  );
  await check.goToProblem(requests);
  expect(await check.cursorLine()).toBe(22);
  await expect(check.manifestEditor.textbox).toBeFocused();
  const typo = check.diagnostic(
    'likely-typo',
    'spec.dependencies.pulsar.inCluster.values.bookkeeper.resoureces',
  );
  await check.goToProblem(typo);
  expect(await check.cursorLine()).toBe(18);
});

test('a dropped file is checked, with a visible drop target while dragging', async ({ page }) => {
  const check = new CheckYamlPage(page);
  await check.open();
  const drop = await check.dragFileOver('dropped.yaml', yamlOf('docs-pulsar-external'));
  await expect(check.dropTarget()).toBeVisible();
  await drop();
  await expect(check.dropTarget()).toHaveCount(0);
  await expect(check.input.getByText('Loaded dropped.yaml')).toBeVisible();
  await expect(check.diagnostic('misplaced-field', 'spec.dependencies.pulsar.endpoints')).toHaveCount(1);
});

test('files too large or not text are refused with a clear message, keeping the text', async ({ page }) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.loadExample('Docs: internal Kafka');
  await expect(check.diagnostic('legacy-milvuscluster')).toHaveCount(1);

  await check.upload('huge.yaml', Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
  await expect(check.uploadError()).toContainText(
    'huge.yaml: The input is 10.0 MB; milvus-mq reads at most 10 MB',
  );

  await check.upload('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), 'image/png');
  await expect(check.uploadError()).toContainText('photo.png: The input contains NUL bytes');

  await check.upload('data.yaml', Buffer.from([0x61, 0x00, 0x62]), 'application/octet-stream');
  await expect(check.uploadError()).toContainText('data.yaml: The input contains NUL bytes');

  // The text is kept; its findings come back with the next edit (check-upload-refused.spec.ts).
  await expect(check.editorView()).toContainText('values: {}');
});

test('the text stays when the user visits another page and comes back', async ({ page }) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.loadExample('Docs: external Pulsar');
  await expect(check.diagnostic('misplaced-field')).toHaveCount(1);
  await check.navigateWith('RocksMQ or NATS?');
  await expect(page).toHaveURL((url) => url.hash === '#/rocksmq-or-nats');
  await check.navigateWith('Check YAML');
  await expect(check.editorView()).toContainText('192.168.1.1:6650');
  await expect(check.diagnostic('misplaced-field')).toHaveCount(1);
});

test('an example replaces the text as an undoable edit', async ({ page }) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.manifestEditor.waitForMonaco();
  await check.loadExample('Docs: external Pulsar');
  await expect(check.diagnostic('misplaced-field')).toHaveCount(1);
  await check.loadExample('Good: cluster with external Kafka');
  await expect(check.summary).toHaveText(/^Ready to apply: no problems found/);
  await check.undo();
  await expect(check.diagnostic('misplaced-field')).toHaveCount(1);
});

test('the page with results shown has no WCAG 2.1 AA violations, and nothing leaves the origin', async ({
  page,
  appIssues,
}) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.loadExample('Docs: internal Pulsar');
  await expect(check.diagnostic('likely-typo')).toHaveCount(2);
  await check.upload('nats.yaml', yamlOf('docs-nats'));
  await expect(check.groupHeading('Errors')).toBeVisible();
  await check.waitForEditorsToLoad();
  await checkA11y(page);
  await check.applyAllSafeFixes.click();
  await check.openInWizard();
  await expect(page).toHaveURL((url) => /^#\/wizard(\/[a-z]+)?$/.test(url.hash));
  await page.waitForLoadState('networkidle');
  expect(appIssues.externalRequests).toEqual([]);
});

test.describe('when the checker itself fails', () => {
  /** Serves `body` instead of the checker's worker script the first time it loads, the real one after. */
  async function breakCheckerOnce(page: Page, body: string) {
    let served = 0;
    await page.context().route(/check\.worker-[\w-]+\.js$/, async (route) => {
      served += 1;
      if (served === 1) await route.fulfill({ contentType: 'text/javascript', body });
      else await route.fallback();
    });
  }

  test('a crash is reported with its message, the text is kept, and the next edit checks again', async ({
    page,
  }) => {
    await breakCheckerOnce(page, 'self.onmessage = () => { throw new Error("Simulated checker crash"); };');
    const check = new CheckYamlPage(page);
    await check.open();
    await check.manifestEditor.waitForMonaco();
    await check.upload('pulsar.yaml', yamlOf('docs-pulsar-external'));
    await expect(check.checkerFailure).toContainText('Simulated checker crash');
    await expect(check.editorView()).toContainText('192.168.1.1:6650');

    await check.cursorToEnd();
    await page.keyboard.type('#');
    await expect(check.checkerFailure).toHaveCount(0);
    await expect(check.diagnostic('misplaced-field', 'spec.dependencies.pulsar.endpoints')).toHaveCount(1);
  });

  test('the progress bar shows the share of the check the worker reports', async ({ page }) => {
    // A checker that reports 42% done and then keeps working.
    await breakCheckerOnce(
      page,
      'self.onmessage = (e) => { self.postMessage({ type: "progress", id: e.data.id, progress: 0.42 }); };',
    );
    const check = new CheckYamlPage(page);
    await check.open();
    await check.manifestEditor.waitForMonaco();
    await check.upload('pulsar.yaml', yamlOf('docs-pulsar-external'));
    const bar = check.results.getByRole('progressbar', { name: /^Checking \d+ lines$/ });
    await expect(bar).toHaveAttribute('aria-valuenow', '42');
    await expect(bar).toHaveAttribute('aria-valuetext', '42% checked');
    await expect(check.results).toContainText(/Checking \d+ lines: 42%/);
    await expect(check.checkerFailure).toHaveCount(0);
    await check.waitForEditorsToLoad();
    await checkA11y(page);

    // A newer text is checked by a fresh worker (the real one): the bar goes with the result.
    await check.cursorToEnd();
    await page.keyboard.type('#');
    await expect(check.diagnostic('misplaced-field', 'spec.dependencies.pulsar.endpoints')).toHaveCount(1);
    await expect(check.results.getByRole('progressbar')).toHaveCount(0);
  });

  test('a check still running shows progress, never a failure, and a newer text replaces it', async ({
    page,
  }) => {
    await breakCheckerOnce(page, 'self.onmessage = () => {};');
    const check = new CheckYamlPage(page);
    await check.open();
    await check.manifestEditor.waitForMonaco();
    await check.upload('pulsar.yaml', yamlOf('docs-pulsar-external'));
    await expect(check.summary).toHaveText('Checking…');
    await expect(check.results.getByRole('progressbar', { name: /^Checking \d+ lines$/ })).toBeVisible();
    // Still running after the old 5 s limit: no time limit applies under the size limit.
    await expect(check.results).toContainText(/Checking \d+ lines \([5-9] s\)/, { timeout: 15_000 });
    await expect(check.checkerFailure).toHaveCount(0);
    await expect(check.editorView()).toContainText('192.168.1.1:6650');

    await check.cursorToEnd();
    await page.keyboard.type('#');
    await expect(check.diagnostic('misplaced-field', 'spec.dependencies.pulsar.endpoints')).toHaveCount(1);
    await expect(check.results.getByRole('progressbar')).toHaveCount(0);
  });
});
