import { useMemo } from 'react';
import type { WizardValues } from '../../../model/wizard/values/values.ts';
// The secret check needs the YAML parser; this component loads on demand (see WizardPage), so the
// parser stays out of the first load.
import { textHasSecrets } from '../../../model/wizard/secretText.ts';
import { buildShareQuery } from '../../../model/wizard/shareLink.ts';
import { routePath } from '../../../shared/routes.ts';
import { helmOutput } from '../../../model/helm/write/helmOutput.ts';
import { outputFileName } from '../../../model/wizard/output.ts';
import { manifestEnvSecrets, operatorApplyCommand } from '../../../model/wizard/applyCommand.ts';
import { envReference } from '../../../model/facts/secretsFromEnv.ts';
import { CopyButton } from './CopyButton.tsx';
import { DownloadButton } from './DownloadButton.tsx';
import type { OutputSource } from './outputSource.ts';

interface OutputActionsProps {
  /** The text, values and edited text once the YAML is written: what every action here takes. */
  output: OutputSource;
  /** The values and edited text shown now, for what the share link will leave out. */
  values: WizardValues;
  editedText: string | undefined;
}

/** The output once it exists; a rejection says why there is none (the copy button shows it). */
async function written(output: OutputSource) {
  const ready = await output();
  if (!ready.ok) throw new Error(ready.reason);
  return ready;
}

function shareUrl(values: WizardValues, editedText: string | undefined): string {
  const { query } = buildShareQuery({ values, yamlText: editedText }, textHasSecrets);
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}${routePath('wizard')}${query}`;
}

/**
 * Everything the user takes away: the file, the YAML, the apply (or helm install) command and a share link. Each
 * acts on the YAML once it is written (a press before that waits for it).
 */
export function OutputActions({ output, values, editedText }: OutputActionsProps) {
  const helm = useMemo(() => (values.target === 'helm' ? helmOutput(values) : null), [values]);
  const command = helm ? helm.command : operatorApplyCommand(values);
  const operatorSecrets = helm ? [] : manifestEnvSecrets(values);
  const share = useMemo(
    () => buildShareQuery({ values, yamlText: editedText }, textHasSecrets),
    [values, editedText],
  );
  return (
    <div className="output-actions">
      <div className="action-row">
        <DownloadButton output={output} fileName={outputFileName(values.target)} />
        <CopyButton label="Copy YAML" text={async () => (await written(output)).text} />
      </div>
      <div className="command-block">
        <p className="command-label">{helm ? 'Then install it with Helm:' : 'Then apply it:'}</p>
        <div className="command-row">
          <code className="command" data-testid="install-command">
            {command}
          </code>
          <CopyButton
            label="Copy command"
            text={async () => {
              const { values: v } = await written(output);
              return v.target === 'helm' ? helmOutput(v).command : operatorApplyCommand(v);
            }}
            className="button button-secondary button-small"
          />
        </div>
        {operatorSecrets.map((envVar) => (
          <p key={envVar} className="field-help" data-testid="operator-secret-note">
            The token is not in {outputFileName('operator')}, which holds <code>{envReference(envVar)}</code>{' '}
            in its place: set <code>{envVar}</code> to Pulsar&apos;s authParams in your shell first (for
            example with{' '}
            <code>
              read -rs {envVar} &amp;&amp; export {envVar}
            </code>
            ); the command fills it in with <code>envsubst</code> on the way to kubectl and stops if it is not
            set. The operator has no Secret for Pulsar&apos;s authParams: the token is stored in the Milvus
            resource and its ConfigMap in the cluster.
          </p>
        ))}
        {helm && (
          <>
            {helm.secrets.map((s) => (
              <p key={s.envVar} className="field-help" data-testid="helm-secret-note">
                {s.label[0]?.toUpperCase()}
                {s.label.slice(1)} is not in values.yaml: set <code>{s.envVar}</code> to it in your shell
                first (for example with{' '}
                <code>
                  read -rs {s.envVar} &amp;&amp; export {s.envVar}
                </code>
                ); the command passes it with <code>--set-string {s.key}</code> and stops if it is not set.
              </p>
            ))}
            <p className="field-help">{helm.chartNote}</p>
            {helm.notWritten.length > 0 && (
              <ul className="field-help" aria-label="Settings the chart cannot hold">
                {helm.notWritten.map((n) => (
                  <li key={n.field}>
                    <code>{n.field}</code> is not written: {n.reason}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      <div className="share-block">
        <p className="command-label">Share these settings:</p>
        <CopyButton
          label="Copy share link"
          text={async () => {
            const ready = await written(output);
            return shareUrl(ready.values, ready.editedText);
          }}
          confirmation="Link copied"
          className="button button-secondary button-small"
        />
        <p className="field-help">
          The settings travel in the link&apos;s fragment (after #), which browsers never send to a server.
          {share.passwordsLeftOut && ' Passwords are left out.'}
          {share.textLeftOut &&
            ' Your own YAML edits are left out because they hold a password or token; the link carries the form settings.'}
        </p>
      </div>
    </div>
  );
}
