import { useMemo } from 'react';
import type { InputChoice } from '../../../checkWorker/workerProtocol.ts';
import type { WizardValues } from '../../../model/wizard/values/values.ts';
import { useParsing } from '../yamlParsing.ts';

/**
 * How the checker reads the Helm preview: as the chart's values, judged against the chart version
 * the install command pins, with the keys that command passes from the environment (a password,
 * Pulsar's token) taken as set. The chart's facts come with the parsing module, which writes the
 * values file too, so they stay out of the first load. Undefined for the operator's preview (a
 * manifest); the newest chart while the parsing module loads.
 */
export function useHelmCheckInput(values: WizardValues): InputChoice | undefined {
  const parsing = useParsing();
  const helm = values.target === 'helm';
  return useMemo(() => {
    if (!helm) return undefined;
    if (!parsing) return { format: 'helm' };
    const out = parsing.helmOutput(values);
    return {
      format: 'helm',
      chartVersion: out.chartVersion,
      setFromEnv: out.secrets.map((s) => s.key),
    };
  }, [helm, parsing, values]);
}
