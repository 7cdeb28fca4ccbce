import { useContext } from 'react';
import {
  SETTINGS_LEGENDS,
  legendKey,
  type SettingsLegend,
} from '../../../model/helm/write/settingsLegends.ts';
import { IdentifierText } from '../../shared/IdentifierText.tsx';
import { HelmFieldHelpContext } from './targetHelp.ts';

/**
 * A settings group's legend, which names where its fields are written: the manifest's place, or on
 * Helm the chart's (model/helm/write/fieldHelp.ts helmLegends).
 */
export function GroupLegend({ legend }: { legend: SettingsLegend }) {
  const helm = useContext(HelmFieldHelpContext);
  return (
    <legend>
      <IdentifierText text={helm?.get(legendKey(legend)) ?? SETTINGS_LEGENDS[legend]} />
    </legend>
  );
}
