import { useWatch } from 'react-hook-form';
import { useWizardFormContext } from '../../fields/formTypes.ts';
import { NumberField } from '../../fields/NumberField.tsx';
import { TextField } from '../../fields/TextField.tsx';
import { TriStateSelect } from '../../fields/TriStateSelect.tsx';
import { PersistenceFields } from './PersistenceFields.tsx';
import { IdentifierText } from '../../../shared/IdentifierText.tsx';
import { GroupLegend } from '../../fields/GroupLegend.tsx';

const SERVER = 'natsmq.server';

export function NatsSettings() {
  const { control } = useWizardFormContext();
  const helm = useWatch({ control, name: 'target' }) === 'helm';
  return (
    <>
      <p className="step-lead">
        {helm
          ? "NATS runs inside the Milvus pod. The chart has no keys for its server settings: they go into Milvus's own configuration (natsmq.server in extraConfigFiles.user.yaml)."
          : "NATS runs inside the Milvus pod. Its server settings belong in Milvus's own configuration (spec.config.natsmq.server), not under dependencies, where the operator would drop them."}
      </p>
      <PersistenceFields storage="natsmq" />
      <fieldset className="group">
        <GroupLegend legend="natsServer" />
        <div className="field-row">
          <NumberField name={`${SERVER}.port`} />
          <TextField name={`${SERVER}.storeDir`} />
        </div>
        <div className="field-row">
          <NumberField name={`${SERVER}.maxFileStore`} />
          <NumberField name={`${SERVER}.maxPayload`} />
        </div>
        <div className="field-row">
          <NumberField name={`${SERVER}.maxPending`} />
          <NumberField name={`${SERVER}.initializeTimeout`} />
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>
          <IdentifierText text="Monitoring (monitor)" />
        </legend>
        <div className="field-row field-row-3">
          <TriStateSelect name={`${SERVER}.monitor.trace`} />
          <TriStateSelect name={`${SERVER}.monitor.debug`} />
          <TriStateSelect name={`${SERVER}.monitor.logTime`} />
        </div>
        <div className="field-row">
          <TextField name={`${SERVER}.monitor.logFile`} />
          <NumberField name={`${SERVER}.monitor.logSizeLimit`} />
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>
          <IdentifierText text="Retention (retention)" />
        </legend>
        <div className="field-row field-row-3">
          <NumberField name={`${SERVER}.retention.maxAge`} />
          <NumberField name={`${SERVER}.retention.maxBytes`} />
          <NumberField name={`${SERVER}.retention.maxMsgs`} />
        </div>
      </fieldset>
    </>
  );
}
