// The decision page's measured table scrolls sideways on a phone: a shadow at the edge where more
// columns lie says so, and the scroller is a named region keyboard users can focus and scroll
// (issue #20: "the decision table scrolls sideways with no cue").
import { checkA11y, expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { DecisionHelper } from './pages/decisionPage.ts';

/** Opens the decision page; returns it and whether its table is wider than its scroller. */
async function openTable(page: Page): Promise<{ decision: DecisionHelper; overflows: boolean }> {
  const decision = new DecisionHelper(page);
  await decision.open();
  await expect(decision.measuredTable).toBeVisible();
  const overflows = await decision.tableScroller.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  return { decision, overflows };
}

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the cue shows at the edge with more columns, moves as the table scrolls, and goes at the end', async ({
    page,
  }) => {
    const { decision, overflows } = await openTable(page);
    expect(overflows, 'the table is wider than a phone').toBe(true);
    await expect.poll(() => decision.scrollCue()).toEqual({ start: false, end: true });

    await decision.scrollTableToEndByKeyboard();
    await expect(decision.tableScroller).toBeFocused();
    await expect.poll(() => decision.scrollCue()).toEqual({ start: true, end: false });
    await checkA11y(page, { include: ['.decision-page'] });
  });
});

test.describe('at 1440 px', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('no cue shows when the table fits', async ({ page }) => {
    const { decision, overflows } = await openTable(page);
    expect(overflows, 'the table fits').toBe(false);
    await expect.poll(() => decision.scrollCue()).toEqual({ start: false, end: false });
  });
});
