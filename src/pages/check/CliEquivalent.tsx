// The command-line twin of this page: the `milvus-mq check` command for the same file, and the
// results copied in the CLI's own formats (src/model/output/, shared with the CLI). Helm values get
// `check --helm --chart-version X`, and their results from the Helm front end (loaded on the copy).
import { formatJson, formatText, type FileReport } from '../../model/output/index.ts';
import { checkManifest } from '../../model/operator/checker/index.ts';
import { useOperatorWebhook } from '../../shared/operatorWebhook.ts';
import { CopyButton } from '../wizard/output/CopyButton.tsx';

interface CliEquivalentProps {
  text: string;
  /** The file the results name: the uploaded file's, else the name a download gets. */
  fileName: string;
  /** The text is read as Helm values, judged against this chart version; null: a manifest. */
  helmChart: string | null;
}

/** A file name as one shell word (quoted when it holds anything but safe characters). */
function shellWord(name: string): string {
  return /^[\w./-]+$/.test(name) ? name : `'${name.replace(/'/g, `'\\''`)}'`;
}

function cliCheckCommand(fileName: string, webhook: boolean, helmChart: string | null): string {
  const flags = helmChart !== null ? `--helm --chart-version ${helmChart} ` : webhook ? '--webhook ' : '';
  return `npx milvus-mq check ${flags}${shellWord(fileName)}`;
}

export function CliEquivalent({ text, fileName, helmChart }: CliEquivalentProps) {
  const [webhook] = useOperatorWebhook();
  const command = cliCheckCommand(fileName, webhook, helmChart);
  // Read when copied, from a fresh check of exactly this text, as the CLI would run it.
  const report = async (): Promise<FileReport[]> => {
    if (helmChart !== null) {
      const { checkHelm } = await import('../../model/helm/check.ts');
      return checkHelm([{ kind: 'file', name: fileName, text }], { chartVersion: helmChart }).reports;
    }
    const result = checkManifest(text, { webhook });
    return [{ file: fileName, diagnostics: result.diagnostics, milvusResources: result.milvusResources }];
  };
  return (
    <div className="check-cli">
      <p className="check-cli-label">The same check on the command line:</p>
      <code className="check-cli-command">{command}</code>
      <div className="check-cli-actions">
        <CopyButton label="Copy command" text={() => command} className="check-button check-button-small" />
        <CopyButton
          label="Copy results as text"
          text={async () => formatText({ reports: await report(), unreadable: [] })}
          className="check-button check-button-small"
        />
        <CopyButton
          label="Copy results as JSON"
          text={async () => formatJson({ reports: await report(), unreadable: [] })}
          className="check-button check-button-small"
        />
      </div>
    </div>
  );
}
