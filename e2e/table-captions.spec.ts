// A table's name is read in full at every width: it wraps beside the scroller, not inside it,
// where a phone would cut it off at the scroller's edge (issue #20).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DecisionHelper } from './pages/decisionPage.ts';
import { WizardPage } from './pages/wizardPage.ts';

/** The element that names the table, and whether every line of it lies inside the viewport. */
async function captionFullyVisible(page: Page, table: Locator): Promise<boolean> {
  const captionId = await table.getAttribute('aria-labelledby');
  expect(captionId, 'the table is named by a visible caption').toBeTruthy();
  const caption = page.locator(`[id="${captionId}"]`);
  await expect(caption).toBeVisible();
  return caption.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return Array.from(range.getClientRects()).every((r) => r.left >= 0 && r.right <= window.innerWidth + 0.5);
  });
}

for (const width of [1440, 390, 320]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("the decision page's measured table caption wraps and is fully visible", async ({ page }) => {
      const decision = new DecisionHelper(page);
      await decision.open();
      await decision.measuredTable.scrollIntoViewIfNeeded();
      expect(await captionFullyVisible(page, decision.measuredTable)).toBe(true);
    });

    test("the wizard's support table caption wraps and is fully visible", async ({ page }) => {
      const table = await new WizardPage(page).openSupportTable();
      expect(await captionFullyVisible(page, table)).toBe(true);
    });
  });
}
