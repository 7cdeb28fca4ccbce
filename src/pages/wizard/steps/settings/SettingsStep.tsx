import { useWatch } from 'react-hook-form';
import type { MsgStreamType } from '../../../../model/facts/support.ts';
import { useWizardFormContext } from '../../fields/formTypes.ts';
import { KafkaSettings } from './KafkaSettings.tsx';
import { NatsSettings } from './NatsSettings.tsx';
import { PulsarSettings } from './PulsarSettings.tsx';
import { RocksmqSettings } from './RocksmqSettings.tsx';
import { WoodpeckerSettings } from './WoodpeckerSettings.tsx';

const SETTINGS: Record<MsgStreamType, () => React.JSX.Element> = {
  rocksmq: RocksmqSettings,
  natsmq: NatsSettings,
  pulsar: PulsarSettings,
  kafka: KafkaSettings,
  woodpecker: WoodpeckerSettings,
};

export function SettingsStep() {
  const { control } = useWizardFormContext();
  const msgStreamType = useWatch({ control, name: 'msgStreamType' }) ?? 'woodpecker';
  const Settings = SETTINGS[msgStreamType];
  return <Settings />;
}
