// The Output API cards on the Deployment step: each card's label and description sit inside the
// card, the description right under its label, at every width. At 1440 px the v1beta1 card is
// stretched to the height of its v1alpha1 neighbour, and its description once sat at the bottom,
// far from its label (issue #20: "the v1beta1 output card's text is misplaced").
import { expect, test } from './fixtures.ts';
import { WizardPage } from './pages/wizardPage.ts';

for (const width of [1440, 390, 320]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('each Output API card holds its text, the description right under the label', async ({ page }) => {
      const wizard = new WizardPage(page);
      await wizard.open();
      for (const name of ['milvus.io/v1beta1', 'milvus.io/v1alpha1']) {
        const card = wizard.radioCard(name);
        const box = (await card.root.boundingBox())!;
        const label = (await card.label.boundingBox())!;
        const description = (await card.description.boundingBox())!;
        for (const [what, inner] of [
          ['label', label],
          ['description', description],
        ] as const) {
          expect(inner.x, `${name}: ${what} inside the card (left)`).toBeGreaterThanOrEqual(box.x);
          expect(inner.y, `${name}: ${what} inside the card (top)`).toBeGreaterThanOrEqual(box.y);
          expect(inner.x + inner.width, `${name}: ${what} inside the card (right)`).toBeLessThanOrEqual(
            box.x + box.width + 0.5,
          );
          expect(inner.y + inner.height, `${name}: ${what} inside the card (bottom)`).toBeLessThanOrEqual(
            box.y + box.height + 0.5,
          );
        }
        expect(
          description.y - (label.y + label.height),
          `${name}: description right under its label`,
        ).toBeLessThan(12);
        expect(label.y - box.y, `${name}: label at the top of its card`).toBeLessThan(24);
      }
    });
  });
}
