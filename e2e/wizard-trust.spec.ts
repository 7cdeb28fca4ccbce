// The wizard as a demanding user meets it: the form and the YAML never disagree, nothing is lost
// without asking, and the browser's Back, Forward and reload keep the step. At desktop and phone width.
import { expect, test } from './fixtures.ts';
import { WizardPage } from './pages/wizardPage.ts';

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

for (const { name, viewport } of WIDTHS) {
  test.describe(`wizard at ${name} width`, () => {
    test.use({ viewport });

    test('each step has its own address: Back, Forward and reload keep the step', async ({ page }) => {
      const wizard = new WizardPage(page);
      await wizard.open();
      await expect(page).toHaveURL(/#\/wizard\/deployment$/);
      await wizard.next();
      await wizard.expectStep('Message storage');
      await expect(page).toHaveURL(/#\/wizard\/storage$/);
      await wizard.next();
      await wizard.expectStep('Settings');
      await expect(page).toHaveURL(/#\/wizard\/settings$/);

      await page.goBack();
      await wizard.expectStep('Message storage');
      await page.goBack();
      await wizard.expectStep('Deployment');
      await page.goForward();
      await wizard.expectStep('Message storage');
      await wizard.expectDraftToContain('"reached":2');
      await page.reload();
      await wizard.expectStep('Message storage');
      await page.goForward();
      await wizard.expectStep('Settings');
    });
  });
}
