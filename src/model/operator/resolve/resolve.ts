/**
 * resolve(): a Milvus resource as milvus-operator v1.3.8 handles it. Every checker rule, the
 * importer, the wizard and `milvus-mq explain` read this view; none derives a version, a default or
 * a storage by itself.
 */
import type { YamlPath } from '../../findings/diagnostics.ts';
import { checkHostPort } from '../../facts/endpoints.ts';
import { embeddedStoreLines } from './embeddedAddresses.ts';
import { NAMESPACE_STAND_IN } from './namespace.ts';
import { ADDRESS_WHY, isAddressStorage, noPortMessage } from '../../findings/sharedChecks.ts';
import type { DeploymentMode } from '../../facts/support.ts';
import {
  DEFAULT_OPERATOR_RELEASE,
  defaultImageOf,
  findOperatorRelease,
  type OperatorRelease,
} from './operatorReleases.ts';
import { convert, formOf } from './convert.ts';
import { liveStatus } from './liveStatus.ts';
import { milvusConfig } from './milvusConfig.ts';
import { dialRefuses, noBrokerDialled, operatorHostPort } from './operatorAddress.ts';
import { believedVersion, isRecord, judgedVersion, runningVersions, scalarText } from './operatorVersion.ts';
import { storageInEffect } from './storage.ts';
import type {
  Address,
  ForcedSetting,
  HeldReason,
  HelmRelease,
  Readiness,
  ResolveOptions,
  ResolvedMilvus,
  ResourceForm,
  StorageInEffect,
} from './types.ts';

type Obj = Record<string, unknown>;

const DEPS: YamlPath = ['spec', 'dependencies'];

/** The Kafka security protocols the operator's readiness check can dial (pkg/external/kafka.go GetKafkaDialer). */
const DIALABLE_PROTOCOLS = ['', 'PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'];
const DIALABLE_MECHANISMS = ['', 'PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'];

export function resolve(root: unknown, options: ResolveOptions = {}, form?: ResourceForm): ResolvedMilvus {
  const doc: Obj = isRecord(root) ? root : {};
  const converted = convert(doc, form ?? formOf(doc), options);
  const { spec, originalPath } = converted;
  const metadata = isRecord(doc.metadata) ? doc.metadata : {};
  const name = scalarText(metadata.name) || '<name>';
  // The resource's own namespace (milvus_webhook.go setDefaultMsgStreamConfigs uses r.Namespace):
  // kubectl's current namespace when the file names none, never assumed to be `default`.
  const namespace = scalarText(metadata.namespace);
  const mode: DeploymentMode = spec.mode === 'cluster' ? 'cluster' : 'standalone';
  const components = isRecord(spec.components) ? spec.components : {};
  const dependencies = isRecord(spec.dependencies) ? spec.dependencies : {};
  const config = isRecord(spec.config) ? spec.config : {};
  const status = isRecord(doc.status) ? doc.status : null;
  const live = status !== null && Object.keys(status).length > 0;

  const specVersion = {
    version: components.version,
    versionPath: originalPath(['spec', 'components', 'version']),
    image: components.image,
    imagePath: originalPath(['spec', 'components', 'image']),
  };
  const operator = findOperatorRelease(options.operatorVersion) ?? DEFAULT_OPERATOR_RELEASE;
  const defaultImage = defaultImageOf(operator);
  const believed = believedVersion({ ...specVersion, option: options.milvusVersion, defaultImage });
  const running = runningVersions(
    components,
    converted.componentsPath,
    (component) => originalPath(['spec', 'components', component]),
    mode,
    options.milvusVersion,
    defaultImage,
  );
  const storage = storageInEffect(dependencies, mode, believed);
  const block = (key: string): Obj => (isRecord(dependencies[key]) ? (dependencies[key] as Obj) : {});
  const addresses = storageAddresses(storage, block, name, namespace);
  const kafka = block('kafka');
  const woodpecker = block('woodpecker');
  const milvusYaml = milvusConfig({
    type: storage.type,
    config,
    addresses,
    kafkaSecretRef: storage.type === 'kafka' ? scalarText(kafka.secretRef) : '',
    woodpeckerExternal: storage.side === 'external' && storage.type === 'woodpecker',
    quorumBufferPools: woodpecker.quorumBufferPools,
  });
  const forced = forcedSettings(components, storage, mode, originalPath);
  const admission = options.webhook
    ? webhookVerdict(converted.admission, storage, block, originalPath)
    : converted.admission;

  return {
    operator,
    form: converted.form,
    name,
    namespace,
    admission,
    conversion: converted.conversion,
    componentsPath: converted.componentsPath,
    mode,
    believed,
    running,
    judged: judgedVersion(believed, running),
    storage,
    helmReleases: helmReleases(storage, block, name, live),
    addresses,
    embeddedStores: embeddedStoreLines(spec, storage, name, namespace),
    config: milvusYaml,
    readiness: readiness(storage, addresses, config, scalarText(kafka.secretRef), operator),
    forced,
    live,
    status: live
      ? liveStatus(
          status,
          metadata,
          // The status is compared with what the spec asks for, whatever --milvus-version says.
          options.milvusVersion ? believedVersion({ ...specVersion, defaultImage }) : believed,
          scalarText(components.image) || defaultImage,
        )
      : null,
  };
}

function storageAddresses(
  storage: StorageInEffect,
  block: (key: string) => Obj,
  name: string,
  namespace: string,
): Address[] {
  // In-cluster addresses: apis/milvus.io/v1beta1/milvus_webhook.go setDefaultMsgStreamConfigs.
  const make = (role: string, raw: string, inCluster: boolean, path: YamlPath | null): Address => {
    const split = operatorHostPort(raw);
    // The operator's own service addresses are well formed (and may hold the <namespace> stand-in).
    const check = inCluster ? ({ ok: true } as const) : checkHostPort(raw, role);
    const address: Address = {
      storage: storage.type,
      role,
      raw,
      host: split.host,
      port: split.port,
      portFallback: split.fallback,
      inCluster,
      path,
    };
    // A missing port means another thing for each storage (the checker words it the same way).
    if (!check.ok)
      address.problem =
        check.kind === 'no-port' && isAddressStorage(storage.type)
          ? { ...check, message: noPortMessage(`${role} "${raw.trim()}"`, ADDRESS_WHY[storage.type].noPort) }
          : check;
    return address;
  };
  if (storage.type === 'pulsar') {
    if (storage.side === 'in-cluster')
      return [
        make('Pulsar endpoint', `${name}-pulsar-proxy.${namespace || NAMESPACE_STAND_IN}:6650`, true, null),
      ];
    const endpoint = block('pulsar').endpoint;
    return [
      make('Pulsar endpoint', typeof endpoint === 'string' ? endpoint : '', false, [
        ...DEPS,
        'pulsar',
        'endpoint',
      ]),
    ];
  }
  if (storage.type === 'kafka') {
    if (storage.side === 'in-cluster')
      return [make('Kafka broker', `${name}-kafka.${namespace || NAMESPACE_STAND_IN}:9092`, true, null)];
    const list = block('kafka').brokerList;
    return (Array.isArray(list) ? list : []).flatMap((item, i) =>
      typeof item === 'string'
        ? [make('Kafka broker', item, false, [...DEPS, 'kafka', 'brokerList', i])]
        : [],
    );
  }
  if (storage.type === 'woodpecker' && storage.side === 'external') {
    const pools = block('woodpecker').quorumBufferPools;
    return (Array.isArray(pools) ? pools : []).flatMap((pool, i) => {
      const seeds = isRecord(pool) && Array.isArray(pool.seeds) ? pool.seeds : [];
      return seeds.flatMap((seed, j) =>
        typeof seed === 'string'
          ? [
              make('Woodpecker seed', seed, false, [
                ...DEPS,
                'woodpecker',
                'quorumBufferPools',
                i,
                'seeds',
                j,
              ]),
            ]
          : [],
      );
    });
  }
  return [];
}

/** pkg/helm/helm.go GetChartRequest: release `<name>-pulsar` or `<name>-kafka`; only exactly `pulsar-v3` gets the Pulsar 3 chart. */
function helmReleases(
  storage: StorageInEffect,
  block: (key: string) => Obj,
  name: string,
  live: boolean,
): HelmRelease[] {
  if (storage.side !== 'in-cluster') return [];
  if (storage.type === 'kafka') {
    return [
      {
        name: `${name}-kafka`,
        chart: 'kafka',
        chartVersion: '',
        chartVersionOrigin: 'the Kafka chart has one version',
        storage: 'kafka',
      },
    ];
  }
  if (storage.type !== 'pulsar') return [];
  const inCluster = isRecord(block('pulsar').inCluster) ? (block('pulsar').inCluster as Obj) : {};
  const written = inCluster.chartVersion;
  // setDefaultMsgStreamConfigs: pulsar-v3 for a resource starting for the first time, pulsar-v2 for one that already ran.
  const chartVersion =
    typeof written === 'string' && written !== '' ? written : live ? 'pulsar-v2' : 'pulsar-v3';
  const origin =
    typeof written === 'string' && written !== ''
      ? 'spec.dependencies.pulsar.inCluster.chartVersion'
      : live
        ? 'not set on a resource that already ran, so the operator keeps pulsar-v2'
        : 'not set, so the operator gives a new resource pulsar-v3';
  return [
    {
      name: `${name}-pulsar`,
      chart: chartVersion === 'pulsar-v3' ? 'pulsarv3 (Pulsar 3)' : 'pulsar (Pulsar 2, chart 2.7.8)',
      chartVersion,
      chartVersionOrigin: origin,
      storage: 'pulsar',
    },
  ];
}

/**
 * pkg/controllers/status_cluster.go GetMsgStreamCondition: Milvus is not deployed until the message
 * storage answers (condition MsgStreamReady).
 */
function readiness(
  storage: StorageInEffect,
  addresses: readonly Address[],
  config: Obj,
  secretRef: string,
  operator: OperatorRelease,
): Readiness {
  const held: HeldReason[] = [];
  if (storage.side !== 'external') {
    const check =
      storage.side === 'in-cluster'
        ? `The operator installs ${storage.type === 'kafka' ? 'Kafka' : 'Pulsar'} with Helm and deploys Milvus once it answers (condition MsgStreamReady).`
        : 'Nothing to wait for: the message storage runs inside Milvus (condition MsgStreamReady is true at once).';
    return { deployed: true, check, held };
  }
  if (storage.type === 'pulsar') {
    const endpoint = addresses[0];
    const authPlugin = isRecord(config.pulsar) ? scalarText(config.pulsar.authPlugin) : '';
    const check = authPlugin
      ? 'With pulsar.authPlugin set, the operator dials the endpoint over TCP (pkg/external/pulsar.go) and deploys Milvus only when it connects.'
      : 'The operator opens a Pulsar client on "pulsar://" + endpoint (pkg/external/pulsar.go) and deploys Milvus only when it connects (condition MsgStreamReady).';
    if (!endpoint || endpoint.raw.trim() === '') {
      held.push({
        path: [...DEPS, 'pulsar', 'endpoint'],
        reason: 'endpoint is empty, so the check can never connect',
      });
    } else if (endpoint.problem?.kind === 'scheme') {
      held.push({
        path: endpoint.path ?? [...DEPS, 'pulsar'],
        reason: `the check connects to pulsar://${endpoint.raw}, a doubled scheme no client can read`,
      });
    } else if (authPlugin && dialRefuses(endpoint.raw)) {
      held.push({
        path: endpoint.path ?? [...DEPS, 'pulsar'],
        reason: `a TCP dial of "${endpoint.raw}" fails before it connects (it needs host:port)`,
      });
    }
    return { deployed: held.length === 0, check, held };
  }
  if (storage.type === 'kafka') {
    // v1.3.8 pkg/external/kafka.go CheckKafka: a kafka-go reader of topic _milvus-operator,
    // partition 0, over the brokers in turn; GetKafkaDialer: tls.Config{} (system CAs only);
    // pkg/controllers/status_cluster.go: secretRef's username and password replace spec.config's.
    // From #514 (v1.3.9 on, operatorReleases.ts): a metadata request per broker, no topic, no topic
    // ACL; the Secret's ca.pem is trusted and its credentials reach the pods as environment variables.
    const check =
      operator.kafkaReadiness === 'metadata'
        ? `The operator (${operator.version}) dials the brokers in brokerList one after another and sends each a metadata request (pkg/external/kafka.go CheckKafka, since #514); it deploys Milvus once one answers (condition MsgStreamReady): no topic needs to exist and no topic ACL is needed. It uses spec.config.kafka's securityProtocol, saslMechanisms${secretRef ? ` and the username and password of Secret ${secretRef} (spec.dependencies.kafka.secretRef), which reach the pods as KAFKA_SASLUSERNAME and KAFKA_SASLPASSWORD` : ', saslUsername and saslPassword'}; with TLS it trusts ${secretRef ? "the Secret's ca.pem when it has one, else " : ''}the system CAs.`
        : `The operator reads the topic _milvus-operator, partition 0, from the brokers in brokerList one after another (pkg/external/kafka.go CheckKafka) and deploys Milvus once one read works (condition MsgStreamReady): the topic must exist or the brokers must create topics automatically, and the ACLs must allow reading it. It uses spec.config.kafka's securityProtocol, saslMechanisms${secretRef ? ` and the username and password of Secret ${secretRef} (spec.dependencies.kafka.secretRef), which replace those in spec.config.kafka` : ', saslUsername and saslPassword'}; with TLS it trusts the system CAs only (not kafka.ssl.tlsCaCert).`;
    const kafka = isRecord(config.kafka) ? config.kafka : {};
    const protocol = scalarText(kafka.securityProtocol);
    const mechanism = scalarText(kafka.saslMechanisms);
    if (addresses.length === 0) {
      held.push({
        path: [...DEPS, 'kafka', 'brokerList'],
        reason: 'brokerList is empty ("broker list is empty")',
      });
    } else if (noBrokerDialled(addresses.map((a) => a.raw))) {
      for (const a of addresses)
        held.push({
          path: a.path ?? [...DEPS, 'kafka'],
          reason: `"${a.raw}" is not host:port, so dialling it fails before it connects`,
        });
    }
    if (!DIALABLE_PROTOCOLS.includes(protocol)) {
      held.push({
        path: ['spec', 'config', 'kafka', 'securityProtocol'],
        reason: `securityProtocol "${protocol}" is not one the check knows (PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL)`,
      });
    } else if (protocol.startsWith('SASL') && !DIALABLE_MECHANISMS.includes(mechanism)) {
      held.push({
        path: ['spec', 'config', 'kafka', 'saslMechanisms'],
        reason: `saslMechanisms "${mechanism}" is not one the check knows (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)`,
      });
    }
    return { deployed: held.length === 0, check, held };
  }
  if (storage.type === 'woodpecker') {
    const check =
      'The operator dials every quorum seed over TCP (pkg/controllers/status_cluster.go) and deploys Milvus only when all connect (condition MsgStreamReady).';
    for (const a of addresses) {
      if (dialRefuses(a.raw))
        held.push({
          path: a.path ?? [...DEPS, 'woodpecker'],
          reason: `a TCP dial of "${a.raw}" fails before it connects (it needs host:port)`,
        });
    }
    return { deployed: held.length === 0, check, held };
  }
  return { deployed: true, check: 'Nothing to wait for.', held };
}

/** apis/milvus.io/v1beta1/milvus_webhook.go DefaultConf: rolling update is forced off for a standalone RocksMQ or NATS. */
function forcedSettings(
  components: Obj,
  storage: StorageInEffect,
  mode: DeploymentMode,
  originalPath: (path: YamlPath) => YamlPath,
): ForcedSetting[] {
  const out: ForcedSetting[] = [];
  const embedded = storage.type === 'rocksmq' || storage.type === 'natsmq';
  if (mode !== 'cluster' && embedded && components.enableRollingUpdate === true) {
    out.push({
      path: originalPath(['spec', 'components', 'enableRollingUpdate']),
      key: 'spec.components.enableRollingUpdate',
      userValue: true,
      value: false,
      reason: `a standalone Milvus with ${storage.type === 'rocksmq' ? 'RocksMQ' : 'NATS'} cannot run two pods on one embedded message storage, so the operator's defaulting sets it to false (isRollingUpdateSupportedByConfig)`,
    });
  }
  return out;
}

/**
 * With the webhook on, apis/milvus.io/v1beta1/milvus_webhook.go validates after defaulting
 * (`validateExternal`): an external storage without its address is refused. Rolling update with an
 * embedded storage is not refused: the mutating webhook's DefaultConf has already set it to false.
 */
function webhookVerdict(
  base: { accepted: boolean; reason: string },
  storage: StorageInEffect,
  block: (key: string) => Obj,
  originalPath: (path: YamlPath) => YamlPath,
): { accepted: boolean; reason: string; refusals?: HeldReason[] } {
  if (!base.accepted) return base;
  const refusals: HeldReason[] = [];
  const required = (path: YamlPath, what: string) =>
    refusals.push({ path: originalPath(path), reason: `${what} should be configured` });
  if (storage.side === 'external') {
    if (storage.type === 'kafka') {
      const list = block('kafka').brokerList;
      if (!Array.isArray(list) || list.length === 0)
        required([...DEPS, 'kafka', 'brokerList'], 'spec.dependencies.kafka.brokerList');
    } else if (storage.type === 'pulsar') {
      if (scalarText(block('pulsar').endpoint) === '')
        required([...DEPS, 'pulsar', 'endpoint'], 'spec.dependencies.pulsar.endpoint');
    } else if (storage.type === 'woodpecker') {
      const pools = block('woodpecker').quorumBufferPools;
      if (!Array.isArray(pools) || pools.length === 0)
        required(
          [...DEPS, 'woodpecker', 'quorumBufferPools'],
          'spec.dependencies.woodpecker.quorumBufferPools',
        );
      (Array.isArray(pools) ? pools : []).forEach((pool, i) => {
        const p = isRecord(pool) ? pool : {};
        if (scalarText(p.name) === '')
          required(
            [...DEPS, 'woodpecker', 'quorumBufferPools', i, 'name'],
            `spec.dependencies.woodpecker.quorumBufferPools[${i}].name`,
          );
        if (!Array.isArray(p.seeds) || p.seeds.length === 0)
          required(
            [...DEPS, 'woodpecker', 'quorumBufferPools', i, 'seeds'],
            `spec.dependencies.woodpecker.quorumBufferPools[${i}].seeds`,
          );
      });
    }
  }
  if (refusals.length === 0) return base;
  return {
    accepted: false,
    reason: `The operator's validating webhook refuses the resource: ${refusals.map((r) => r.reason).join('; ')}.`,
    refusals,
  };
}
