// Layout faults a demanding user meets: a table that widens its card, tokens broken mid-word, a
// command that does not wrap, a notice touching the next label, and one page's styles leaking into
// another.
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSideScroll, test } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { WizardPage } from './pages/wizardPage.ts';

/** How many lines the first occurrence of `text` inside `scope` is laid out on. */
async function linesOf(scope: Locator, text: string): Promise<number> {
  return scope.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
    }
    throw new Error(`"${wanted}" is not shown`);
  }, text);
}

async function openSupportTable(page: Page): Promise<Locator> {
  return new WizardPage(page).openSupportTable();
}

test('the support table scrolls inside its own card, which stays beside the YAML preview', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openSupportTable(page);
  const wizard = new WizardPage(page);
  const card = (await wizard.form.boundingBox())!;
  const preview = (await wizard.preview.boundingBox())!;
  expect(card.x + card.width, 'the step card ends before the preview starts').toBeLessThanOrEqual(preview.x);
  const wrap = (await page.locator('.support-matrix').boundingBox())!;
  expect(wrap.x + wrap.width).toBeLessThanOrEqual(card.x + card.width);
});

test('at phone width the open support table scrolls inside its card, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await openSupportTable(page);
  await expectNoSideScroll(page, 'support table open');
  const scroller = page.locator('.support-matrix-wrap');
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

test('narrowing the window from desktop to phone width shrinks the YAML editors with it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.previewEditor.waitForMonaco();
  await page.setViewportSize({ width: 390, height: 800 });
  await expect
    .poll(() => wizard.preview.evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth))
    .toBe(true);
  await expect
    .poll(() => wizard.previewEditor.frame.evaluate((el) => el.scrollWidth <= el.clientWidth))
    .toBe(true);
  await expectNoSideScroll(page, 'wizard after narrowing the window');

  await page.setViewportSize({ width: 1440, height: 900 });
  const shell = new AppShell(page);
  await shell.navigateWith('Check YAML');
  await shell.waitForEditorsToLoad();
  await page.setViewportSize({ width: 390, height: 800 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSideScroll(page, 'check page after narrowing the window');
});

test('the support table gives each row its reason once', async ({ page }) => {
  const table = await openSupportTable(page);
  const reasons = await table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.querySelector('td:last-child')?.textContent ?? ''));
  for (const reason of reasons) {
    const sentences = reason.split(/(?<=\.)\s+/).filter(Boolean);
    expect(new Set(sentences).size, `"${reason}" repeats itself`).toBe(sentences.length);
    expect(reason).not.toMatch(/(Woodpecker arrived in Milvus 2\.6).*\1/);
  }
  const woodpecker = table.getByRole('row', { name: /Standalone, Woodpecker/ });
  await expect(woodpecker.locator('td').last()).toHaveText(/^Woodpecker arrived in Milvus 2\.6[^.]*\.$/);
});

for (const width of [320, 390]) {
  test(`at ${width} px Review wraps whole tokens and the kubectl line`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const wizard = new WizardPage(page);
    await wizard.open();
    await wizard.next();
    await wizard.chooseStorage('Kafka');
    await wizard.next();
    await wizard.chooseSide('External');
    await wizard.addBrokers('kafka-0.example:9092', 'kafka-1.example:9092');
    await wizard.next();
    await wizard.expectStep('Review');
    await expectNoSideScroll(page, 'Review');

    const summary = wizard.form.locator('dl.summary');
    for (const token of ['milvus.io/v1beta1', 'kafka-0.example:9092', 'kafka-1.example:9092']) {
      expect(await linesOf(summary, token), `"${token}" stays on one line`).toBe(1);
    }

    const command = wizard.form.locator('code.command', { hasText: 'kubectl apply -f milvuscluster.yaml' });
    await expect(command).toBeVisible();
    expect(
      await command.evaluate((el) => el.scrollWidth <= el.clientWidth),
      'the kubectl line wraps instead of scrolling',
    ).toBe(true);
    const box = (await command.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
  });
}

test('the storage-changed notice keeps its distance from the "Deployment mode" label', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.chooseVersion('2.5');
  const notice = wizard.form.getByRole('status').filter({ hasText: 'from Woodpecker to RocksMQ' });
  await expect(notice).toBeVisible();
  const legend = wizard.form.locator('legend', { hasText: 'Deployment mode' });
  const gap =
    (await legend.boundingBox())!.y -
    ((await notice.boundingBox())!.y + (await notice.boundingBox())!.height);
  expect(gap).toBeGreaterThanOrEqual(12);
});

test("the decision page's styles do not change the wizard's buttons", async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open();
  const looks = (button: Locator) =>
    button.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        color: s.color,
        background: s.backgroundColor,
        border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`,
        radius: s.borderTopLeftRadius,
        padding: s.padding,
      };
    });
  const before = {
    next: await looks(wizard.nextButton),
    download: await looks(wizard.preview.getByRole('button', { name: /Download/ })),
  };

  const shell = new AppShell(page);
  await shell.navigateWith('RocksMQ or NATS?');
  await expect(page.getByRole('region', { name: 'Recommendation' })).toBeVisible();
  await shell.navigateWith('Wizard');
  await wizard.expectStep('Deployment');

  expect({
    next: await looks(wizard.nextButton),
    download: await looks(wizard.preview.getByRole('button', { name: /Download/ })),
  }).toEqual(before);
});
