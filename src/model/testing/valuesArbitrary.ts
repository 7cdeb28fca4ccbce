/**
 * Test helpers: wizard values for every allowed combination, and a fast-check arbitrary of valid
 * values. Only the chosen storage's settings vary; the others keep their defaults, as an imported
 * manifest would have them.
 */
import fc from 'fast-check';
import {
  DEPLOYMENT_MODES,
  EMBEDDED_ONLY,
  MSG_STREAM_TYPES,
  PULSAR_CHART_VERSIONS,
  isSelectable,
  pulsarChartFor,
  supportOf,
  woodpeckerServiceVerdict,
  type DeploymentMode,
  type MsgStreamType,
} from '../support.ts';
import { API_VERSIONS, defaultValues, type ApiVersionChoice, type WizardValues } from '../values.ts';
import { MILVUS_MINOR_VERSIONS, defaultImageFor, type MilvusMinor } from '../versions.ts';

export interface Combination {
  mode: DeploymentMode;
  minor: MilvusMinor;
  mq: MsgStreamType;
  external: boolean;
  api: ApiVersionChoice;
}

/** Every mode x version x storage x side x API version the support rules allow. */
export function allowedCombinations(): Combination[] {
  const out: Combination[] = [];
  for (const mode of DEPLOYMENT_MODES)
    for (const minor of MILVUS_MINOR_VERSIONS)
      for (const mq of MSG_STREAM_TYPES) {
        if (!isSelectable(supportOf(mode, mq, minor))) continue;
        const sides =
          EMBEDDED_ONLY.includes(mq) || (mq === 'woodpecker' && !isSelectable(woodpeckerServiceVerdict(mode, minor)))
            ? [false]
            : [false, true];
        for (const external of sides) for (const api of API_VERSIONS) out.push({ mode, minor, mq, external, api });
      }
  return out;
}

/** The least a user must fill in for a combination to be valid. */
export function valuesFor(c: Combination): WizardValues {
  const v = defaultValues();
  v.mode = c.mode;
  v.milvusVersion = c.minor;
  v.image = defaultImageFor(c.minor);
  v.apiVersion = c.api;
  v.msgStreamType = c.mq;
  if (c.mq === 'pulsar') {
    v.pulsar.external = c.external;
    if (c.external) v.pulsar.endpoint = 'pulsar.example:6650';
    else v.pulsar.inCluster.chartVersion = pulsarChartFor(c.minor);
  }
  if (c.mq === 'kafka') {
    v.kafka.external = c.external;
    if (c.external) v.kafka.brokerList = ['kafka-0.example:9092', 'kafka-1.example:9092'];
  }
  if (c.mq === 'woodpecker') {
    v.woodpecker.external = c.external;
    if (c.external) v.woodpecker.quorumBufferPools = [{ name: 'pool-a', seeds: ['wp-0.example:18080'] }];
  }
  return v;
}

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/);
const hostPort = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9.-]{0,15}[a-z0-9]$/), fc.integer({ min: 1, max: 65535 }))
  .map(([h, p]) => `${h}:${p}`);
const optInt = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: undefined });
const optBool = fc.option(fc.boolean(), { nil: undefined });
const optText = fc.oneof(fc.constant(''), fc.stringMatching(/^[A-Za-z0-9/_.-]{1,20}$/));
const optQuantity = fc.oneof(fc.constant(''), fc.constantFrom('1', '500m', '4', '512Mi', '8Gi', '0.5'));
const helmValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.boolean(),
  fc.stringMatching(/^[A-Za-z0-9 _.-]{0,12}$/),
  fc.dictionary(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,8}$/), fc.integer({ min: 0, max: 9 }), { maxKeys: 3 }),
);

function persistenceArb() {
  const off = { enabled: false, pvcDeletion: false, storageSize: '', storageClassName: '', existingClaim: '' };
  return fc.oneof(
    fc.constant(off),
    fc.record({
      enabled: fc.constant(true),
      pvcDeletion: fc.boolean(),
      storageSize: optQuantity,
      storageClassName: optText,
      existingClaim: fc.constant(''),
    }),
  );
}

/** Random valid values: any allowed combination, with random settings for its storage. */
export function validValuesArbitrary(): fc.Arbitrary<WizardValues> {
  const combination = fc.constantFrom(...allowedCombinations());
  return fc
    .record({
      c: combination,
      name: label,
      namespace: fc.oneof(fc.constant(''), label),
      persistence: persistenceArb(),
      rocks: fc.record({ time: optInt(100_000), size: optInt(100_000) }),
      nats: fc.record({
        port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        storeDir: fc.oneof(fc.constant(''), fc.stringMatching(/^\/[a-z/]{1,20}$/)),
        maxFileStore: optInt(2 ** 40),
        maxPayload: optInt(2 ** 30),
        maxPending: optInt(2 ** 30),
        initializeTimeout: optInt(60_000),
        trace: optBool,
        debug: optBool,
        logTime: optBool,
        logFile: optText,
        logSizeLimit: optInt(2 ** 30),
        maxAge: optInt(100_000),
        maxBytes: optInt(2 ** 40),
        maxMsgs: optInt(2 ** 40),
      }),
      pulsar: fc.record({
        chartVersion: fc.constantFrom(undefined, ...PULSAR_CHART_VERSIONS),
        deletionPolicy: fc.constantFrom(undefined, 'Retain' as const, 'Delete' as const),
        pvcDeletion: optBool,
        autorecovery: optBool,
        replicas: fc.tuple(optInt(9), optInt(9), optInt(9), optInt(9)),
        res: fc.tuple(optQuantity, optQuantity, optQuantity, optQuantity),
        skip: optBool,
        quorum: fc.tuple(
          fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
          fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
          fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
        ),
        endpoint: hostPort,
      }),
      kafka: fc.record({
        brokers: fc.array(hostPort, { minLength: 1, maxLength: 4 }),
        protocol: fc.constantFrom(undefined, 'PLAINTEXT' as const, 'SSL' as const, 'SASL_SSL' as const),
        mechanism: fc.constantFrom('PLAIN' as const, 'SCRAM-SHA-512' as const),
        secretRef: label,
        tls: optBool,
        replicaCount: optInt(9),
        extra: fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z]{0,10}$/), helmValue, { maxKeys: 3 }),
      }),
      pools: fc.array(fc.record({ name: label, seeds: fc.array(hostPort, { minLength: 1, maxLength: 3 }) }), {
        minLength: 1,
        maxLength: 3,
      }),
      woodpeckerStorage: fc.constantFrom(undefined, 'minio' as const, 'local' as const),
    })
    .map((r) => {
      const v = valuesFor(r.c);
      v.name = r.name;
      v.namespace = r.namespace;
      if (r.c.mq === 'rocksmq') {
        v.rocksmq = { persistence: r.persistence, retentionTimeInMinutes: r.rocks.time, retentionSizeInMB: r.rocks.size };
      }
      if (r.c.mq === 'natsmq') {
        const n = r.nats;
        v.natsmq = {
          persistence: r.persistence,
          server: {
            port: n.port,
            storeDir: n.storeDir,
            maxFileStore: n.maxFileStore,
            maxPayload: n.maxPayload,
            maxPending: n.maxPending,
            initializeTimeout: n.initializeTimeout,
            monitor: { trace: n.trace, debug: n.debug, logTime: n.logTime, logFile: n.logFile, logSizeLimit: n.logSizeLimit },
            retention: { maxAge: n.maxAge, maxBytes: n.maxBytes, maxMsgs: n.maxMsgs },
          },
        };
      }
      if (r.c.mq === 'pulsar') {
        const p = r.pulsar;
        if (r.c.external) v.pulsar.endpoint = p.endpoint;
        else {
          const legacyPulsar = r.c.minor === '2.3' || r.c.minor === '2.4';
          v.pulsar.inCluster = {
            chartVersion: legacyPulsar ? 'pulsar-v2' : p.chartVersion,
            deletionPolicy: p.deletionPolicy,
            pvcDeletion: p.pvcDeletion,
            autorecovery: p.autorecovery,
            zookeeperReplicas: p.replicas[0],
            bookkeeperReplicas: p.replicas[1],
            brokerReplicas: p.replicas[2],
            proxyReplicas: p.replicas[3],
            bookkeeperResources: {
              limitsCpu: p.res[0],
              limitsMemory: p.res[1],
              requestsCpu: p.res[2],
              requestsMemory: p.res[3],
            },
            autoSkipNonRecoverableData: p.skip,
            ensembleSize: p.quorum[0],
            writeQuorum: p.quorum[1],
            ackQuorum: p.quorum[2],
          };
        }
      }
      if (r.c.mq === 'kafka') {
        const k = r.kafka;
        if (r.c.external) v.kafka.brokerList = k.brokers;
        else v.kafka.inCluster = { ...v.kafka.inCluster, replicaCount: k.replicaCount, extraValues: k.extra };
        v.kafka.securityProtocol = k.protocol;
        if (k.protocol === 'SASL_SSL') {
          v.kafka.saslMechanisms = k.mechanism;
          v.kafka.secretRef = k.secretRef;
        }
        v.kafka.tls.enabled = k.tls;
      }
      if (r.c.mq === 'woodpecker') {
        if (r.c.external) v.woodpecker.quorumBufferPools = r.pools;
        else v.woodpecker.storageType = r.woodpeckerStorage;
      }
      return v;
    });
}
