// The wizard by keyboard alone, and axe's WCAG 2.2 AA check on every step (with errors and notices showing).
import { checkA11y, expect, test as base } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { WizardPage, at } from './pages/wizardPage.ts';

const test = base.extend<{ wizard: WizardPage }>({
  wizard: async ({ page }, use) => {
    const wizard = new WizardPage(page);
    await wizard.open();
    await use(wizard);
  },
});

test('the keyboard alone goes through every step and downloads the file', async ({ wizard, page }) => {
  const focused = page.locator(':focus');
  /** Presses Tab (or Shift+Tab) until the element has focus, so the test does not depend on exact tab counts. */
  const tabTo = async (target: import('@playwright/test').Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') => {
    for (let i = 0; i < 80; i += 1) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press(key);
    }
    throw new Error('could not reach the element with Tab');
  };

  // Step 1: mode by arrow keys, then the name.
  await tabTo(wizard.radio('Standalone'));
  await page.keyboard.press('ArrowDown');
  await expect(wizard.radio('Cluster')).toBeChecked();
  await tabTo(wizard.field('Name (metadata.name)'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('by-keyboard');
  await tabTo(wizard.nextButton);
  await page.keyboard.press('Enter');
  await wizard.expectStep('Message storage');
  // Focus moves to the new step's heading.
  await expect(focused).toHaveId('wizard-step-heading');

  // Step 2: arrows skip the disabled RocksMQ and NATS.
  await tabTo(wizard.radio('Woodpecker'));
  await page.keyboard.press('ArrowUp');
  await expect(wizard.radio('Kafka')).toBeChecked();
  await tabTo(wizard.nextButton);
  await page.keyboard.press('Enter');
  await wizard.expectStep('Settings');

  // Step 3: external Kafka with one broker added by keyboard.
  await tabTo(wizard.radio('In-cluster'));
  await page.keyboard.press('ArrowRight');
  await expect(wizard.radio('External')).toBeChecked();
  await tabTo(wizard.form.getByRole('button', { name: 'Add broker' }));
  await page.keyboard.press('Enter');
  await expect(focused).toHaveAccessibleName('Broker 1');
  await page.keyboard.type('kafka.example:9092');
  await tabTo(wizard.nextButton);
  await page.keyboard.press('Enter');
  await wizard.expectStep('Review');

  // Back to a completed step from the indicator, and forward again.
  await tabTo(wizard.steps.getByRole('button', { name: /Deployment/ }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await wizard.expectStep('Deployment');
  await tabTo(wizard.steps.getByRole('button', { name: /Review/ }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await wizard.expectStep('Review');

  // Step 4: the download button, by keyboard.
  await tabTo(wizard.form.getByRole('button', { name: 'Download milvuscluster.yaml' }));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('milvuscluster.yaml');
  const manifest = await wizard.downloadManifest(wizard.form);
  expect(at(manifest, 'metadata.name')).toBe('by-keyboard');
  expect(at(manifest, 'spec.mode')).toBe('cluster');
  expect(at(manifest, 'spec.dependencies.kafka.brokerList')).toEqual(['kafka.example:9092']);
});

test('Next stops at a step with problems and puts focus on the first one', async ({ wizard, page }) => {
  await wizard.next();
  await wizard.chooseStorage('Kafka');
  await wizard.next();
  await wizard.chooseSide('External');
  await wizard.next();
  await wizard.expectStep('Settings');
  await expect(wizard.form.getByRole('alert').filter({ hasText: 'need attention' })).toBeVisible();
  // The checker's words, which the form's rule calls (policy/admissionRules.ts EXTERNAL_WITHOUT_BROKERS).
  await expect(
    wizard.form.getByText('spec.dependencies.kafka.external is true but brokerList is empty'),
  ).toBeVisible();
  await wizard.form.getByRole('button', { name: 'Add broker' }).click();
  await wizard.next();
  await expect(page.locator(':focus')).toHaveAccessibleName('Broker 1');
});

/**
 * The states axe checks, each reached from a fresh wizard in its own test: one axe run per test,
 * so each stays short on a loaded machine (a single test running all twelve hit the 90 s timeout).
 */
const AXE_STATES: { state: string; reach: (wizard: WizardPage, page: Page) => Promise<void> }[] = [
  { state: 'Deployment', reach: async () => {} },
  {
    state: 'Deployment with an error and a notice showing',
    reach: async (wizard) => {
      await wizard.fill('Name (metadata.name)', 'Not Valid');
      await wizard.chooseVersion('2.5');
      await expect(wizard.form.getByRole('status')).toContainText('from Woodpecker to RocksMQ');
    },
  },
  {
    state: 'Message storage, cluster on 2.6',
    reach: async (wizard) => {
      await clusterOn26(wizard);
      await wizard.next();
      await wizard.expectStep('Message storage');
    },
  },
  {
    state: 'Settings of an external Kafka with a broker lacking its port and SASL_SSL',
    reach: async (wizard) => {
      await settingsOf(wizard, 'Kafka', 'External');
      await wizard.form.getByRole('button', { name: 'Add broker' }).click();
      await wizard.fill('Broker 1', 'no-port');
      await wizard.select('Security protocol (securityProtocol)', 'SASL_SSL');
    },
  },
  { state: 'Settings of an in-cluster Kafka', reach: (wizard) => settingsOf(wizard, 'Kafka', 'In-cluster') },
  { state: 'Settings of an external Pulsar', reach: (wizard) => settingsOf(wizard, 'Pulsar', 'External') },
  {
    state: 'Settings of an external Woodpecker',
    reach: (wizard) => settingsOf(wizard, 'Woodpecker', 'External'),
  },
  ...(['RocksMQ', 'NATS'] as const).map((storage) => ({
    state: `Settings of ${storage}, standalone on 2.5`,
    reach: async (wizard: WizardPage) => {
      await wizard.chooseVersion('2.5');
      await wizard.next();
      await wizard.chooseStorage(storage);
      await wizard.next();
      await wizard.expectStep('Settings');
    },
  })),
  {
    state: 'Review, the share link focused',
    reach: async (wizard) => {
      await wizard.nextUntil('Review');
      await wizard.form.getByRole('button', { name: 'Copy share link' }).focus();
    },
  },
  {
    state: 'the preview with a YAML problem',
    reach: async (wizard, page) => {
      await wizard.cursorToEnd();
      await page.keyboard.type('bad: yes: no');
      await page.keyboard.press('Escape');
      await expect(wizard.preview.getByRole('alert')).toBeVisible();
    },
  },
  {
    state: 'the Start over dialog',
    reach: async (_wizard, page) => {
      await page.getByRole('button', { name: 'Start over' }).click();
      await expect(page.getByRole('dialog', { name: 'Start over?' })).toBeVisible();
    },
  },
];

async function clusterOn26(wizard: WizardPage): Promise<void> {
  await wizard.chooseVersion('2.6');
  await wizard.chooseMode('Cluster');
}

/** A cluster on 2.6 with this storage, on the Settings step with this side chosen. */
async function settingsOf(
  wizard: WizardPage,
  storage: 'Kafka' | 'Pulsar' | 'Woodpecker',
  side: 'In-cluster' | 'External',
): Promise<void> {
  await clusterOn26(wizard);
  await wizard.next();
  await wizard.chooseStorage(storage);
  await wizard.next();
  await wizard.expectStep('Settings');
  await wizard.chooseSide(side);
}

test.describe('every step passes axe (WCAG 2.2 AA)', () => {
  for (const { state, reach } of AXE_STATES) {
    test(state, async ({ wizard, page }) => {
      await reach(wizard, page);
      await checkA11y(page);
    });
  }
});

test('below 960px the preview stacks under the form', async ({ wizard, page }) => {
  const formBox = await wizard.form.boundingBox();
  const previewBox = await wizard.preview.boundingBox();
  expect(previewBox!.x).toBeGreaterThan(formBox!.x + formBox!.width - 1);
  await page.setViewportSize({ width: 800, height: 900 });
  await expect
    .poll(async () => {
      const [f, p] = [await wizard.form.boundingBox(), await wizard.preview.boundingBox()];
      return p!.y >= f!.y + f!.height - 1;
    })
    .toBe(true);
  await checkA11y(page);
});
