// The "Check YAML" page, in the steps a person takes on it: bring a manifest in (upload, drop,
// example, typing), read the problems, jump to them, fix them, take the manifest elsewhere.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.ts';
import { AppShell } from './AppShell.ts';
import { YamlEditorControl } from './YamlEditorControl.ts';

export type Severity = 'error' | 'warning' | 'info';

export class CheckYamlPage extends AppShell {
  readonly input: Locator;
  readonly manifestEditor: YamlEditorControl;
  readonly results: Locator;
  readonly summary: Locator;
  readonly uploadInput: Locator;
  readonly examples: Locator;
  readonly applyAllSafeFixes: Locator;
  readonly downloadFixedFile: Locator;
  readonly openInWizardButton: Locator;
  readonly checkerFailure: Locator;

  constructor(page: Page) {
    super(page);
    this.input = page.getByRole('region', { name: 'Manifest to check' });
    this.manifestEditor = new YamlEditorControl(page, 'Manifest to check');
    this.results = page.getByRole('region', { name: 'Results' });
    // The verdict line (copy buttons in the results have statuses of their own).
    this.summary = this.results.locator('p.check-summary[role="status"]');
    this.uploadInput = page.getByLabel('Upload YAML file');
    this.examples = page.getByLabel('Load an example');
    this.applyAllSafeFixes = this.results.getByRole('button', { name: 'Apply all safe fixes' });
    this.downloadFixedFile = this.results.getByRole('button', { name: 'Download fixed file' });
    this.openInWizardButton = this.results.getByRole('button', { name: 'Open in wizard' });
    this.checkerFailure = this.results
      .getByRole('alert')
      .filter({ hasText: 'The checker failed on this input' });
  }

  /** Chooses what the text is read as: "Auto", "Operator manifest" or "Helm values". */
  async readAs(label: 'Auto' | 'Operator manifest' | 'Helm values'): Promise<void> {
    await this.results
      .getByRole('group', { name: 'Read the text as' })
      .getByRole('radio', { name: label })
      .check();
  }

  /** What Auto read the text as ("Read as Helm values …"). */
  readAsNote(): Locator {
    return this.results.locator('.input-format-note');
  }

  /** The chart version Helm values are judged against. */
  chartVersionSelect(): Locator {
    return this.results.getByLabel('Chart version');
  }

  /** The `milvus-mq check` command line shown for the same check. */
  cliCommand(): Locator {
    return this.results.locator('.check-cli-command');
  }

  /** The running manifest's editor in "Compare with the running manifest". */
  readonly runningEditor = new YamlEditorControl(this.page, 'Running manifest');

  /** The running values' editor in "Compare with the running values" (the text is Helm values). */
  readonly runningValuesEditor = new YamlEditorControl(this.page, 'Running values');

  /**
   * Opens Compare and pastes the running text: "Compare with the running manifest", or, when the
   * text checked reads as Helm values, "Compare with the running values".
   */
  async compareWith(running: string, kind: 'manifest' | 'values' = 'manifest'): Promise<Locator> {
    const name = `Compare with the running ${kind}`;
    await this.page.getByRole('button', { name }).click();
    const panel = this.page.getByRole('region', { name });
    await (kind === 'values' ? this.runningValuesEditor : this.runningEditor).replaceText(running);
    return panel;
  }

  async open(): Promise<void> {
    await this.goto('#/check');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Check a Milvus manifest' })).toBeVisible();
  }

  /** Chooses a file in the upload field, made of `text`. */
  async upload(name: string, content: string | Buffer, mimeType = 'application/yaml'): Promise<void> {
    const buffer = typeof content === 'string' ? Buffer.from(content, 'utf-8') : content;
    await this.uploadInput.setInputFiles({ name, mimeType, buffer });
  }

  /** The message shown beside the upload control when a file given is refused (its description). */
  uploadError(): Locator {
    return this.input.locator('.check-upload-error[role="alert"]');
  }

  /**
   * Drags a file over the editor, for the caller to check the drop target, then returns a drop
   * function. `content` as bytes makes a file of any kind (binary, empty); `{ bytesOfA }` a file of
   * that many letters a, made in the page (a too-large file, without sending megabytes to it).
   */
  async dragFileOver(
    name: string,
    content: string | Buffer | { bytesOfA: number },
  ): Promise<() => Promise<void>> {
    const filler = typeof content === 'object' && 'bytesOfA' in content ? content.bytesOfA : 0;
    const bytes =
      typeof content === 'string' ? Buffer.from(content, 'utf-8') : Buffer.isBuffer(content) ? content : null;
    const dataTransfer = await this.page.evaluateHandle(
      ({ fileName, base64, fillerBytes }) => {
        const array =
          base64 === null
            ? new Uint8Array(fillerBytes).fill(0x61)
            : Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([array], fileName, { type: 'application/yaml' }));
        return data;
      },
      { fileName: name, base64: bytes ? bytes.toString('base64') : null, fillerBytes: filler },
    );
    const target = this.input.locator('.check-editor');
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    return async () => {
      await target.dispatchEvent('drop', { dataTransfer });
    };
  }

  /** The highlighted drop zone shown while a file is dragged over the editor. */
  dropTarget(): Locator {
    return this.input.getByText('Drop the YAML file to check it');
  }

  /** Chooses an example in the menu and presses Load (choosing alone loads nothing). */
  async loadExample(title: string): Promise<void> {
    await this.examples.selectOption({ label: title });
    await this.input.getByRole('button', { name: 'Load', exact: true }).click();
  }

  /** Waits until the results belong to the text in the editor. */
  async waitForResults(): Promise<void> {
    await expect(this.results).toHaveAttribute('aria-busy', 'false');
  }

  /** Every listed problem, or those of one severity. */
  diagnostics(severity?: Severity): Locator {
    return this.results.locator(severity ? `li.diagnostic-${severity}` : 'li.diagnostic');
  }

  /** The listed problems with this code (e.g. `pruned-field`), optionally at this field path. */
  diagnostic(code: string, path?: string): Locator {
    const items = this.results.locator(`li.diagnostic[data-code="${code}"]`);
    return path
      ? items.filter({ has: this.page.locator('code', { hasText: new RegExp(`^${escape(path)}$`) }) })
      : items;
  }

  /** The distinct codes listed, sorted. */
  async codes(): Promise<string[]> {
    const codes = await this.diagnostics().evaluateAll((items) =>
      items.map((li) => li.getAttribute('data-code') ?? ''),
    );
    return [...new Set(codes)].sort();
  }

  groupHeading(name: 'Errors' | 'Warnings' | 'Info'): Locator {
    return this.results.getByRole('heading', { level: 3, name: new RegExp(`^${name}`) });
  }

  /** Clicks the problem's location, which moves the editor there. */
  async goToProblem(item: Locator): Promise<void> {
    await item.getByRole('button', { name: /Line \d+/ }).click();
  }

  async applyFix(item: Locator): Promise<void> {
    await item.getByRole('button', { name: 'Apply fix' }).click();
  }

  /** The text the editor shows (Monaco renders only the lines in view: enough for short manifests). */
  editorView(): Locator {
    return this.manifestEditor.frame;
  }

  /** The 1-based line the code editor's cursor is on. */
  async cursorLine(): Promise<number> {
    const active = this.manifestEditor.frame.locator('.line-numbers.active-line-number');
    await expect(active).toHaveCount(1);
    return Number((await active.textContent())?.trim());
  }

  /** Puts the cursor at the very end of the text in the code editor. */
  async cursorToEnd(): Promise<void> {
    await this.manifestEditor.waitForMonaco();
    await this.manifestEditor.textbox.focus();
    await this.page.keyboard.press('ControlOrMeta+End');
  }

  async undo(): Promise<void> {
    await this.manifestEditor.textbox.focus();
    await this.page.keyboard.press('ControlOrMeta+z');
  }

  async openInWizard(): Promise<void> {
    await this.openInWizardButton.click();
  }

  /** Clicks "Download fixed file" and returns the downloaded file's name and text. */
  async downloadFixed(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.downloadFixedFile.click(),
    ]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf-8') };
  }

  /** "Clean for apply", offered in the results while the text is a live object. */
  cleanForApplySection(): Locator {
    return this.results.getByRole('region', { name: 'Clean for apply' });
  }

  /** Presses "Clean for apply" and returns the report of what went and what stayed. */
  async cleanForApply(): Promise<Locator> {
    const section = this.cleanForApplySection();
    await section.getByRole('button', { name: 'Clean for apply' }).click();
    return section.getByRole('status');
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
