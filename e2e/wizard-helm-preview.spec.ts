// The wizard's Helm preview is two-way (issue #22): values.yaml edited in Monaco flows back into
// the form through the Helm reader (model/helm/wizard/importValues.ts), keys the form does not set
// are kept and named, and Download takes the edited text. At desktop and phone width.
import { parse } from 'yaml';
import { expect, expectNoSideScroll, test } from './fixtures.ts';
import { WizardPage, at } from './pages/wizardPage.ts';
import { YamlEditorControl } from './pages/YamlEditorControl.ts';

for (const width of [1440, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('editing cluster.enabled and pulsarv3.enabled in values.yaml moves the form to a cluster on Pulsar', async ({
      page,
    }) => {
      const wizard = new WizardPage(page);
      const values = new YamlEditorControl(page, 'Helm values YAML');
      await wizard.open();
      await wizard.radio('Helm (milvus-helm chart)').check();
      await expect(wizard.preview.getByText('values.yaml', { exact: true })).toBeVisible();
      await values.waitForMonaco();
      await expect(wizard.radio('Standalone')).toBeChecked();

      await values.replaceText(
        [
          'cluster:',
          '  enabled: true',
          'pulsarv3:',
          '  enabled: true',
          '# ours, not the form’s',
          'metrics:',
          '  enabled: true',
          '',
        ].join('\n'),
      );
      // The form follows what the chart would run: a cluster on the bundled Pulsar v3.
      await expect(wizard.radio('Cluster')).toBeChecked();
      await expect(wizard.preview.getByText('Edited by you')).toBeVisible();
      await expect(wizard.preview.getByTestId('helm-kept-keys')).toContainText('metrics.enabled');

      // The download is the edited text.
      const text = await wizard.downloadFile('values.yaml');
      expect(text).toContain('# ours, not the form’s');
      const downloaded = parse(text) as Record<string, unknown>;
      expect(at(downloaded, 'metrics.enabled')).toBe(true);
      expect(at(downloaded, 'pulsarv3.enabled')).toBe(true);

      // A form change lands in the user's text and keeps their key.
      await wizard.chooseMode('Standalone');
      await expect(wizard.preview.getByTestId('helm-kept-keys')).toContainText('metrics.enabled');
      const after = parse(await wizard.downloadFile('values.yaml')) as Record<string, unknown>;
      expect(at(after, 'cluster.enabled')).toBe(false);
      expect(at(after, 'metrics.enabled')).toBe(true);
      await expectNoSideScroll(page, 'Helm preview edited');
    });

    test('an external Pulsar’s tenant and namespace land in externalPulsar, and in spec.config for the operator', async ({
      page,
    }) => {
      const wizard = new WizardPage(page);
      await wizard.open();
      await wizard.radio('Helm (milvus-helm chart)').check();
      await wizard.next();
      await wizard.chooseStorage('Pulsar');
      await wizard.next();
      await wizard.expectStep('Settings');
      await wizard.chooseSide('External');
      await wizard.fill('Endpoint', 'pulsar.example:6650');
      await wizard.fill('Tenant (pulsar.tenant)', 'milvus');
      await wizard.fill('Namespace (pulsar.namespace)', 'prod');
      await expectNoSideScroll(page, 'Pulsar tenant and namespace');
      const values = parse(await wizard.downloadFile('values.yaml')) as Record<string, unknown>;
      expect(at(values, 'externalPulsar')).toMatchObject({
        enabled: true,
        host: 'pulsar.example',
        port: 6650,
        tenant: 'milvus',
        namespace: 'prod',
      });

      await wizard.goToStep('Deployment');
      await wizard.radio('Milvus Operator').check();
      const manifest = await wizard.downloadManifest();
      expect(at(manifest, 'spec.config.pulsar')).toEqual({ tenant: 'milvus', namespace: 'prod' });
    });
  });
}
