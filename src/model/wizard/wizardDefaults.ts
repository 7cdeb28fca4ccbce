/**
 * The values a new wizard session starts from: the schema's defaults, plus the choices the wizard
 * makes explicit because the operator's own default depends on the version (the Pulsar chart).
 */
import { pulsarChartFor } from '../facts/support.ts';
import { defaultValues, type WizardValues } from './values/values.ts';

export type { PulsarChartVersion } from '../facts/operatorEnums.ts';
export { pulsarChartFor };

export function wizardDefaults(): WizardValues {
  const values = defaultValues();
  values.pulsar.inCluster.chartVersion = pulsarChartFor(values.milvusVersion);
  return values;
}
