// What the checker's worker does with one text, React-free so Node tests it: read it as the CLI
// does (`milvus-mq check`, src/cli/check.ts: a text with no Milvus resource that reads as the
// chart's values is checked as values), or as the page's switch forces, and judge it by that front end.
import { checkManifest, type CheckOptions } from '../model/operator/checker/index.ts';
import { checkHelm, explainHelm, looksLikeHelmValues } from '../model/helm/index.ts';
import { HELM_VALUES_FILE_NAME } from '../model/wizard/output.ts';
import { NEWEST_CHART } from '../model/helm/chart/versions.ts';
import type { Checked, InputChoice } from './workerProtocol.ts';

export function checkText(text: string, options: CheckOptions = {}, input?: InputChoice): Checked {
  const format = input?.format ?? 'manifest';
  if (format !== 'helm') {
    const result = checkManifest(text, options);
    const manifest: Checked = {
      as: 'manifest',
      diagnostics: result.diagnostics,
      truncated: Boolean(result.truncated),
      resolved: result.resolved,
    };
    if (format === 'manifest' || result.milvusResources > 0 || !looksLikeHelmValues(text)) return manifest;
  }
  return checkValues(text, input);
}

function checkValues(text: string, input: InputChoice | undefined): Checked {
  const chartVersion = input?.chartVersion ?? NEWEST_CHART.version;
  // The wizard's install command passes a secret from the environment: its value is not known here,
  // only that it is set (findings are read off the file's report alone).
  const fromEnv = (input?.setFromEnv ?? []).map((key) => ({
    kind: 'set' as const,
    argument: `${key}=set-from-the-environment`,
    asString: true,
  }));
  const result = checkHelm(
    [{ kind: 'file', name: input?.fileName ?? HELM_VALUES_FILE_NAME, text }, ...fromEnv],
    { chartVersion },
  );
  return {
    as: 'helm',
    diagnostics: result.reports[0]?.diagnostics ?? [],
    truncated: false,
    chartVersion,
    explanation: result.resolved ? explainHelm(result.resolved) : null,
  };
}
