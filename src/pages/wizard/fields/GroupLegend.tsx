import { useContext } from 'react';
import { legendKey } from '../../../model/helm/write/legendKey.ts';
import { IdentifierText } from '../../shared/IdentifierText.tsx';
import { HelmFieldHelpContext } from './targetHelp.ts';

/**
 * A settings group's legend, which names where its fields are written: the manifest's place, or on
 * Helm the chart's (model/helm/write/fieldHelp.ts helmLegends).
 */
export function GroupLegend({ text }: { text: string }) {
  const helm = useContext(HelmFieldHelpContext);
  return (
    <legend>
      <IdentifierText text={helm?.get(legendKey(text)) ?? text} />
    </legend>
  );
}
