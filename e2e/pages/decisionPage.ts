// The "RocksMQ or NATS?" helper page: packet size, mode, version, the answer and its "Use" buttons.
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.ts';
import { AppShell } from './AppShell.ts';

/** The decision page, in the words a user would use. */
export class DecisionHelper extends AppShell {
  readonly recommendation: Locator;
  readonly packetSizeKB: Locator;
  readonly slider: Locator;
  readonly measuredTable: Locator;
  /** The measured table's sideways scroller (a named, focusable region). */
  readonly tableScroller: Locator;

  constructor(page: Page) {
    super(page);
    this.recommendation = page.getByRole('region', { name: 'Recommendation' });
    this.packetSizeKB = page.getByLabel('Packet size (KB)');
    this.slider = page.getByRole('slider', { name: 'Typical packet size' });
    this.measuredTable = page.getByRole('table', { name: /RocksMQ and NATS by packet size/ });
    this.tableScroller = page.getByRole('region', { name: 'Measured data, scrollable' });
  }

  async open(): Promise<void> {
    await this.goto('#/rocksmq-or-nats');
    await expect(this.page.getByRole('heading', { level: 1, name: 'RocksMQ or NATS?' })).toBeVisible();
  }

  /** Types the size and commits it with Enter, as the page decides on committed sizes only. */
  async setPacketSizeKB(kb: number): Promise<void> {
    await this.packetSizeKB.fill(String(kb));
    await this.packetSizeKB.press('Enter');
  }

  /** What "= 64 KB" beside the field says: the size the recommendation is for. */
  readout(): Locator {
    return this.page.locator('.packet-size-readout');
  }

  async chooseMode(mode: 'Standalone' | 'Cluster'): Promise<void> {
    await this.page.getByRole('radio', { name: mode }).check();
  }

  async chooseVersion(minor: '2.3' | '2.4' | '2.5' | '2.6'): Promise<void> {
    await this.page.getByLabel('Milvus version').selectOption(minor);
  }

  useButton(name: 'RocksMQ' | 'NATS'): Locator {
    return this.recommendation.getByRole('button', { name: `Use ${name}` });
  }

  /**
   * Which edges of the table's scroller show the cue that more lies beyond them: the shadow is
   * drawn (opacity 1, after its fade) at the start and at the end.
   */
  async scrollCue(): Promise<{ start: boolean; end: boolean }> {
    return this.tableScroller.evaluate((scroller) => {
      const shown = (pseudo: string) => getComputedStyle(scroller.parentElement!, pseudo).opacity === '1';
      return { start: shown('::before'), end: shown('::after') };
    });
  }

  /** Scrolls the table sideways to its end with the arrow key, as a keyboard user does. */
  async scrollTableToEndByKeyboard(): Promise<void> {
    await this.tableScroller.focus();
    for (let i = 0; i < 60; i += 1) {
      const atEnd = await this.tableScroller.evaluate(
        (el) => el.scrollLeft >= el.scrollWidth - el.clientWidth - 1,
      );
      if (atEnd) return;
      await this.page.keyboard.press('ArrowRight');
    }
    throw new Error('the table did not scroll to its end with ArrowRight');
  }

  /** The one-word answer: RocksMQ, NATS or Neither. */
  answer(): Locator {
    return this.recommendation.locator('.choice-badge');
  }
}
