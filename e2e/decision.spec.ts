// The "RocksMQ or NATS?" helper: the answer for a packet size and deployment, the evidence behind
// it, and the hand-over to the wizard.
import { checkA11y, expect, test as base } from './fixtures.ts';
import { parse } from 'yaml';
import { AppShell } from './pages/AppShell.ts';
import { DecisionHelper } from './pages/decisionPage.ts';
import { WizardPage } from './pages/wizardPage.ts';

const test = base.extend<{ decision: DecisionHelper }>({
  decision: async ({ page }, use) => {
    const decision = new DecisionHelper(page);
    await decision.open();
    await use(decision);
  },
});

test('opens from the navigation tab "RocksMQ or NATS?"', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.goto('#/wizard');
  await shell.navigateWith('RocksMQ or NATS?');
  await expect(page).toHaveURL(/#\/rocksmq-or-nats$/);
  await expect(page.getByRole('region', { name: 'Recommendation' })).toBeVisible();
});

test('1 KB packets get RocksMQ, for memory, CPU and response time', async ({ decision }) => {
  await decision.setPacketSizeKB(1);
  await expect(decision.answer()).toHaveText('RocksMQ');
  await expect(decision.recommendation).toContainText('RocksMQ wins on memory, CPU and response time');
  await expect(decision.recommendation).toContainText('0.898');
});

test('1 MB packets get NATS, with the experiments-only caveat', async ({ decision }) => {
  await decision.setPacketSizeKB(1024);
  await expect(decision.answer()).toHaveText('NATS');
  await expect(decision.recommendation).toContainText('experiments only');
  await expect(decision.recommendation).toContainText('deprecated in Milvus 2.5');
  await expect(decision.useButton('NATS')).toBeEnabled();
});

test('production keeps RocksMQ even for 1 MB packets', async ({ decision, page }) => {
  await decision.setPacketSizeKB(1024);
  await page.getByRole('checkbox', { name: 'Production' }).check();
  await expect(decision.answer()).toHaveText('RocksMQ');
  await expect(decision.recommendation).toContainText('NATS is advised for experiments only');
});

test('tight memory keeps RocksMQ for 1 MB packets', async ({ decision, page }) => {
  await decision.setPacketSizeKB(1024);
  await page.getByRole('radio', { name: 'Tight' }).check();
  await expect(decision.answer()).toHaveText('RocksMQ');
  await expect(decision.recommendation).toContainText("NATS used 4.3 times RocksMQ's memory");
});

test('cluster mode recommends neither, points to Pulsar or Kafka and disables both buttons with the reason', async ({
  decision,
}) => {
  await decision.chooseMode('Cluster');
  await expect(decision.answer()).toHaveText('Neither');
  await expect(decision.recommendation).toContainText('Cluster mode needs Pulsar or Kafka');
  await expect(decision.recommendation).toContainText('single Milvus process');
  await expect(decision.useButton('RocksMQ')).toBeDisabled();
  await expect(decision.useButton('NATS')).toBeDisabled();
  await expect(decision.useButton('RocksMQ')).toHaveAccessibleDescription(
    /RocksMQ is embedded in a single Milvus process/,
  );
});

test('Milvus 2.6 never recommends NATS, points to Woodpecker, and disables "Use NATS" with the reason', async ({
  decision,
}) => {
  await decision.chooseVersion('2.6');
  for (const kb of [1, 1024, 16384]) {
    await decision.setPacketSizeKB(kb);
    await expect(decision.answer()).toHaveText('RocksMQ');
    await expect(decision.recommendation).toContainText('Woodpecker');
  }
  await expect(decision.useButton('NATS')).toBeDisabled();
  await expect(decision.useButton('NATS')).toHaveAccessibleDescription(/NATS was removed in Milvus 2\.6/);
  await expect(decision.useButton('RocksMQ')).toBeEnabled();
});

test('near 64 KB the answer is called a crossover and shows the measured rows either side', async ({
  decision,
}) => {
  await decision.setPacketSizeKB(200);
  await expect(decision.recommendation).toContainText('a crossover, not a cliff');
  await expect(decision.recommendation).toContainText('64 KB packets (10,000 of them)');
  await expect(decision.recommendation).toContainText('1 MB packets (500 of them)');
});

test('the slider and the number field stay in sync', async ({ decision, page }) => {
  await decision.setPacketSizeKB(1024);
  await expect(decision.slider).toHaveAttribute('aria-valuetext', '1 MB');

  await decision.slider.focus();
  await page.keyboard.press('End');
  await expect(decision.packetSizeKB).toHaveValue('16384');
  await expect(decision.slider).toHaveAttribute('aria-valuetext', '16 MB');

  await page.keyboard.press('Home');
  await expect(decision.packetSizeKB).toHaveValue('1');
  await page.keyboard.press('ArrowRight');
  await expect(decision.packetSizeKB).toHaveValue('2');
  await expect(decision.slider).toHaveAttribute('aria-valuetext', '2 KB');

  await decision.setPacketSizeKB(64);
  await expect(decision.slider).toHaveAttribute('aria-valuetext', '64 KB');
});

test('a size out of range is explained next to the field and the last valid size is kept', async ({
  decision,
  page,
}) => {
  await decision.setPacketSizeKB(64);
  await decision.packetSizeKB.fill('20000');
  await expect(decision.packetSizeKB).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('from 1 to 16384 KB');
  await expect(page.getByRole('alert')).toContainText('last valid size, 64 KB');
  await expect(decision.answer()).toHaveText('RocksMQ');
});

test('the nearest measured row is highlighted in the table and the charts', async ({ decision, page }) => {
  await decision.setPacketSizeKB(200);
  const nearest = decision.measuredTable.locator('tbody[data-nearest]');
  await expect(nearest).toHaveCount(1);
  await expect(nearest.getByRole('rowheader')).toContainText('64 KB');
  await expect(nearest).toContainText('nearest to your 200 KB');

  const charts = page.getByRole('img', { name: /by packet size, log scale/ });
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    await expect(chart).toHaveAccessibleName(
      /Highlighted: the 64 KB test, nearest to your packet size of 200 KB/,
    );
  }

  await decision.setPacketSizeKB(4096);
  await expect(nearest.getByRole('rowheader')).toContainText('5 MB');
});

test('the evidence names its sources', async ({ decision: _opened, page }) => {
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence).toContainText('Optimizing Data Communication: Milvus Embraces NATS Messaging');
  await expect(evidence).toContainText('M1 Pro, 16 GB memory, 50 operations per test');
  await expect(evidence.getByRole('link', { name: 'milvus-io/milvus#25516' })).toBeVisible();
});

test('"Use RocksMQ" opens the wizard', async ({ decision, page }) => {
  await decision.useButton('RocksMQ').click();
  await expect(page).toHaveURL(/#\/wizard(\/[a-z]+)?$/);
});

test('"Use NATS" carries the chosen version to the wizard, whose preview then runs NATS on 2.4', async ({
  decision,
  page,
}) => {
  await decision.chooseVersion('2.4');
  await decision.setPacketSizeKB(1024);
  await decision.useButton('NATS').click();
  await expect(page).toHaveURL(/#\/wizard(\/[a-z]+)?$/);
  const wizard = new WizardPage(page);
  const yaml = parse(await wizard.downloadText()) as {
    spec: { components: { image: string }; dependencies: object };
  };
  expect(yaml.spec.dependencies).toMatchObject({ msgStreamType: 'natsmq' });
  expect(yaml.spec.components.image).toBe('milvusdb/milvus:v2.4.24');
});

test('has no WCAG 2.2 AA violations with a crossover note, an input error and cluster mode shown', async ({
  decision,
  page,
}) => {
  await decision.setPacketSizeKB(100);
  await checkA11y(page, { include: ['.decision-page'] });
  await decision.packetSizeKB.fill('0');
  await decision.chooseMode('Cluster');
  await checkA11y(page, { include: ['.decision-page'] });
});

test('fits a narrow phone screen: only the wide table scrolls sideways', async ({ decision, page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await decision.setPacketSizeKB(1024);
  const sticking = await page.locator('.decision-page').evaluate((root) =>
    Array.from(root.querySelectorAll('*'))
      .filter((el) => !el.closest('.measured-table-wrap') || el.classList.contains('measured-table-wrap'))
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.getAttribute('class'))}`),
  );
  expect(sticking).toEqual([]);
});

test("the slider's arrow keys step through sizes a user would type", async ({ decision, page }) => {
  await decision.setPacketSizeKB(512);
  await decision.slider.focus();
  const seen: string[] = [];
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('ArrowRight');
    seen.push((await decision.slider.getAttribute('aria-valuetext')) ?? '');
  }
  expect(seen).toEqual(['1 MB', '2 MB', '4 MB', '5 MB', '8 MB', '16 MB']);
  await decision.setPacketSizeKB(1024);
  await decision.slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(decision.packetSizeKB).toHaveValue('512');
  // A typed size between two steps: the arrows go to the next step either way, never to an odd size.
  await decision.setPacketSizeKB(100);
  await decision.slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(decision.packetSizeKB).toHaveValue('128');
  await decision.setPacketSizeKB(100);
  await decision.slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(decision.packetSizeKB).toHaveValue('64');
});

test('every radio and checkbox has a click target of at least 24 by 24 px', async ({
  decision: _opened,
  page,
}) => {
  const controls = page.locator('.decision-page').locator('input[type=radio], input[type=checkbox]');
  expect(await controls.count()).toBeGreaterThan(0);
  for (const control of await controls.all()) {
    // The target is the label around the control: a click anywhere on it toggles the control.
    const target = control.locator('xpath=ancestor::label[1]');
    const box = (await target.boundingBox())!;
    const name = await target.textContent();
    expect(box.width, `${name}: width`).toBeGreaterThanOrEqual(24);
    expect(box.height, `${name}: height`).toBeGreaterThanOrEqual(24);
    const own = (await control.boundingBox())!;
    expect(Math.min(own.width, own.height), `${name}: the control itself`).toBeGreaterThanOrEqual(16);
  }
  // A click on the label's edge, away from the control, still chooses it.
  const tight = page.getByRole('radio', { name: 'Tight' });
  const label = tight.locator('xpath=ancestor::label[1]');
  const box = (await label.boundingBox())!;
  await page.mouse.click(box.x + box.width - 3, box.y + box.height - 3);
  await expect(tight).toBeChecked();
});

test('the hand-over to the wizard shows the code editor at once: it was loaded while the page was idle', async ({
  decision,
  page,
}) => {
  // The first load still has no Monaco in it: index.html preloads none of its chunks.
  const html = await (await page.request.get('./')).text();
  expect(html).not.toMatch(/MonacoYamlEditor|editor\.api/);
  // No editor on this page, yet its code arrives once the page is idle.
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => /MonacoYamlEditor-[\w-]+\.js$/.test(e.name)),
      ),
    )
    .toBe(true);
  await decision.useButton('RocksMQ').click();
  await expect(page).toHaveURL(/#\/wizard(\/[a-z]+)?$/);
  await expect(page.locator('.yaml-editor').first()).toHaveAttribute('data-editor', 'monaco');
});
