import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { allowedCombinations, validValuesArbitrary, valuesFor } from '../../testing/valuesArbitrary.ts';
import { defaultValues, type WizardValues } from '../../wizard/values/values.ts';
import { chartVersion } from '../chart/index.ts';
import { chartForMilvus } from './chartChoice.ts';
import { helmInstallCommand } from './installCommand.ts';
import { helmValuesYaml, planHelmValues } from './writeValues.ts';

const CHART = chartVersion('5.0.19')!;
const written = (v: WizardValues) =>
  parse(helmValuesYaml(v, CHART)) as Record<string, Record<string, unknown>>;

function externalKafkaWithSasl(): WizardValues {
  const v = defaultValues();
  v.target = 'helm';
  v.mode = 'cluster';
  v.msgStreamType = 'kafka';
  v.kafka.external = true;
  v.kafka.brokerList = ['kafka-0.example:9092', 'kafka-1.example:9092'];
  v.kafka.securityProtocol = 'SASL_SSL';
  v.kafka.saslMechanisms = 'SCRAM-SHA-512';
  v.kafka.saslUsername = 'milvus';
  v.kafka.saslPassword = 'hunter2-secret';
  v.kafka.tls.tlsKeyPassword = 'key-secret';
  return v;
}

describe('the values.yaml the wizard writes for the milvus-helm chart', () => {
  it('external Kafka with SASL: no password in the file; the command takes it from $KAFKA_SASL_PASSWORD', () => {
    const v = externalKafkaWithSasl();
    const text = helmValuesYaml(v, CHART);
    expect(text).not.toContain('hunter2-secret');
    expect(text).not.toContain('key-secret');
    const values = parse(text) as Record<string, Record<string, unknown>>;
    expect(values.externalKafka).toEqual({
      enabled: true,
      brokerList: 'kafka-0.example:9092,kafka-1.example:9092',
      securityProtocol: 'SASL_SSL',
      sasl: { mechanisms: 'SCRAM-SHA-512', username: 'milvus' },
    });
    // The bundled Pulsar would be deployed unused (zilliztech/milvus-helm#116).
    expect(values.pulsarv3).toEqual({ enabled: false });
    const command = helmInstallCommand(v, CHART, {
      valuesFile: 'values.yaml',
      secrets: planHelmValues(v, CHART).secrets,
    });
    expect(command).toContain('helm repo add zilliztech https://zilliztech.github.io/milvus-helm/');
    expect(command).toContain('helm upgrade --install my-release zilliztech/milvus');
    expect(command).toContain('--version 5.0.19');
    expect(command).toContain('--set-string externalKafka.sasl.password="${KAFKA_SASL_PASSWORD:?');
    expect(command).not.toContain('hunter2-secret');
  });

  it('external Kafka without security says PLAINTEXT, since the chart defaults to SASL_SSL', () => {
    const v = externalKafkaWithSasl();
    v.kafka.securityProtocol = undefined;
    v.kafka.saslMechanisms = undefined;
    v.kafka.saslUsername = '';
    v.kafka.saslPassword = '';
    expect(written(v).externalKafka?.securityProtocol).toBe('PLAINTEXT');
    expect(planHelmValues(v, CHART).secrets).toEqual([]);
  });

  it('external Pulsar: externalPulsar on with host and port, every bundled Pulsar off', () => {
    const v = defaultValues();
    v.msgStreamType = 'pulsar';
    v.pulsar.external = true;
    v.pulsar.endpoint = 'pulsar.example:6650';
    const values = written(v);
    expect(values.externalPulsar).toEqual({ enabled: true, host: 'pulsar.example', port: 6650 });
    expect(values.pulsarv3).toEqual({ enabled: false });
    expect(values.pulsar).toEqual({ enabled: false });
  });

  it('in-cluster Kafka in standalone: kafka on, pulsarv3 off, standalone.messageQueue kafka', () => {
    const v = defaultValues();
    v.msgStreamType = 'kafka';
    v.kafka.inCluster.replicaCount = 3;
    const values = written(v);
    expect(values.kafka).toEqual({ enabled: true, replicaCount: 3 });
    expect(values.pulsarv3).toEqual({ enabled: false });
    expect(values.standalone?.messageQueue).toBe('kafka');
    expect(values.cluster).toEqual({ enabled: false });
  });

  it('in-cluster Pulsar: the subchart values go under pulsarv3 (or pulsar for pulsar-v2)', () => {
    const v = defaultValues();
    v.mode = 'cluster';
    v.msgStreamType = 'pulsar';
    v.pulsar.inCluster.brokerReplicas = 2;
    v.pulsar.inCluster.ensembleSize = 2;
    expect(written(v).pulsarv3).toEqual({
      enabled: true,
      broker: { replicaCount: 2, configData: { managedLedgerDefaultEnsembleSize: '2' } },
    });
    v.pulsar.inCluster.chartVersion = 'pulsar-v2';
    const values = written(v);
    expect(values.pulsarv3).toEqual({ enabled: false });
    expect(values.pulsar?.enabled).toBe(true);
    expect(values.cluster).toEqual({ enabled: true });
    expect(values.standalone).toBeUndefined();
  });

  it('NATS settings go into extraConfigFiles.user.yaml (the chart has no key for them)', () => {
    const v = defaultValues();
    v.milvusVersion = '2.5';
    v.image = 'milvusdb/milvus:v2.5.16';
    v.msgStreamType = 'natsmq';
    v.natsmq.server.maxPayload = 1024;
    const values = written(v);
    expect(values.standalone?.messageQueue).toBe('natsmq');
    expect(values.image).toEqual({ all: { repository: 'milvusdb/milvus', tag: 'v2.5.16' } });
    expect(parse(String(values.extraConfigFiles?.['user.yaml']))).toEqual({
      natsmq: { server: { maxPayload: 1024 } },
    });
  });

  it('Woodpecker: embedded in a cluster through woodpecker.enabled; as a service with embedded: false', () => {
    const v = defaultValues();
    v.mode = 'cluster';
    v.msgStreamType = 'woodpecker';
    v.woodpecker.storageType = 'minio';
    let values = written(v);
    expect(values.woodpecker).toEqual({ enabled: true });
    expect(values.streaming).toEqual({ woodpecker: { embedded: true, storage: { type: 'minio' } } });
    v.woodpecker.external = true;
    v.woodpecker.quorumBufferPools = [{ name: 'a', seeds: ['wp:18080'] }];
    values = written(v);
    expect(values.streaming).toEqual({ woodpecker: { embedded: false } });
    expect(planHelmValues(v, CHART).notWritten.map((n) => n.field)).toEqual(['woodpecker.quorumBufferPools']);
  });

  it('a setting the chart cannot hold is not written, and says why', () => {
    const v = defaultValues();
    v.msgStreamType = 'rocksmq';
    v.rocksmq.persistence.pvcDeletion = true;
    const { notWritten, values } = planHelmValues(v, CHART);
    expect(notWritten).toEqual([
      {
        field: 'rocksmq.persistence.pvcDeletion',
        reason: expect.stringContaining('helm.sh/resource-policy'),
      },
    ]);
    expect(JSON.stringify(values)).not.toContain('pvcDeletion');
  });

  it('every allowed combination writes YAML that parses, with a comment on each block and the storage switched on', () => {
    for (const c of allowedCombinations().filter((x) => x.api === 'v1beta1')) {
      const v = valuesFor(c);
      const text = helmValuesYaml(v, CHART);
      const values = parse(text) as Record<string, Record<string, unknown>>;
      expect(values.cluster?.enabled).toBe(c.mode === 'cluster');
      for (const key of Object.keys(values)) expect(text).toMatch(new RegExp(`# .*\\n${key}:`));
    }
  });

  it('pins the newest chart on the chosen Milvus line, and writes no switch the chart version lacks', () => {
    expect(chartForMilvus('2.6')).toMatchObject({ chart: { version: '5.0.19' }, shipsLine: true });
    expect(chartForMilvus('2.5').chart.appVersion).toMatch(/^2\.5\./);
    expect(chartForMilvus('2.4').chart.appVersion).toMatch(/^2\.4\./);
    expect(chartForMilvus('3.0')).toMatchObject({ chart: { version: '5.0.19' }, shipsLine: false });
    expect(chartForMilvus('2.3')).toMatchObject({ chart: { version: '4.2.0' }, shipsLine: false });
    const v = defaultValues();
    v.milvusVersion = '2.4';
    v.image = 'milvusdb/milvus:v2.4.17';
    v.msgStreamType = 'kafka';
    const old = chartVersion('4.2.20')!;
    const values = parse(helmValuesYaml(v, old)) as Record<string, unknown>;
    expect(values.pulsarv3).toBeUndefined();
    expect(values.woodpecker).toBeUndefined();
    expect(values.pulsar).toEqual({ enabled: false });
  });

  it('never writes a password, whatever the values', () => {
    fc.assert(
      fc.property(validValuesArbitrary(), (v) => {
        const text = helmValuesYaml({ ...v, target: 'helm' }, CHART);
        for (const secret of [v.kafka.saslPassword, v.kafka.tls.tlsKeyPassword]) {
          if (secret.length >= 4) expect(text).not.toContain(secret);
        }
      }),
      { numRuns: 100 },
    );
  });
});
