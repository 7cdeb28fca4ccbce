/**
 * The commands that install the values file the wizard writes: the chart's repository, then
 * `helm upgrade --install` (which installs the first time and upgrades after) pinned to the chart
 * version. A password comes from an environment variable with `--set-string`, so it is never in
 * the values file, the page, a share link or the shell history; `${VAR:?...}` stops the command
 * when the variable is not set instead of installing an empty password.
 */
import type { WizardValues } from '../../wizard/values/valuesObject.ts';
import type { EnvSecret } from './places.ts';
import type { HelmChartChoice } from './writeValues.ts';

export const HELM_REPO_NAME = 'zilliztech';
export const HELM_REPO_URL = 'https://zilliztech.github.io/milvus-helm/';
export const HELM_CHART = `${HELM_REPO_NAME}/milvus`;

export interface HelmCommandOptions {
  /** The values file's name, as the user saves it. */
  valuesFile: string;
  secrets: readonly EnvSecret[];
}

export function helmInstallCommand(
  v: Pick<WizardValues, 'name' | 'namespace'>,
  chart: HelmChartChoice,
  options: HelmCommandOptions,
): string {
  const install = [
    `helm upgrade --install ${v.name} ${HELM_CHART}`,
    `--version ${chart.version}`,
    ...(v.namespace !== '' ? [`--namespace ${v.namespace} --create-namespace`] : []),
    `-f ${options.valuesFile}`,
    ...options.secrets.map((s) => `--set-string ${s.key}="\${${s.envVar}:?set ${s.envVar} to ${s.label}}"`),
  ];
  return [
    `helm repo add ${HELM_REPO_NAME} ${HELM_REPO_URL}`,
    `helm repo update ${HELM_REPO_NAME}`,
    install.join(' \\\n  '),
  ].join('\n');
}
