// The checker's findings on the wizard's own preview, where the user fixes them: on the field, with
// the checker's severity (a warning is said and does not stop "Next"), and once in review.
import { expect, test as base } from './fixtures.ts';
import { WizardPage } from './pages/wizardPage.ts';

const test = base.extend<{ wizard: WizardPage }>({
  wizard: async ({ page }, use) => {
    const wizard = new WizardPage(page);
    await wizard.open();
    await use(wizard);
  },
});

async function externalKafka(wizard: WizardPage): Promise<void> {
  await wizard.next();
  await wizard.chooseStorage('Kafka');
  await wizard.next();
  await wizard.chooseSide('External');
}

for (const [width, height] of [
  [1440, 900],
  [390, 844],
] as const) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test("a field shows the checker's finding with its severity", async ({ wizard }) => {
      await externalKafka(wizard);
      await wizard.addBrokers('PLAINTEXT://kafka-0.example:9092');
      await wizard.field('Broker 1').blur();
      // The only broker cannot be dialled: the operator never deploys Milvus. An error, and "Next" stops.
      await expect(wizard.errorNear(wizard.field('Broker 1'))).toContainText('has a scheme');
      await expect(wizard.field('Broker 1')).toHaveAttribute('aria-invalid', 'true');
      await wizard.next();
      await wizard.expectStep('Settings');

      // Without a port the broker is dialled at 9092 by the operator and by Milvus: the checker's
      // warning, said on the field, and "Next" goes on.
      await wizard.fill('Broker 1', 'kafka-0.example');
      await wizard.field('Broker 1').blur();
      const warning = wizard.warningNear(wizard.field('Broker 1'));
      await expect(warning).toContainText(
        'spec.dependencies.kafka.brokerList[0] "kafka-0.example" has no port',
      );
      await expect(warning).toContainText('port 9092');
      await expect(wizard.errorNear(wizard.field('Broker 1'))).toHaveCount(0);
      await expect(wizard.field('Broker 1')).not.toHaveAttribute('aria-invalid', 'true');
      // The warning tone, not the error's.
      const [warningColor, errorColor] = await warning.evaluate((el) => {
        const style = getComputedStyle(el);
        const probe = document.createElement('p');
        probe.className = 'field-error';
        el.parentElement!.append(probe);
        const error = getComputedStyle(probe).color;
        probe.remove();
        return [style.color, error];
      });
      expect(warningColor).not.toBe(errorColor);
      // No sideways scroll for the long path in the message.
      expect(await wizard.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await wizard.next();
      await wizard.expectStep('Review');
    });

    test('review lists each problem once', async ({ wizard }) => {
      await externalKafka(wizard);
      await wizard.addBrokers('kafka-0.example:9092', 'kafka-1.example');
      await wizard.field('Broker 2').blur();
      await expect(wizard.warningNear(wizard.field('Broker 2'))).toContainText('has no port');
      await wizard.next();
      await wizard.expectStep('Review');
      await expect(wizard.reviewProblems().filter({ hasText: '"kafka-1.example" has no port' })).toHaveCount(
        1,
      );

      // An error made after review was reached: the form and the checker both find it, review says it once.
      await wizard.goToStep('Settings');
      await wizard.select('Security protocol (securityProtocol)', 'SASL_SSL');
      await wizard.goToStep('Review');
      const missing = wizard.reviewProblems().filter({ hasText: 'saslMechanisms is not set' });
      await expect(missing).toHaveCount(1);
      await expect(missing).toContainText('Error');
      await expect(wizard.reviewProblems().filter({ hasText: 'no SASL credentials' })).toHaveCount(1);
      await expect(wizard.reviewProblems().filter({ hasText: '"kafka-1.example" has no port' })).toHaveCount(
        1,
      );
    });
  });
}
