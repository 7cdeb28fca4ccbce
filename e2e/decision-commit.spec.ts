// The decision page answers for the size the user committed (blur, Enter or a pause), never for a
// half-typed one, and keeps that size when the user goes to the wizard and comes Back (issue #20).
import { expect, test } from './fixtures.ts';
import { DecisionHelper } from './pages/decisionPage.ts';

for (const width of [1440, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('typing 99999 never shows the answer for 9,999 KB; Enter shows the error for 99999', async ({
      page,
    }) => {
      // A frozen clock: on a loaded machine a slow keystroke must not fire the pause commit mid-number.
      await page.clock.install();
      const decision = new DecisionHelper(page);
      await decision.open();
      await decision.setPacketSizeKB(1);
      await expect(decision.readout()).toHaveText('= 1 KB');
      // Every size the page ever decides on while the user types, recorded in the page itself.
      await decision.readout().evaluate((readout) => {
        const seen: string[] = [];
        (window as unknown as { seenSizes: string[] }).seenSizes = seen;
        new MutationObserver(() => seen.push(readout.textContent ?? '')).observe(readout, {
          subtree: true,
          characterData: true,
          childList: true,
        });
      });
      await decision.packetSizeKB.fill('');
      await decision.packetSizeKB.pressSequentially('99999');
      await expect(decision.readout()).toHaveText('= 1 KB');
      await decision.packetSizeKB.press('Enter');
      await expect(page.getByRole('alert')).toContainText('from 1 to 16384 KB');
      await expect(page.getByRole('alert')).toContainText('last valid size, 1 KB');
      await expect(decision.answer()).toHaveText('RocksMQ');
      const seen = await page.evaluate(() => (window as unknown as { seenSizes: string[] }).seenSizes);
      expect(seen.filter((text) => /9\.7\d MB|9,?999/.test(text))).toEqual([]);
    });

    test('a pause after typing commits the size without Enter or leaving the field', async ({ page }) => {
      const decision = new DecisionHelper(page);
      await decision.open();
      await decision.packetSizeKB.fill('1024');
      await expect(decision.packetSizeKB).toBeFocused();
      await expect(decision.readout()).toHaveText('= 1 MB');
      await expect(decision.answer()).toHaveText('NATS');
    });

    test('leaving the field commits the size', async ({ page }) => {
      const decision = new DecisionHelper(page);
      await decision.open();
      await decision.packetSizeKB.fill('1024');
      await decision.packetSizeKB.press('Tab');
      await expect(decision.readout()).toHaveText('= 1 MB');
    });

    test('Back from the wizard after "Use NATS" keeps the typed packet size and its answer', async ({
      page,
    }) => {
      const decision = new DecisionHelper(page);
      await decision.open();
      await decision.chooseVersion('2.4');
      await decision.setPacketSizeKB(1024);
      await expect(decision.answer()).toHaveText('NATS');
      await decision.useButton('NATS').click();
      await expect(page).toHaveURL(/#\/wizard(\/[a-z]+)?$/);
      await page.goBack();
      await expect(page).toHaveURL(/#\/rocksmq-or-nats$/);
      await expect(decision.packetSizeKB).toHaveValue('1024');
      await expect(decision.readout()).toHaveText('= 1 MB');
      await expect(decision.answer()).toHaveText('NATS');
    });

    test('typing a size and pressing "Use NATS" with the pointer, no Enter: the press is not lost, and Back shows the size', async ({
      page,
    }) => {
      await page.clock.install();
      const decision = new DecisionHelper(page);
      await decision.open();
      await decision.chooseVersion('2.4');
      await expect(decision.answer()).toHaveText('RocksMQ');
      // Time stands still from here: no pause commit; only the press itself commits the typed size.
      await page.clock.pauseAt(Date.now() + 60_000);
      await decision.packetSizeKB.fill('1024');
      await decision.useButton('NATS').scrollIntoViewIfNeeded();
      const box = await decision.useButton('NATS').boundingBox();
      if (!box) throw new Error('"Use NATS" is not on screen');
      // A real press and release at the button (locator.click() would retry on a moved target).
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.up();
      await page.clock.runFor(50);
      await expect(page).toHaveURL(/#\/wizard(\/[a-z]+)?$/);
      await expect(page.getByText('Message storage set to NATS')).toBeVisible();
      await page.goBack();
      await expect(decision.packetSizeKB).toHaveValue('1024');
      await expect(decision.answer()).toHaveText('NATS');
    });
  });
}
