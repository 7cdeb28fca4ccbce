import { useMemo } from 'react';
import type { InputChoice } from '../../../checkWorker/workerProtocol.ts';
import type { WizardValues } from '../../../model/wizard/values/values.ts';
import { useParsing } from '../yamlParsing.ts';

export interface HelmTarget {
  /**
   * How the checker reads the preview: as the chart's values, judged against the chart version the
   * install command pins, with the keys that command passes from the environment (a password,
   * Pulsar's token) taken as set. Undefined for the operator's preview (a manifest).
   */
  checkInput: InputChoice | undefined;
  /** The fields' help in the chart's words (null for the operator's target). */
  fieldHelp: ReadonlyMap<string, string> | null;
}

const NO_HELP: ReadonlyMap<string, string> = new Map();

/**
 * What the Helm target changes beside the preview. The chart's facts come with the parsing module,
 * which writes the values file too, so they stay out of the first load; until it has loaded, the
 * newest chart and each field's own Helm help.
 */
export function useHelmTarget(values: WizardValues): HelmTarget {
  const parsing = useParsing();
  const helm = values.target === 'helm';
  return useMemo(() => {
    if (!helm) return { checkInput: undefined, fieldHelp: null };
    return {
      checkInput: { format: 'helm', ...parsing?.helmInstallInputs(values) },
      fieldHelp: parsing?.helmFieldHelp(values) ?? NO_HELP,
    };
  }, [helm, parsing, values]);
}
