// Issue #22: an external Pulsar with token authentication, for both targets. The plugin goes into
// the file; the token never does (nor into a draft, a share link or a reload): the page says the
// command takes it from $PULSAR_AUTH_PARAMS (Helm: --set-string; the operator: envsubst). A token
// pasted into the preview's YAML by hand stays out of the draft and the link too. And the Helm
// preview is checked by the Helm checker: an edit into an error shows its finding, and Download asks
// first. The fields' help names the target's keys (on Helm, the chart's). At desktop and phone width.
import { parse } from 'yaml';
import { expect, expectNoSideScroll, test } from './fixtures.ts';
import { WizardPage, at } from './pages/wizardPage.ts';
import { YamlEditorControl } from './pages/YamlEditorControl.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const TOKEN_PLUGIN = 'org.apache.pulsar.client.impl.auth.AuthenticationToken';
const TOKEN = 'token:eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2Vu.s3cr3t';

const TARGETS = [
  { target: 'Milvus Operator', file: 'milvuscluster.yaml', editor: 'Manifest YAML' },
  { target: 'Helm (milvus-helm chart)', file: 'values.yaml', editor: 'Helm values YAML' },
] as const;

for (const width of [1440, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 600 ? 900 : 844 } });

    for (const { target, file, editor } of TARGETS) {
      const helm = file === 'values.yaml';
      test(`${target}: the token plugin is written, the token is not, and a token pasted into the YAML stays out of the draft and the link`, async ({
        page,
      }) => {
        const wizard = new WizardPage(page);
        await wizard.open();
        await wizard.radio(target).check();
        await wizard.chooseMode('Cluster');
        await wizard.setUpPulsarAuth({ endpoint: 'pulsar.example:6650', plugin: TOKEN_PLUGIN });
        const note = wizard.form.getByTestId('pulsar-auth-note');
        await expect(note).toContainText('$PULSAR_AUTH_PARAMS');
        await expect(note).toContainText(helm ? '--set-string externalPulsar.authParams' : 'envsubst');
        // The help names where this target writes each setting: the chart's keys on Helm.
        const tenantHelp = page.locator('#wz-pulsar-tenant-help');
        await expect(tenantHelp).toContainText(helm ? 'externalPulsar.tenant:' : 'spec.config.pulsar.tenant:');
        await expect(page.locator('#wz-pulsar-endpoint-help')).toContainText(
          helm ? 'externalPulsar.host and externalPulsar.port' : 'the operator adds the scheme',
        );
        if (helm) await expect(wizard.form).not.toContainText('spec.config.pulsar');
        await expectNoSideScroll(page, `${target} Pulsar auth`);

        const text = await wizard.downloadFile(file);
        const written = parse(text) as Record<string, unknown>;
        if (helm) {
          expect(at(written, 'externalPulsar.authPlugin')).toBe(TOKEN_PLUGIN);
          expect(text).not.toContain('authParams');
        } else {
          expect(at(written, 'spec.config.pulsar')).toEqual({
            authPlugin: TOKEN_PLUGIN,
            authParams: '${PULSAR_AUTH_PARAMS}',
          });
        }
        await expect(wizard.previewFindings()).toContainText('finds no problems');

        await wizard.nextUntil('Review');
        const command = wizard.form.getByTestId('install-command');
        await expect(command).toContainText(
          helm
            ? '--set-string externalPulsar.authParams="${PULSAR_AUTH_PARAMS:?'
            : "envsubst '${PULSAR_AUTH_PARAMS}' < milvuscluster.yaml | kubectl apply -f -",
        );
        await expect(
          wizard.form.getByTestId(helm ? 'helm-secret-note' : 'operator-secret-note'),
        ).toContainText('PULSAR_AUTH_PARAMS');

        // The user puts the token into the YAML by hand: it is their file, but no draft or link takes it.
        const withToken = helm
          ? text.replace(`authPlugin: ${TOKEN_PLUGIN}`, `authPlugin: ${TOKEN_PLUGIN}\n  authParams: ${TOKEN}`)
          : text.replace("'${PULSAR_AUTH_PARAMS}'", TOKEN);
        expect(withToken).toContain(TOKEN);
        await new YamlEditorControl(page, editor).replaceText(withToken);
        await expect(wizard.preview.getByText('Edited by you')).toBeVisible();
        await wizard.expectDraftToContain('pulsar.example');
        await wizard.form.getByRole('button', { name: 'Copy share link' }).click();
        await expect(wizard.form.getByText('Link copied')).toBeVisible();
        const link = await page.evaluate(() => navigator.clipboard.readText());
        expect(decodeURIComponent(link)).not.toContain('s3cr3t');
        expect(Buffer.from(new URL(link).hash.split('?s=')[1] ?? '', 'base64url').toString()).not.toContain(
          's3cr3t',
        );
        await expect(wizard.form).toContainText('left out because they hold a password or token');
        const stored = await page.evaluate(() => Object.values(window.localStorage).join('\n'));
        expect(stored).not.toContain('s3cr3t');

        // A reload brings the draft back: the plugin, and no token.
        await page.reload();
        await wizard.expectStep('Review');
        const reloaded = await wizard.downloadFile(file);
        expect(reloaded).toContain(`authPlugin: ${TOKEN_PLUGIN}`);
        expect(reloaded).not.toContain('s3cr3t');
      });
    }

    test('the Helm preview is checked: pulsarv3 beside an external Pulsar is a warning, a quoted "false" an error, and Download asks first', async ({
      page,
    }) => {
      const wizard = new WizardPage(page);
      const values = await wizard.openOnHelm();
      await wizard.chooseMode('Cluster');
      await wizard.setUpPulsarAuth({ endpoint: 'pulsar.example:6650', plugin: 'token' });
      const text = await wizard.downloadFile('values.yaml');
      await expect(wizard.previewFindings()).toContainText('The Helm checker finds no problems');

      await values.replaceText(text.replace('pulsarv3:\n  enabled: false', 'pulsarv3:\n  enabled: true'));
      const findings = wizard.previewFindings();
      await expect(findings).toContainText('Checker: 0 errors, 1 warning');
      await findings.getByText(/^Checker:/).click();
      await expect(findings).toContainText('pulsarv3.enabled is true');
      // Its line button brings the line into the editor's view, where the marker underlines it.
      await findings.getByRole('button', { name: /^Line \d+$/ }).click();
      await expect(values.squiggles('warning').first()).toBeAttached();

      await values.replaceText(
        text.replace('externalPulsar:\n  enabled: true', 'externalPulsar:\n  enabled: "false"'),
      );
      await expect(findings).toContainText('Checker: 1 error');
      await expect(findings).toContainText('externalPulsar.enabled is the string "false"');
      await expectNoSideScroll(page, 'Helm preview findings');

      await wizard.preview.getByRole('button', { name: 'Download values.yaml' }).click();
      const asking = wizard.preview.getByRole('alertdialog');
      await expect(asking).toContainText('Not downloaded yet.');
      await expect(asking).toContainText('these Helm values');
      await expect(asking).toContainText('helm-invalid-value');
      const downloaded = await wizard.downloadFile('values.yaml', wizard.preview, true);
      expect(downloaded).toContain('enabled: "false"');
    });
  });
}
