import { useWatch } from 'react-hook-form';
import { DELETION_POLICIES } from '../../../../model/operatorEnums.ts';
import { NumberField } from '../../fields/NumberField.tsx';
import { SelectField } from '../../fields/SelectField.tsx';
import { enumOptions } from '../../fields/selectOptions.ts';
import { TextField } from '../../fields/TextField.tsx';
import { TriStateSelect } from '../../fields/TriStateSelect.tsx';
import { useWizardFormContext } from '../../fields/formTypes.ts';
import { SideChoice } from './SideChoice.tsx';

const CHART_OPTIONS = [
  { value: 'pulsar-v2', label: 'pulsar-v2 (Pulsar 2.x)' },
  { value: 'pulsar-v3', label: 'pulsar-v3 (Pulsar 3.x)' },
];
const IN_CLUSTER = 'pulsar.inCluster';

export function PulsarSettings() {
  const { control } = useWizardFormContext();
  const external = useWatch({ control, name: 'pulsar.external' });
  return (
    <>
      <SideChoice storage="pulsar" legend="Where Pulsar runs" inside="In-cluster" />
      {external ? (
        <TextField name="pulsar.endpoint" label="Endpoint" placeholder="pulsar.example.com:6650" />
      ) : (
        <>
          <fieldset className="group">
            <legend>Release (inCluster)</legend>
            <div className="field-row">
              <SelectField
                name={`${IN_CLUSTER}.chartVersion`}
                label="Chart version (chartVersion)"
                options={CHART_OPTIONS}
                optional
              />
              <SelectField
                name={`${IN_CLUSTER}.deletionPolicy`}
                label="Deletion policy (deletionPolicy)"
                options={enumOptions(DELETION_POLICIES)}
                optional
              />
            </div>
            <div className="field-row">
              <TriStateSelect name={`${IN_CLUSTER}.pvcDeletion`} label="Delete PVCs (pvcDeletion)" />
              <TriStateSelect name={`${IN_CLUSTER}.autorecovery`} label="Autorecovery" />
            </div>
          </fieldset>
          <fieldset className="group">
            <legend>Replicas (values.*.replicaCount)</legend>
            <div className="field-row field-row-4">
              <NumberField name={`${IN_CLUSTER}.zookeeperReplicas`} label="ZooKeeper" />
              <NumberField name={`${IN_CLUSTER}.bookkeeperReplicas`} label="BookKeeper" />
              <NumberField name={`${IN_CLUSTER}.brokerReplicas`} label="Broker" />
              <NumberField name={`${IN_CLUSTER}.proxyReplicas`} label="Proxy" />
            </div>
          </fieldset>
          <fieldset className="group">
            <legend>BookKeeper resources (values.bookkeeper.resources)</legend>
            <div className="field-row">
              <TextField
                name={`${IN_CLUSTER}.bookkeeperResources.limitsCpu`}
                label="CPU limit"
                placeholder="e.g. 4"
              />
              <TextField
                name={`${IN_CLUSTER}.bookkeeperResources.limitsMemory`}
                label="Memory limit"
                placeholder="e.g. 8Gi"
              />
            </div>
            <div className="field-row">
              <TextField
                name={`${IN_CLUSTER}.bookkeeperResources.requestsCpu`}
                label="CPU request"
                placeholder="e.g. 200m"
              />
              <TextField
                name={`${IN_CLUSTER}.bookkeeperResources.requestsMemory`}
                label="Memory request"
                placeholder="e.g. 512Mi"
              />
            </div>
          </fieldset>
          <fieldset className="group">
            <legend>Broker (values.broker.configData)</legend>
            <TriStateSelect
              name={`${IN_CLUSTER}.autoSkipNonRecoverableData`}
              label="Skip non-recoverable data (autoSkipNonRecoverableData)"
            />
            <div className="field-row field-row-3">
              <NumberField name={`${IN_CLUSTER}.ensembleSize`} label="Ensemble size" />
              <NumberField name={`${IN_CLUSTER}.writeQuorum`} label="Write quorum" />
              <NumberField name={`${IN_CLUSTER}.ackQuorum`} label="Ack quorum" />
            </div>
          </fieldset>
        </>
      )}
    </>
  );
}
