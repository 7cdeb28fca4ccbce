/**
 * What the wizard gives a user who installs with Helm, in one call: the values file, the install
 * command for it, the chart version and why, and what the chart could not hold.
 */
import type { WizardValues } from '../../wizard/values/valuesObject.ts';
import { HELM_VALUES_FILE_NAME } from '../../wizard/output.ts';
import { chartChoiceNote, chartForMilvus } from './chartChoice.ts';
import { helmInstallCommand } from './installCommand.ts';
import type { EnvSecret } from './places.ts';
import { helmValuesYaml, planHelmValues, type NotWritten } from './writeValues.ts';

export interface HelmOutput {
  text: string;
  command: string;
  chartVersion: string;
  chartNote: string;
  secrets: EnvSecret[];
  notWritten: NotWritten[];
}

/**
 * What the install command pins (the chart version) and passes with --set-string from the
 * environment (the keys), without writing the values file: the wizard's check of its preview asks
 * this on every change.
 */
export function helmInstallInputs(v: WizardValues): { chartVersion: string; setFromEnv: string[] } {
  const { chart } = chartForMilvus(v.milvusVersion);
  return { chartVersion: chart.version, setFromEnv: planHelmValues(v, chart).secrets.map((s) => s.key) };
}

export function helmOutput(v: WizardValues): HelmOutput {
  const choice = chartForMilvus(v.milvusVersion);
  const plan = planHelmValues(v, choice.chart);
  return {
    text: helmValuesYaml(v, choice.chart),
    command: helmInstallCommand(v, choice.chart, {
      valuesFile: HELM_VALUES_FILE_NAME,
      secrets: plan.secrets,
    }),
    chartVersion: choice.chart.version,
    chartNote: chartChoiceNote(v.milvusVersion, choice),
    secrets: plan.secrets,
    notWritten: plan.notWritten,
  };
}
