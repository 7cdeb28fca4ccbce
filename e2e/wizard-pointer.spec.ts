// A message revealed when a field is left must not move what the user pressed to leave it, nor may
// a step whose code arrives after the page has shown (a reload on Settings): the press and the
// release are two events, and the release decides the click. With real pointer
// events (not locator.click(), which waits for the target to hold still and retries), a press held
// for two frames lets the page lay out the revealed message before the release, as a person's
// press does.
import type { Locator, Page } from '@playwright/test';
import { expect, test as base } from './fixtures.ts';
import { WizardPage, holdCheckWorker } from './pages/wizardPage.ts';

/** Presses and releases the mouse at the middle of `target` as it is before the press. */
async function pressLikeAPerson(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('the target is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  // The press lasts two frames: whatever the focus change shows is laid out before the release.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
  await page.mouse.up();
}

const test = base.extend<{ wizard: WizardPage }>({
  wizard: async ({ page }, use) => {
    const wizard = new WizardPage(page);
    await wizard.open();
    await use(wizard);
  },
});

for (const width of [1440, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 600 ? 900 : 844 } });

    test('"Next: Review" pressed straight from the Kafka SASL password goes to Review; the warning shows after', async ({
      wizard,
      page,
    }) => {
      await wizard.chooseMode('Cluster');
      await wizard.setUpKafkaSasl({ brokers: ['kafka.example:9092'], protocol: 'SASL_PLAINTEXT' });
      const password = wizard.field('SASL password (saslPassword)');
      await password.fill('secret');
      await expect(password).toBeFocused();

      await pressLikeAPerson(page, wizard.nextButton);
      await wizard.expectStep('Review');
      await expect(
        wizard
          .reviewProblems()
          .filter({ hasText: /password/i })
          .first(),
      ).toBeVisible();
    });

    test('Download held right after a reload on Settings stays under the pointer, and the click is kept', async ({
      wizard,
      page,
    }) => {
      // The CI run that found it: after a reload on Settings, Download (under the form on a phone)
      // was pressed as the step's code arrived and the form grew above it by 2,700 px. The
      // checker is held too, so its findings arrive while the button is held.
      await wizard.setUpKafkaSasl({ brokers: ['kafka.example:9093'], password: 'Typed-Pa55word' });
      await wizard.expectDraftToContain('"saslUsername":"milvus"');

      const worker = await holdCheckWorker(page);
      // The Settings step's code comes 3 s after it is asked for, as on a slow network.
      await page.route(/\/assets\/SettingsStep-[^/]*\.js$/, async (route) => {
        await new Promise((done) => setTimeout(done, 3000));
        await route.fallback();
      });
      await page.reload();
      await wizard.expectStep('Settings');
      const download = wizard.preview.getByRole('button', { name: 'Download milvuscluster.yaml' });
      await download.scrollIntoViewIfNeeded();
      const before = await download.boundingBox();
      if (!before) throw new Error('Download is not on screen');
      await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
      await page.mouse.down();
      worker.release();
      // The step's code (if the page had shown without it) and the check of this small manifest
      // arrive within this; a shorter wait could only let a page that moves pass, never fail one
      // that holds still.
      await page.waitForTimeout(4000);
      expect(await download.boundingBox()).toEqual(before);
      await page.mouse.up();

      // The draft has no password: the checker's error makes Download ask first, and now shows.
      await expect(wizard.preview.getByRole('alertdialog')).toContainText('Not downloaded yet');
      await expect(wizard.errorNear(wizard.field('SASL password (saslPassword)'))).toContainText(
        'saslPassword is not set',
      );
    });

    test('"+ Add pool" pressed straight from the External choice of Woodpecker adds a pool', async ({
      wizard,
      page,
    }) => {
      await wizard.chooseMode('Cluster');
      await wizard.chooseVersion('3.0');
      await wizard.next();
      await wizard.chooseStorage('Woodpecker');
      await wizard.next();
      await wizard.chooseSide('External');
      await expect(wizard.radio('External')).toBeFocused();

      await pressLikeAPerson(page, wizard.form.getByRole('button', { name: 'Add pool' }));
      await expect(wizard.form.getByRole('group', { name: 'Pool 1' })).toBeVisible();
      // The warning the External choice earned shows once the press is over.
      await expect(wizard.warningNear(wizard.radio('External'))).toBeVisible();
    });
  });
}
