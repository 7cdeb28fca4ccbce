import { useWatch } from 'react-hook-form';
import { DELETION_POLICIES, PULSAR_AUTH_PLUGINS } from '../../../../model/facts/operatorEnums.ts';
import { PULSAR_AUTH_PARAMS_ENV_VAR } from '../../../../model/facts/secretsFromEnv.ts';
import { PULSAR_CHARTS, PULSAR_CHART_VERSIONS } from '../../../../model/facts/support.ts';
import { NumberField } from '../../fields/NumberField.tsx';
import { SelectField } from '../../fields/SelectField.tsx';
import { enumOptions } from '../../fields/selectOptions.ts';
import { TextField } from '../../fields/TextField.tsx';
import { TriStateSelect } from '../../fields/TriStateSelect.tsx';
import { useWizardFormContext } from '../../fields/formTypes.ts';
import { SideChoice } from './SideChoice.tsx';
import { ChartLimit } from './SettingsChartLimit.tsx';
import { GroupLegend } from '../../fields/GroupLegend.tsx';

const CHART_OPTIONS = PULSAR_CHART_VERSIONS.map((value) => ({
  value,
  label: `${value} (${PULSAR_CHARTS[value]})`,
}));
const IN_CLUSTER = 'pulsar.inCluster';

export function PulsarSettings() {
  const { control } = useWizardFormContext();
  const external = useWatch({ control, name: 'pulsar.external' });
  const authPlugin = useWatch({ control, name: 'pulsar.authPlugin' });
  const target = useWatch({ control, name: 'target' });
  return (
    <>
      <SideChoice storage="pulsar" legend="Where Pulsar runs" inside="In-cluster" />
      {external ? (
        <>
          <TextField name="pulsar.endpoint" />
          <div className="field-row">
            <TextField name="pulsar.tenant" />
            <TextField name="pulsar.namespace" />
          </div>
          <SelectField name="pulsar.authPlugin" options={enumOptions(PULSAR_AUTH_PLUGINS)} optional />
          {authPlugin && <PulsarAuthNote helm={target === 'helm'} />}
        </>
      ) : (
        <>
          <fieldset className="group">
            <GroupLegend legend="release" />
            <div className="field-row">
              <SelectField name={`${IN_CLUSTER}.chartVersion`} options={CHART_OPTIONS} optional />
              <ChartLimit name="pulsar.inCluster.deletionPolicy">
                <SelectField
                  name={`${IN_CLUSTER}.deletionPolicy`}
                  options={enumOptions(DELETION_POLICIES)}
                  optional
                />
              </ChartLimit>
            </div>
            <div className="field-row">
              <ChartLimit name="pulsar.inCluster.pvcDeletion">
                <TriStateSelect name={`${IN_CLUSTER}.pvcDeletion`} />
              </ChartLimit>
              <TriStateSelect name={`${IN_CLUSTER}.autorecovery`} />
            </div>
          </fieldset>
          <fieldset className="group">
            <GroupLegend legend="replicas" />
            <div className="field-row field-row-4">
              <NumberField name={`${IN_CLUSTER}.zookeeperReplicas`} />
              <NumberField name={`${IN_CLUSTER}.bookkeeperReplicas`} />
              <NumberField name={`${IN_CLUSTER}.brokerReplicas`} />
              <NumberField name={`${IN_CLUSTER}.proxyReplicas`} />
            </div>
          </fieldset>
          <fieldset className="group">
            <GroupLegend legend="bookkeeperResources" />
            <div className="field-row">
              <TextField name={`${IN_CLUSTER}.bookkeeperResources.limitsCpu`} />
              <TextField name={`${IN_CLUSTER}.bookkeeperResources.limitsMemory`} />
            </div>
            <div className="field-row">
              <TextField name={`${IN_CLUSTER}.bookkeeperResources.requestsCpu`} />
              <TextField name={`${IN_CLUSTER}.bookkeeperResources.requestsMemory`} />
            </div>
          </fieldset>
          <fieldset className="group">
            <GroupLegend legend="broker" />
            <TriStateSelect name={`${IN_CLUSTER}.autoSkipNonRecoverableData`} />
            <div className="field-row field-row-3">
              <NumberField name={`${IN_CLUSTER}.ensembleSize`} />
              <NumberField name={`${IN_CLUSTER}.writeQuorum`} />
              <NumberField name={`${IN_CLUSTER}.ackQuorum`} />
            </div>
          </fieldset>
        </>
      )}
    </>
  );
}

/**
 * Where the token goes: never into the form, the file, a draft or a link. The command takes it from
 * an environment variable (model/facts/secretsFromEnv.ts), as the Kafka SASL password on Helm.
 */
function PulsarAuthNote({ helm }: { helm: boolean }) {
  const envVar = PULSAR_AUTH_PARAMS_ENV_VAR;
  return (
    <p className="field-help" data-testid="pulsar-auth-note">
      The token (<code>authParams</code>) is not typed here and never written into the file:{' '}
      {helm ? (
        <>
          the install command passes it with <code>--set-string externalPulsar.authParams</code> from{' '}
          <code>${envVar}</code>.
        </>
      ) : (
        <>
          the manifest holds <code>{`\${${envVar}}`}</code> in its place, and the apply command fills it in
          from <code>${envVar}</code> with <code>envsubst</code>.
        </>
      )}{' '}
      Set it in your shell before running the command shown on the Review step.
    </p>
  );
}
