import { useWatch } from 'react-hook-form';
import {
  DELETION_POLICIES,
  KAFKA_SASL_MECHANISMS,
  KAFKA_SECURITY_PROTOCOLS,
} from '../../../../model/facts/operatorEnums.ts';
import { NumberField } from '../../fields/NumberField.tsx';
import { SelectField } from '../../fields/SelectField.tsx';
import { enumOptions } from '../../fields/selectOptions.ts';
import { StringListField } from '../../fields/StringListField.tsx';
import { TextField } from '../../fields/TextField.tsx';
import { TriStateSelect } from '../../fields/TriStateSelect.tsx';
import { useWizardFormContext } from '../../fields/formTypes.ts';
import { HelmValuesField } from './HelmValuesField.tsx';
import { KafkaSecretOffer } from './KafkaSecretOffer.tsx';
import { SideChoice } from './SideChoice.tsx';
import { ChartLimit } from './SettingsChartLimit.tsx';
import { IdentifierText } from '../../../shared/IdentifierText.tsx';
import { GroupLegend } from '../../fields/GroupLegend.tsx';

export function KafkaSettings() {
  const { control } = useWizardFormContext();
  const [target, external, protocol, mechanism, secretRef, username, password, tls] = useWatch({
    control,
    name: [
      'target',
      'kafka.external',
      'kafka.securityProtocol',
      'kafka.saslMechanisms',
      'kafka.secretRef',
      'kafka.saslUsername',
      'kafka.saslPassword',
      'kafka.tls',
    ],
  });
  const helm = target === 'helm';
  const saslProtocol = protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL';
  const saslSet = Boolean(mechanism || secretRef || username || password);
  const tlsSet = Object.values(tls ?? {}).some((v) => v !== undefined && v !== '');
  const showSasl = saslProtocol || saslSet;
  const showTls = protocol === 'SSL' || protocol === 'SASL_SSL' || tlsSet;
  // An in-cluster Kafka is the operator's: security settings show only when a manifest already has some.
  const showSecurity = Boolean(external) || Boolean(protocol) || saslSet || tlsSet;

  return (
    <>
      <SideChoice storage="kafka" legend="Where Kafka runs" inside="In-cluster" />
      {external ? (
        <StringListField
          name="kafka.brokerList"
          legend="Brokers (brokerList)"
          itemLabel={(i) => `Broker ${i + 1}`}
          addLabel="Add broker"
          removeLabel={(i) => `Remove broker ${i + 1}`}
          placeholder="kafka-0.example.com:9092"
          splitsLists
        />
      ) : (
        <fieldset className="group">
          <GroupLegend legend="release" />
          <div className="field-row field-row-3">
            <NumberField name="kafka.inCluster.replicaCount" />
            <ChartLimit name="kafka.inCluster.deletionPolicy">
              <SelectField
                name="kafka.inCluster.deletionPolicy"
                options={enumOptions(DELETION_POLICIES)}
                optional
              />
            </ChartLimit>
            <ChartLimit name="kafka.inCluster.pvcDeletion">
              <TriStateSelect name="kafka.inCluster.pvcDeletion" />
            </ChartLimit>
          </div>
          <HelmValuesField label="Extra Helm values (inCluster.values, YAML)" />
        </fieldset>
      )}
      <fieldset className="group">
        <GroupLegend legend="kafkaClient" />
        <NumberField name="kafka.readTimeout" />
      </fieldset>
      {showSecurity && (
        <fieldset className="group">
          <GroupLegend legend="kafkaSecurity" />
          <SelectField
            name="kafka.securityProtocol"
            options={enumOptions(KAFKA_SECURITY_PROTOCOLS)}
            optional
          />
          {showSasl && (
            <>
              <SelectField
                name="kafka.saslMechanisms"
                options={enumOptions(KAFKA_SASL_MECHANISMS)}
                // A SASL protocol without a mechanism is always an error: no "Default" to pick.
                optional={!saslProtocol}
                placeholder="Choose a mechanism"
              />
              <ChartLimit name="kafka.secretRef">
                <TextField name="kafka.secretRef" />
                {/* The chart reads no Secret for Kafka: nothing to offer there. */}
                {!helm && <KafkaSecretOffer />}
              </ChartLimit>
              <p className="field-or">
                {helm
                  ? 'The username goes into values.yaml, the password into the install command:'
                  : 'or, stored in clear in the resource:'}
              </p>
              <div className="field-row">
                <TextField name="kafka.saslUsername" />
                <ChartLimit name="kafka.saslPassword">
                  <TextField name="kafka.saslPassword" />
                </ChartLimit>
              </div>
            </>
          )}
          {showTls && (
            <fieldset className="group group-nested">
              <legend>
                <IdentifierText text="TLS (ssl)" />
              </legend>
              <TriStateSelect name="kafka.tls.enabled" />
              <div className="field-row">
                <TextField name="kafka.tls.tlsCert" />
                <TextField name="kafka.tls.tlsKey" />
              </div>
              <div className="field-row">
                <TextField name="kafka.tls.tlsCaCert" />
                <ChartLimit name="kafka.tls.tlsKeyPassword">
                  <TextField name="kafka.tls.tlsKeyPassword" />
                </ChartLimit>
              </div>
            </fieldset>
          )}
        </fieldset>
      )}
    </>
  );
}
