// Drives a YamlEditor (src/editor) the way a person does, whether it is still the plain text box
// or already Monaco: both expose a textbox with the editor's accessible name.
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.ts';

export class YamlEditorControl {
  readonly textbox: Locator;
  /** The editor's frame; `data-editor` is 'plain' or 'monaco'. */
  readonly frame: Locator;

  constructor(
    readonly page: Page,
    readonly ariaLabel: string,
  ) {
    this.textbox = page.getByRole('textbox', { name: ariaLabel, exact: true });
    this.frame = page.locator('.yaml-editor').filter({ has: this.textbox });
  }

  async waitForMonaco(): Promise<void> {
    await expect(this.frame).toHaveAttribute('data-editor', 'monaco');
  }

  /**
   * Selects all and pastes `text`, so Monaco does not auto-indent it as it would typed keys.
   * Waits for Monaco first: replacing text in the plain box while Monaco takes over would send the
   * text to Monaco as typing (auto-indented), a race of the test and not of a person.
   */
  async replaceText(text: string): Promise<void> {
    await this.waitForMonaco();
    await this.textbox.focus();
    await this.page.keyboard.press('ControlOrMeta+a');
    if ((await this.frame.getAttribute('data-editor')) === 'monaco') {
      // Monaco reads pasted text from the paste event; headless Chromium has no clipboard to use.
      await this.textbox.evaluate((element, pasted) => {
        const data = new DataTransfer();
        data.setData('text/plain', pasted);
        element.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }, text);
    } else {
      await this.page.keyboard.insertText(text);
    }
  }

  /** Types at the cursor, key by key. */
  async type(text: string): Promise<void> {
    await this.textbox.focus();
    await this.page.keyboard.type(text);
  }

  /**
   * Opens the quick fixes of the cursor's line (Ctrl+.) and picks the one titled `title`, as a
   * person does from the menu by the lightbulb.
   */
  async quickFix(title: string): Promise<void> {
    await this.page.keyboard.press('Control+Period');
    const menu = this.page.getByRole('listbox', { name: 'Action Widget' });
    const option = menu.getByRole('option', { name: title, exact: true });
    await expect(option).toBeVisible();
    // The menu takes the keyboard (a click lands on Monaco's pointer guard): down to the fix, Enter.
    const focused = () => option.evaluate((row) => row.classList.contains('focused'));
    for (let i = 0; i < 20 && !(await focused()); i++) await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
  }

  /** Monaco's underlines of problems (markers from the checker and from the schema). */
  squiggles(severity: 'error' | 'warning' | 'info'): Locator {
    return this.frame.locator(`.squiggly-${severity}`);
  }
}
