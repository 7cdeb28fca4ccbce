import { NumberField } from '../../fields/NumberField.tsx';
import { PersistenceFields } from './PersistenceFields.tsx';
import { GroupLegend } from '../../fields/GroupLegend.tsx';

export function RocksmqSettings() {
  return (
    <>
      <p className="step-lead">
        RocksMQ runs inside the Milvus pod: there is no separate service to install or reach.
      </p>
      <PersistenceFields storage="rocksmq" />
      <fieldset className="group">
        <GroupLegend legend="rocksmqRetention" />
        <div className="field-row">
          <NumberField name="rocksmq.retentionTimeInMinutes" />
          <NumberField name="rocksmq.retentionSizeInMB" />
        </div>
      </fieldset>
    </>
  );
}
