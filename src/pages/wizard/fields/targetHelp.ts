// The help a field shows depends on the target: on Helm it names the chart's keys
// (model/helm/write/fieldHelp.ts). The wizard page provides it; a field reads its own.
import { createContext, useContext } from 'react';
import { describeField, describeFieldFor } from '../../../model/wizard/fieldMeta.ts';

/** null: the operator's target. On Helm, the help of each field the storage writes (may be empty while it loads). */
export const HelmFieldHelpContext = createContext<ReadonlyMap<string, string> | null>(null);

/** The help text of a field for the chosen target. */
export function useFieldHelpText(name: string): string | undefined {
  const helm = useContext(HelmFieldHelpContext);
  if (!helm) return describeField(name);
  return helm.get(name) ?? describeFieldFor(name, 'helm');
}
