// "Check YAML" by keyboard alone: from the header to the page, an example from the menu, a problem
// in the list, its line in the editor, the safe fixes, and on to the wizard, with a visible focus
// indicator at every stop. Also: no WCAG 2.1 AA violation with each docs example's results shown.
import type { Locator, Page } from '@playwright/test';
import { DOCS_EXAMPLES, exampleById } from '../src/model/examples/index.ts';
import { checkA11y, expect, test } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';

interface FocusState {
  /** The focused element, in words, for failure messages. */
  description: string;
  onBody: boolean;
  inCodeEditor: boolean;
  /** A non-none outline or a box-shadow is drawn for it. */
  indicated: boolean;
}

async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) {
      return { description: 'the page body', onBody: true, inCodeEditor: false, indicated: false };
    }
    // The file input is visually hidden; its label (styled as a button) shows the focus instead.
    const shown =
      element instanceof HTMLInputElement && element.type === 'file' && element.labels?.[0]
        ? element.labels[0]
        : element;
    const style = getComputedStyle(shown);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    return {
      description: `<${element.tagName.toLowerCase()}> "${name}"`,
      onBody: false,
      inCodeEditor: element.closest('.monaco-editor') !== null,
      indicated: outlined || shadowed,
    };
  });
}

async function expectFocusVisible(page: Page): Promise<FocusState> {
  const state = await focusState(page);
  expect(state.onBody, 'focus is on a control, not lost to the page body').toBe(false);
  expect(state.indicated, `${state.description} shows a focus outline or shadow`).toBe(true);
  return state;
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking the focus indicator at every stop.
 * Fails if focus lands in the code editor on the way (Tab there types spaces; the caller decides).
 */
async function tabTo(page: Page, target: Locator, opts: { backwards?: boolean; max?: number } = {}) {
  const key = opts.backwards ? 'Shift+Tab' : 'Tab';
  const targetInEditor = await target.evaluate((el) => el.closest('.monaco-editor') !== null);
  for (let i = 0; i < (opts.max ?? 40); i += 1) {
    await page.keyboard.press(key);
    const state = await expectFocusVisible(page);
    if (await target.evaluate((el) => el === document.activeElement)) return;
    if (state.inCodeEditor && !targetInEditor) {
      throw new Error(`${key} stopped in the code editor on the way to the target`);
    }
  }
  throw new Error(`${key} did not reach the target within ${opts.max ?? 40} presses`);
}

/** Chooses an example in the open-able menu by keyboard: open it, arrow down to it, Enter. */
async function chooseExampleByKeyboard(page: Page, title: string): Promise<void> {
  const index = DOCS_EXAMPLES.findIndex((e) => e.title === title);
  if (index < 0) throw new Error(`no docs example ${title}`);
  // Space opens the list on "Choose…"; arrows move in it without loading; Enter picks; Enter on
  // the closed list loads the example.
  await page.keyboard.press('Space');
  for (let i = 0; i <= index; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
}

/** Monaco's own shortcut for "Tab moves focus" (Tab otherwise types indentation). */
const TOGGLE_TAB_MOVES_FOCUS = 'Control+m';

test('the whole check page works from the keyboard, with the focus always visible', async ({ page }) => {
  const check = new CheckYamlPage(page);
  await check.goto('#/wizard');

  // Header: reach "Check YAML" and follow it.
  await tabTo(page, check.navLink('Check YAML'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.hash === '#/check');
  await expect(page.getByRole('heading', { level: 1, name: 'Check a Milvus manifest' })).toBeVisible();
  await check.manifestEditor.waitForMonaco();

  // The examples menu: the upload control comes first, then the menu.
  await tabTo(page, check.uploadInput);
  await tabTo(page, check.examples);
  await chooseExampleByKeyboard(page, 'Docs: NATS');
  await expect(check.input.getByText('Loaded the example “Docs: NATS”')).toBeVisible();
  await check.waitForResults();
  await expect(check.summary).toHaveText(/^2 errors, 1 warning/);
  await expect(check.examples).toBeFocused();
  await expectFocusVisible(page);

  // Into the editor, then on to the results with Monaco's Tab-moves-focus toggle.
  await tabTo(page, check.manifestEditor.textbox);
  await page.keyboard.press(TOGGLE_TAB_MOVES_FOCUS);
  await tabTo(page, check.applyAllSafeFixes);

  // A problem in the list: its location button moves the editor to its line.
  const misplaced = check.diagnostic('misplaced-field', 'spec.dependencies.natsmq.server');
  const goToLine = misplaced.getByRole('button', { name: /^Line 10\b/ });
  await tabTo(page, goToLine);
  await page.keyboard.press('Enter');
  await expect(check.manifestEditor.textbox).toBeFocused();
  await expectFocusVisible(page);
  expect(await check.cursorLine()).toBe(10);

  // Back to the actions: Space on "Apply all safe fixes" applies them.
  await tabTo(page, check.applyAllSafeFixes);
  await page.keyboard.press('Space');
  await expect(check.diagnostic('misplaced-field')).toHaveCount(0);
  await expect(check.diagnostic('pruned-field')).toHaveCount(0);
  await expect(check.applyAllSafeFixes).toBeDisabled();
  // The button disables itself; focus moves to the results' heading (tested below), and Tab goes
  // on from there.

  // "Open in wizard" takes the fixed manifest to the wizard.
  await tabTo(page, check.openInWizardButton);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => /^#\/wizard(\/[a-z]+)?$/.test(url.hash));
  await expect(page.getByText('Opened the manifest from the checker')).toBeVisible();
});

test('the upload control opens the file chooser from the keyboard', async ({ page }) => {
  const check = new CheckYamlPage(page);
  // Listening early: Playwright turns on its file-chooser interception asynchronously, and a key
  // press (unlike a click) does not wait for it.
  const chooserOpened = page.waitForEvent('filechooser');
  await check.open();
  await tabTo(page, check.uploadInput);
  await page.keyboard.press('Space');
  const chooser = await chooserOpened;
  const example = exampleById('docs-pulsar-external');
  if (!example) throw new Error('no docs-pulsar-external example');
  await chooser.setFiles({
    name: 'pulsar.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(example.yaml),
  });
  await expect(check.input.getByText('Loaded pulsar.yaml')).toBeVisible();
  await expect(check.diagnostic('misplaced-field', 'spec.dependencies.pulsar.endpoints')).toHaveCount(1);
});

// "Apply all safe fixes" disables itself once applied (no safe fix is left), and a problem's
// "Apply fix" button goes away with the problem it fixed: focus then moves to the results' heading
// instead of falling to <body>.
test('after applying fixes, focus stays on a visible control', async ({ page }) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.loadExample('Docs: internal Pulsar');
  const typo = check.diagnostic(
    'likely-typo',
    'spec.dependencies.pulsar.inCluster.values.bookkeeper.resoureces',
  );
  await typo.getByRole('button', { name: 'Apply fix' }).focus();
  await page.keyboard.press('Enter');
  await expect(typo).toHaveCount(0);
  await expectFocusVisible(page);

  await check.loadExample('Docs: NATS');
  await expect(check.diagnostic('pruned-field')).toHaveCount(1);
  await check.applyAllSafeFixes.focus();
  await page.keyboard.press('Enter');
  await expect(check.applyAllSafeFixes).toBeDisabled();
  await expectFocusVisible(page);
});

// Tab in the code editor indents, as YAML authors expect. Monaco's way out (Ctrl+M, "Tab moves
// focus") must then be told on the page (WCAG 2.1.2): a hint under the editor names the keys.
test('Tab leaves the code editor, or the page says how to leave it', async ({ page }) => {
  const check = new CheckYamlPage(page);
  await check.open();
  await check.manifestEditor.waitForMonaco();
  await check.loadExample('Docs: NATS');
  await check.manifestEditor.textbox.focus();
  await page.keyboard.press('Tab');
  const hint = check.input.getByText(/Ctrl\s*\+\s*M|Tab moves focus/i);
  const left = !(await focusState(page)).inCodeEditor;
  expect(left || (await hint.isVisible()), 'Tab moved on, or a hint tells the way out').toBe(true);
});

test('with each docs example loaded, the page has no WCAG 2.1 AA violations', async ({ page }) => {
  test.setTimeout(120_000);
  const check = new CheckYamlPage(page);
  await check.open();
  await check.waitForEditorsToLoad();
  for (const example of DOCS_EXAMPLES) {
    await test.step(example.title, async () => {
      await check.loadExample(example.title);
      await expect(check.input.getByText(`Loaded the example “${example.title}”`)).toBeVisible();
      await check.waitForResults();
      await expect(check.diagnostics().first()).toBeVisible();
      await checkA11y(page);
    });
  }
});
