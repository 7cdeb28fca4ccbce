// Every page, every wizard step and the states users reach (support table open, Review after "Open
// in wizard", the check page with results) at phone widths: nothing scrolls sideways, and axe
// (WCAG 2.2 A/AA, with Monaco loaded and checked) finds nothing.
import type { Page } from '@playwright/test';
import { checkA11y, expect, expectNoSideScroll, test } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { CheckYamlPage } from './pages/checkPage.ts';
import { WizardPage } from './pages/wizardPage.ts';

/** The page as a user sees it in this state: no sideways scroll, and no axe finding. */
async function expectFits(page: Page, state: string): Promise<void> {
  await new AppShell(page).waitForEditorsToLoad();
  await expectNoSideScroll(page, state);
  await checkA11y(page);
}

for (const width of [320, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('every wizard step fits, with the support table open and brokers listed', async ({ page }) => {
      const wizard = new WizardPage(page);
      await wizard.open();
      await expectFits(page, 'Deployment');
      await wizard.chooseVersion('2.5');
      await expect(wizard.form.getByRole('status')).toContainText('from Woodpecker to RocksMQ');
      await expectFits(page, 'Deployment with the storage-changed notice');
      await wizard.chooseVersion('2.6');

      await wizard.next();
      await wizard.expectStep('Message storage');
      await expectFits(page, 'Message storage');
      await page.getByText('Which storage runs where').click();
      await expect(page.getByRole('table', { name: /Message storage support/ })).toBeVisible();
      await expectFits(page, 'Message storage with the support table open');

      await wizard.next();
      await wizard.expectStep('Settings');
      await expectFits(page, 'Settings (Woodpecker)');
      await wizard.goToStep('Message storage');
      await wizard.chooseStorage('Kafka');
      await wizard.goToStep('Settings');
      await wizard.chooseSide('External');
      await wizard.addBrokers('kafka-0.example:9092', 'kafka-1.example:9092');
      await expectFits(page, 'Settings (external Kafka with two brokers)');

      await wizard.next();
      await wizard.expectStep('Review');
      await expectFits(page, 'Review');
    });

    test('the settings of every storage fit, on both sides', async ({ page }) => {
      const wizard = new WizardPage(page);
      await wizard.open();
      await wizard.nextUntil('Settings');
      for (const storage of ['Pulsar', 'Kafka', 'Woodpecker'] as const) {
        await wizard.goToStep('Message storage');
        await wizard.chooseStorage(storage);
        await wizard.goToStep('Settings');
        await wizard.chooseSide('External');
        await expectFits(page, `Settings (external ${storage})`);
      }
      await wizard.goToStep('Deployment');
      await wizard.chooseVersion('2.5');
      for (const storage of ['RocksMQ', 'NATS'] as const) {
        await wizard.goToStep('Message storage');
        await wizard.chooseStorage(storage);
        await wizard.goToStep('Settings');
        await expectFits(page, `Settings (${storage})`);
      }
      await page.getByRole('button', { name: 'Start over' }).click();
      await expect(page.getByRole('dialog', { name: 'Start over?' })).toBeVisible();
      await expectFits(page, 'the Start over dialog');
    });

    test('the check page fits, empty and with results, and so does Review after "Open in wizard"', async ({
      page,
    }) => {
      const check = new CheckYamlPage(page);
      await check.open();
      await expectFits(page, 'Check page');
      await check.loadExample('Docs: NATS');
      await check.waitForResults();
      await expect(check.diagnostics().first()).toBeVisible();
      await expectFits(page, 'Check page with results');

      await check.openInWizard();
      const wizard = new WizardPage(page);
      await wizard.expectStep('Review');
      await expectFits(page, 'Review after "Open in wizard"');
    });

    test('the decision page fits, with a crossover note, an input error and cluster mode', async ({
      page,
    }) => {
      const shell = new AppShell(page);
      await shell.goto('#/rocksmq-or-nats');
      await expect(page.getByRole('region', { name: 'Recommendation' })).toBeVisible();
      await expectFits(page, 'RocksMQ or NATS?');
      await page.getByLabel('Packet size (KB)').fill('0');
      await page.getByRole('radio', { name: 'Cluster' }).check();
      await expectFits(page, 'RocksMQ or NATS? with an error and cluster mode');
    });
  });
}
