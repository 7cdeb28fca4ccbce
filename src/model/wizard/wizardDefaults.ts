/**
 * The values a new wizard session starts from: the schema's defaults, plus the choices the wizard
 * makes explicit because the operator's own default depends on the version (the Pulsar chart).
 */
import { pulsarChartFor } from '../support.ts';
import { defaultValues, type WizardValues } from '../values.ts';

export type { PulsarChartVersion } from '../operatorEnums.ts';
export { pulsarChartFor };

export function wizardDefaults(): WizardValues {
  const values = defaultValues();
  values.pulsar.inCluster.chartVersion = pulsarChartFor(values.milvusVersion);
  return values;
}
