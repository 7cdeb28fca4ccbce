/**
 * The values a new wizard session starts from: the schema's defaults, plus the choices the wizard
 * makes explicit because the operator's own default depends on the version (the Pulsar chart).
 */
import { PULSAR_CHART_VERSIONS, defaultValues, type WizardValues } from '../values.ts';
import type { MilvusMinor } from '../versions.ts';

export type PulsarChartVersion = (typeof PULSAR_CHART_VERSIONS)[number];

/** Pulsar 2.x for Milvus 2.3 and 2.4, Pulsar 3.x (recommended) from 2.5 on. */
export function pulsarChartFor(minor: MilvusMinor): PulsarChartVersion {
  return minor === '2.3' || minor === '2.4' ? 'pulsar-v2' : 'pulsar-v3';
}

export function wizardDefaults(): WizardValues {
  const values = defaultValues();
  values.pulsar.inCluster.chartVersion = pulsarChartFor(values.milvusVersion);
  return values;
}
