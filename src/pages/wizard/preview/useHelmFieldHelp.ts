import { useMemo } from 'react';
import type { WizardValues } from '../../../model/wizard/values/values.ts';
import { useParsing } from '../yamlParsing.ts';

const NONE: ReadonlyMap<string, string> = new Map();

/**
 * The form's help under the Helm target (null for the operator's): the chart's keys come with the
 * parsing module, which writes the values file too, so they stay out of the first load; until it
 * has loaded, each field's own Helm help.
 */
export function useHelmFieldHelp(values: WizardValues): ReadonlyMap<string, string> | null {
  const parsing = useParsing();
  const helm = values.target === 'helm';
  return useMemo(() => {
    if (!helm) return null;
    return parsing ? parsing.helmFieldHelp(values) : NONE;
  }, [helm, parsing, values]);
}
