// Labels, legends and help in the wizard wrap between words, and an identifier in them
// (values.bookkeeper.replicaCount) only after one of its dots: never mid-name, as
// "re plicaCount" did on a phone (issue #20). A name alone wider than the line may still break.
import type { Page } from '@playwright/test';
import { expect, expectNoSideScroll, test } from './fixtures.ts';
import { WizardPage, type StorageName } from './pages/wizardPage.ts';

/** Lines a piece of text takes: the distinct tops of its rendered boxes. */
async function linesOf(page: Page, selector: string, text: string): Promise<number> {
  return page
    .locator(selector, { hasText: text })
    .first()
    .evaluate((code) => {
      const range = document.createRange();
      range.selectNodeContents(code);
      return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
    });
}

/**
 * Every piece of every identifier (the text between its dots) that is narrower than the line it
 * sits in is on one line; returns those split, with their widths.
 */
async function identifiersSplitMidName(page: Page): Promise<string[]> {
  const { count, split } = await page.locator('form.wizard-card').evaluate((form) => {
    const split: string[] = [];
    const codes = Array.from(form.querySelectorAll('code.identifier'));
    for (const code of codes) {
      const block = code.closest('p, label, legend, span.radio-description')!;
      const line = block.getBoundingClientRect().width;
      for (const node of Array.from(code.childNodes)) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rects = Array.from(range.getClientRects());
        const tops = new Set(rects.map((r) => Math.round(r.top)));
        const width = rects.reduce((sum, r) => sum + r.width, 0);
        if (tops.size > 1 && width <= line)
          split.push(`${node.textContent} (${Math.round(width)} of ${line} px)`);
      }
    }
    return { count: codes.length, split };
  });
  expect(count, 'the step shows identifiers to measure').toBeGreaterThan(0);
  return split;
}

async function openSettings(wizard: WizardPage, storage: StorageName): Promise<void> {
  await wizard.open();
  await wizard.chooseMode('Cluster');
  await wizard.next();
  await wizard.chooseStorage(storage);
  await wizard.next();
  await wizard.expectStep('Settings');
}

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a field path in help, and a name in a label, stay on one line', async ({ page }) => {
    const wizard = new WizardPage(page);
    await openSettings(wizard, 'Pulsar');
    expect(await linesOf(page, '.field-help code.identifier', 'values.bookkeeper.replicaCount')).toBe(1);
    expect(await linesOf(page, 'label code.identifier', 'autoSkipNonRecoverableData')).toBe(1);
  });
});

for (const width of [390, 320]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    for (const storage of ['Pulsar', 'Kafka', 'Woodpecker'] as const) {
      test(`${storage} settings: no identifier breaks mid-name, and the form fits`, async ({ page }) => {
        const wizard = new WizardPage(page);
        await openSettings(wizard, storage);
        if (storage !== 'Woodpecker') {
          await wizard.chooseSide('External');
          expect(await identifiersSplitMidName(page), `${storage}, external`).toEqual([]);
          await wizard.chooseSide('In-cluster');
        }
        expect(await identifiersSplitMidName(page), storage).toEqual([]);
        await expectNoSideScroll(page, `${storage} settings`);
      });
    }

    test('Deployment and Message storage: no identifier breaks mid-name', async ({ page }) => {
      const wizard = new WizardPage(page);
      await wizard.open();
      await wizard.chooseMode('Cluster');
      expect(await identifiersSplitMidName(page), 'Deployment').toEqual([]);
      await wizard.next();
      expect(await identifiersSplitMidName(page), 'Message storage').toEqual([]);
    });
  });
}
