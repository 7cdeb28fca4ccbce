import { useMemo } from 'react';
import type { WizardValues } from '../../../model/values.ts';
// The secret check needs the YAML parser; this component loads on demand (see WizardPage), so the
// parser stays out of the first load.
import { textHasSecrets } from '../../../model/wizard/secretText.ts';
import { buildShareQuery } from '../../../model/wizard/shareLink.ts';
import { routePath } from '../../../shared/routes.ts';
import { helmOutput } from '../../../model/helm/write/helmOutput.ts';
import { kubectlApplyCommand, outputFileName } from '../../../model/wizard/output.ts';
import { CopyButton } from './CopyButton.tsx';
import { DownloadButton } from './DownloadButton.tsx';

interface OutputActionsProps {
  text: string;
  values: WizardValues;
  /** The user's own YAML text, when they edited it (shared along with the values when it holds no secret). */
  editedText: string | undefined;
  /** Why the text should not be downloaded as it is (see previewState's downloadBlocker). */
  blocker: string | null;
}

/** Everything the user takes away: the file, the YAML, the apply (or helm install) command and a share link. */
export function OutputActions({ text, values, editedText, blocker }: OutputActionsProps) {
  const helm = useMemo(() => (values.target === 'helm' ? helmOutput(values) : null), [values]);
  const command = helm ? helm.command : kubectlApplyCommand(values.namespace);
  const share = useMemo(
    () => buildShareQuery({ values, yamlText: editedText }, textHasSecrets),
    [values, editedText],
  );
  const shareUrl = () => {
    const { origin, pathname, search } = window.location;
    return `${origin}${pathname}${search}${routePath('wizard')}${share.query}`;
  };
  return (
    <div className="output-actions">
      <div className="action-row">
        <DownloadButton text={text} blocker={helm ? null : blocker} fileName={outputFileName(values.target)} />
        <CopyButton label="Copy YAML" text={() => text} />
      </div>
      <div className="command-block">
        <p className="command-label">{helm ? 'Then install it with Helm:' : 'Then apply it:'}</p>
        <div className="command-row">
          <code className="command" data-testid="install-command">
            {command}
          </code>
          <CopyButton
            label="Copy command"
            text={() => command}
            className="button button-secondary button-small"
          />
        </div>
        {helm && (
          <>
            {helm.secrets.map((s) => (
              <p key={s.envVar} className="field-help" data-testid="helm-secret-note">
                The password is not in values.yaml: set <code>{s.envVar}</code> to {s.label} in your shell
                first (for example with <code>read -rs {s.envVar} &amp;&amp; export {s.envVar}</code>); the
                command passes it with <code>--set-string {s.key}</code> and stops if it is not set.
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
          text={shareUrl}
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
