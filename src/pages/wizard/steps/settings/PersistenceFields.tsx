import { useWatch } from 'react-hook-form';
import { CheckboxField } from '../../fields/CheckboxField.tsx';
import { TextField } from '../../fields/TextField.tsx';
import { useWizardFormContext } from '../../fields/formTypes.ts';
import { ChartLimit } from './SettingsChartLimit.tsx';

/** The persistence block RocksMQ and NATS share (spec.dependencies.<storage>.persistence). */
export function PersistenceFields({ storage }: { storage: 'rocksmq' | 'natsmq' }) {
  const { control } = useWizardFormContext();
  const enabled = useWatch({ control, name: `${storage}.persistence.enabled` });
  return (
    <fieldset className="group">
      <legend>Persistence</legend>
      <CheckboxField name={`${storage}.persistence.enabled`} />
      {enabled === false ? (
        <p className="callout callout-warning">
          Without persistence the message data lives on the pod and is lost whenever the pod restarts.
        </p>
      ) : (
        <VolumeFields storage={storage} />
      )}
    </fieldset>
  );
}

/** Only written while persistence is on (see model/operator/write/layout.ts), so only shown then. */
function VolumeFields({ storage }: { storage: 'rocksmq' | 'natsmq' }) {
  return (
    <>
      <div className="field-row">
        <TextField name={`${storage}.persistence.storageSize`} />
        <TextField name={`${storage}.persistence.storageClassName`} />
      </div>
      <TextField name={`${storage}.persistence.existingClaim`} />
      <ChartLimit name={`${storage}.persistence.pvcDeletion`}>
        <CheckboxField name={`${storage}.persistence.pvcDeletion`} />
      </ChartLimit>
    </>
  );
}
