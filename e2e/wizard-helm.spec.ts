// The Helm path of the wizard: choose Helm, an external Kafka with SASL, Review, download
// values.yaml and copy the install command. No password in the file; the command reads it from
// an environment variable. At desktop and phone width, axe clean, no sideways scroll.
import { parse } from 'yaml';
import { checkA11y, expect, expectNoSideScroll, test } from './fixtures.ts';
import { WizardPage, at } from './pages/wizardPage.ts';

for (const width of [1440, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('Helm with an external Kafka and SASL: values.yaml without a password, the command names $KAFKA_SASL_PASSWORD', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const wizard = new WizardPage(page);
      await wizard.open();
      await wizard.radio('Helm (milvus-helm chart)').check();
      await expect(wizard.preview.getByText('values.yaml', { exact: true })).toBeVisible();
      // The chart has no API version to choose: the choice is disabled with the reason.
      await expect(wizard.radio('milvus.io/v1beta1')).toBeDisabled();
      await expect(wizard.form.getByRole('group', { name: 'Output API' })).toHaveAccessibleDescription(
        'Not with Helm: Helm installs no Milvus resource, so there is no API version to choose.',
      );
      await wizard.chooseMode('Cluster');
      await wizard.setUpKafkaSasl({
        brokers: ['kafka-0.example:9092', 'kafka-1.example:9092'],
        mechanism: 'SCRAM-SHA-512',
      });
      // The password is never typed into the form on Helm: the install command takes it.
      const password = wizard.field('SASL password (saslPassword)');
      await expect(password).toBeDisabled();
      // Its help is why, in place of what the setting does under the operator.
      await expect(password).toHaveAccessibleDescription(/^Not with Helm: /);
      await expect(password).not.toHaveAccessibleDescription(/spec\.config|operator/);
      await expect(wizard.form).toContainText('$KAFKA_SASL_PASSWORD');
      // The groups name the chart's keys, not the manifest's, and no Secret is offered: the chart reads none.
      await expect(wizard.form.getByRole('group', { name: 'Security (externalKafka)' })).toBeVisible();
      await expect(wizard.form).not.toContainText('spec.config');
      await expect(wizard.form.getByRole('button', { name: 'Copy Secret command' })).toHaveCount(0);
      await checkA11y(page);
      await expectNoSideScroll(page, 'Helm Kafka settings');
      await wizard.next();
      await wizard.expectStep('Review');

      const text = await wizard.downloadFile('values.yaml', wizard.form);
      // No password key anywhere (the comments may name the variable that carries it).
      expect(text).not.toMatch(/password\s*:/i);
      const values = parse(text) as Record<string, unknown>;
      expect(at(values, 'cluster.enabled')).toBe(true);
      expect(at(values, 'externalKafka')).toEqual({
        enabled: true,
        brokerList: 'kafka-0.example:9092,kafka-1.example:9092',
        securityProtocol: 'SASL_SSL',
        sasl: { mechanisms: 'SCRAM-SHA-512', username: 'milvus' },
      });
      expect(at(values, 'pulsarv3.enabled')).toBe(false);

      await expect(wizard.form.getByTestId('helm-secret-note')).toContainText('KAFKA_SASL_PASSWORD');
      await wizard.form.getByRole('button', { name: 'Copy command' }).click();
      const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
      await expect.poll(clipboard).toContain('helm upgrade --install my-release zilliztech/milvus');
      const command = await clipboard();
      expect(command).toContain('helm repo add zilliztech https://zilliztech.github.io/milvus-helm/');
      expect(command).toMatch(/--version \d+\.\d+\.\d+/);
      expect(command).toContain('--set-string externalKafka.sasl.password="${KAFKA_SASL_PASSWORD:?');
      await checkA11y(page);
      await expectNoSideScroll(page, 'Helm review');
    });
  });
}
