/**
 * Each YAML example of the Milvus v2.3 docs page "Configure Message Storage with Milvus Operator",
 * rewritten as the operator expects it, is what the generator writes from the matching values.
 * The rewritten manifests differ from the docs exactly where the docs are wrong (see DOMAIN.md §5):
 * `endpoint` is one string, NATS settings live in `spec.config`, `resources.limits` is spelled right,
 * `msgStreamType` and the image are always explicit, and an in-cluster Pulsar for Milvus 2.3 names
 * the pulsar-v2 chart (the operator's default chart is Pulsar 3.x). The docs' `labels: {app: milvus}` is not a
 * wizard value (merging into such a manifest keeps it; see merge.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateYaml } from './generate.ts';
import { valuesProblems } from '../../wizard/values/validateValues.ts';
import { defaultValues, type WizardValues } from '../../wizard/values/values.ts';
import { defaultImageFor } from '../../facts/versions.ts';

function docsValues(patch: (v: WizardValues) => void): WizardValues {
  const v = defaultValues();
  v.milvusVersion = '2.3';
  v.image = defaultImageFor('2.3');
  v.apiVersion = 'v1alpha1';
  patch(v);
  return v;
}

const cases: { name: string; values: WizardValues; expected: string }[] = [
  {
    name: 'RocksMQ (standalone Milvus)',
    values: docsValues((v) => {
      v.name = 'milvus';
      v.msgStreamType = 'rocksmq';
      v.rocksmq.persistence.enabled = false;
    }),
    expected: `
apiVersion: milvus.io/v1alpha1
kind: Milvus
metadata:
  name: milvus
spec:
  image: milvusdb/milvus:v2.3.20
  dependencies:
    msgStreamType: rocksmq
`,
  },
  {
    name: 'NATS (standalone Milvus, every server setting of the docs)',
    values: docsValues((v) => {
      v.name = 'milvus';
      v.msgStreamType = 'natsmq';
      v.natsmq.persistence.enabled = false;
      v.natsmq.server = {
        port: 4222,
        storeDir: '/var/lib/milvus/nats',
        maxFileStore: 17179869184,
        maxPayload: 8388608,
        maxPending: 67108864,
        initializeTimeout: 4000,
        monitor: { trace: undefined, debug: false, logTime: true, logFile: '', logSizeLimit: 0 },
        retention: { maxAge: 4320, maxBytes: undefined, maxMsgs: undefined },
      };
    }),
    expected: `
apiVersion: milvus.io/v1alpha1
kind: Milvus
metadata:
  name: milvus
spec:
  image: milvusdb/milvus:v2.3.20
  dependencies:
    msgStreamType: natsmq
  config:
    natsmq:
      server:
        port: 4222
        storeDir: /var/lib/milvus/nats
        maxFileStore: 17179869184
        maxPayload: 8388608
        maxPending: 67108864
        initializeTimeout: 4000
        monitor:
          debug: false
          logTime: true
          logSizeLimit: 0
        retention:
          maxAge: 4320
`,
  },
  {
    name: 'external Pulsar (MilvusCluster)',
    values: docsValues((v) => {
      v.mode = 'cluster';
      v.msgStreamType = 'pulsar';
      v.pulsar.external = true;
      v.pulsar.endpoint = '192.168.1.1:6650';
    }),
    expected: `
apiVersion: milvus.io/v1alpha1
kind: MilvusCluster
metadata:
  name: my-release
spec:
  components:
    image: milvusdb/milvus:v2.3.20
  dependencies:
    msgStreamType: pulsar
    pulsar:
      external: true
      endpoint: 192.168.1.1:6650
`,
  },
  {
    name: 'internal Pulsar (MilvusCluster, minimal replicas)',
    values: docsValues((v) => {
      v.mode = 'cluster';
      v.msgStreamType = 'pulsar';
      Object.assign(v.pulsar.inCluster, {
        // Milvus 2.3 speaks Pulsar 2.x; without a chart version the operator would install pulsar-v3.
        chartVersion: 'pulsar-v2',
        autorecovery: false,
        zookeeperReplicas: 1,
        bookkeeperReplicas: 1,
        bookkeeperResources: {
          limitsCpu: '4',
          limitsMemory: '8Gi',
          requestsCpu: '200m',
          requestsMemory: '512Mi',
        },
        brokerReplicas: 1,
        autoSkipNonRecoverableData: true,
        ensembleSize: 1,
        writeQuorum: 1,
        ackQuorum: 1,
        proxyReplicas: 1,
      });
    }),
    expected: `
apiVersion: milvus.io/v1alpha1
kind: MilvusCluster
metadata:
  name: my-release
spec:
  components:
    image: milvusdb/milvus:v2.3.20
  dependencies:
    msgStreamType: pulsar
    pulsar:
      inCluster:
        chartVersion: pulsar-v2
        values:
          components:
            autorecovery: false
          zookeeper:
            replicaCount: 1
          bookkeeper:
            replicaCount: 1
            resources:
              limits:
                cpu: '4'
                memory: 8Gi
              requests:
                cpu: 200m
                memory: 512Mi
          broker:
            replicaCount: 1
            configData:
              autoSkipNonRecoverableData: "true"
              managedLedgerDefaultEnsembleSize: "1"
              managedLedgerDefaultWriteQuorum: "1"
              managedLedgerDefaultAckQuorum: "1"
          proxy:
            replicaCount: 1
`,
  },
  {
    name: 'external Kafka (MilvusCluster, client security in spec.config)',
    values: docsValues((v) => {
      v.mode = 'cluster';
      v.msgStreamType = 'kafka';
      v.kafka.external = true;
      v.kafka.brokerList = ['kafkaBrokerAddr1:9092', 'kafkaBrokerAddr2:9092'];
      v.kafka.securityProtocol = 'PLAINTEXT';
      v.kafka.saslMechanisms = 'PLAIN';
    }),
    expected: `
apiVersion: milvus.io/v1alpha1
kind: MilvusCluster
metadata:
  name: my-release
spec:
  components:
    image: milvusdb/milvus:v2.3.20
  dependencies:
    msgStreamType: kafka
    kafka:
      external: true
      brokerList:
        - kafkaBrokerAddr1:9092
        - kafkaBrokerAddr2:9092
  config:
    kafka:
      securityProtocol: PLAINTEXT
      saslMechanisms: PLAIN
`,
  },
  {
    name: 'internal Kafka (MilvusCluster, chart defaults)',
    values: docsValues((v) => {
      v.mode = 'cluster';
      v.msgStreamType = 'kafka';
    }),
    expected: `
apiVersion: milvus.io/v1alpha1
kind: MilvusCluster
metadata:
  name: my-release
spec:
  components:
    image: milvusdb/milvus:v2.3.20
  dependencies:
    msgStreamType: kafka
`,
  },
];

describe('the docs examples, rewritten as the operator expects them', () => {
  for (const c of cases) {
    it(`reproduces ${c.name}`, () => {
      expect(valuesProblems(c.values)).toEqual([]);
      expect(parse(generateYaml(c.values))).toEqual(parse(c.expected));
    });
  }
});
