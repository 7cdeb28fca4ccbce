/**
 * Where each wizard value lives in a manifest. One list of entries (path -> value) serves the
 * generator (write the defined ones), the merge onto a user's own manifest (change only the
 * entries whose value differs) and, read backwards, the importer's sense of what is modelled.
 *
 * Only what is in effect is written: the settings of the chosen storage, of its chosen side
 * (external or in-cluster), and optional fields that are set.
 */
import type { WizardValues } from './values.ts';
import { versionFromImage } from './versions.ts';

export type ManifestPath = (string | number)[];
/** A path into the wizard's values, e.g. ['kafka', 'brokerList']. */
export type ValuePath = (string | number)[];
export interface Entry {
  path: ManifestPath;
  /** The wizard value this place is written from: read backwards, a manifest finding's form field. */
  field: ValuePath;
  /** `undefined`: the wizard models this place and wants nothing there. */
  value: unknown;
}

export const MILVUS_GROUP = 'milvus.io';

export function resourceKind(v: Pick<WizardValues, 'apiVersion' | 'mode'>): {
  apiVersion: string;
  kind: string;
} {
  if (v.apiVersion === 'v1beta1') return { apiVersion: `${MILVUS_GROUP}/v1beta1`, kind: 'Milvus' };
  return { apiVersion: `${MILVUS_GROUP}/v1alpha1`, kind: v.mode === 'cluster' ? 'MilvusCluster' : 'Milvus' };
}

/** A v1alpha1 `Milvus` keeps its component settings directly under `spec`. */
export function componentsPath(v: Pick<WizardValues, 'apiVersion' | 'mode'>): ManifestPath {
  return v.apiVersion === 'v1alpha1' && v.mode === 'standalone' ? ['spec'] : ['spec', 'components'];
}

const DEPS = ['spec', 'dependencies'];
const CONFIG = ['spec', 'config'];

/**
 * Where RocksMQ's `persistence` block goes: a v1alpha1 Milvus keeps it in `spec.persistence`, which
 * the conversion to v1beta1 puts in place of `dependencies.rocksmq.persistence`
 * (apis/milvus.io/v1alpha1/milvus_webhook.go ConvertSpecTo), so one written there would be lost.
 */
export function rocksmqPersistenceBase(v: Pick<WizardValues, 'apiVersion' | 'mode'>): ManifestPath {
  return v.apiVersion === 'v1alpha1' && v.mode === 'standalone' ? ['spec'] : [...DEPS, 'rocksmq'];
}

const orUndefined = (s: string): string | undefined => (s === '' ? undefined : s);
const trueOrUndefined = (b: boolean): true | undefined => (b ? true : undefined);
const asString = (n: number | boolean | undefined): string | undefined =>
  n === undefined ? undefined : String(n);

function persistenceEntries(
  base: ManifestPath,
  key: 'rocksmq' | 'natsmq',
  p: WizardValues['rocksmq']['persistence'],
): Entry[] {
  const pvc = [...base, 'persistence', 'persistentVolumeClaim'];
  const field = (name: keyof typeof p): ValuePath => [key, 'persistence', name];
  // The volume settings mean nothing without persistence; the operator ignores them then.
  if (!p.enabled) return [{ path: [...base, 'persistence'], field: field('enabled'), value: undefined }];
  return [
    { path: [...base, 'persistence', 'enabled'], field: field('enabled'), value: true },
    {
      path: [...base, 'persistence', 'pvcDeletion'],
      field: field('pvcDeletion'),
      value: trueOrUndefined(p.pvcDeletion),
    },
    { path: [...pvc, 'existingClaim'], field: field('existingClaim'), value: orUndefined(p.existingClaim) },
    {
      path: [...pvc, 'spec', 'storageClassName'],
      field: field('storageClassName'),
      value: orUndefined(p.storageClassName),
    },
    {
      path: [...pvc, 'spec', 'resources', 'requests', 'storage'],
      field: field('storageSize'),
      value: orUndefined(p.storageSize),
    },
  ];
}

function rocksmqEntries(v: WizardValues): Entry[] {
  const r = v.rocksmq;
  return [
    ...persistenceEntries(rocksmqPersistenceBase(v), 'rocksmq', r.persistence),
    {
      path: [...CONFIG, 'rocksmq', 'retentionTimeInMinutes'],
      field: ['rocksmq', 'retentionTimeInMinutes'],
      value: r.retentionTimeInMinutes,
    },
    {
      path: [...CONFIG, 'rocksmq', 'retentionSizeInMB'],
      field: ['rocksmq', 'retentionSizeInMB'],
      value: r.retentionSizeInMB,
    },
  ];
}

function natsmqEntries(v: WizardValues): Entry[] {
  const s = v.natsmq.server;
  const server = [...CONFIG, 'natsmq', 'server'];
  return [
    ...persistenceEntries([...DEPS, 'natsmq'], 'natsmq', v.natsmq.persistence),
    { path: [...server, 'port'], field: ['natsmq', 'server', 'port'], value: s.port },
    {
      path: [...server, 'storeDir'],
      field: ['natsmq', 'server', 'storeDir'],
      value: orUndefined(s.storeDir),
    },
    { path: [...server, 'maxFileStore'], field: ['natsmq', 'server', 'maxFileStore'], value: s.maxFileStore },
    { path: [...server, 'maxPayload'], field: ['natsmq', 'server', 'maxPayload'], value: s.maxPayload },
    { path: [...server, 'maxPending'], field: ['natsmq', 'server', 'maxPending'], value: s.maxPending },
    {
      path: [...server, 'initializeTimeout'],
      field: ['natsmq', 'server', 'initializeTimeout'],
      value: s.initializeTimeout,
    },
    {
      path: [...server, 'monitor', 'trace'],
      field: ['natsmq', 'server', 'monitor', 'trace'],
      value: s.monitor.trace,
    },
    {
      path: [...server, 'monitor', 'debug'],
      field: ['natsmq', 'server', 'monitor', 'debug'],
      value: s.monitor.debug,
    },
    {
      path: [...server, 'monitor', 'logTime'],
      field: ['natsmq', 'server', 'monitor', 'logTime'],
      value: s.monitor.logTime,
    },
    {
      path: [...server, 'monitor', 'logFile'],
      field: ['natsmq', 'server', 'monitor', 'logFile'],
      value: orUndefined(s.monitor.logFile),
    },
    {
      path: [...server, 'monitor', 'logSizeLimit'],
      field: ['natsmq', 'server', 'monitor', 'logSizeLimit'],
      value: s.monitor.logSizeLimit,
    },
    {
      path: [...server, 'retention', 'maxAge'],
      field: ['natsmq', 'server', 'retention', 'maxAge'],
      value: s.retention.maxAge,
    },
    {
      path: [...server, 'retention', 'maxBytes'],
      field: ['natsmq', 'server', 'retention', 'maxBytes'],
      value: s.retention.maxBytes,
    },
    {
      path: [...server, 'retention', 'maxMsgs'],
      field: ['natsmq', 'server', 'retention', 'maxMsgs'],
      value: s.retention.maxMsgs,
    },
  ];
}

function inClusterLifecycleEntries(
  base: ManifestPath,
  key: 'pulsar' | 'kafka',
  c: { deletionPolicy?: string | undefined; pvcDeletion?: boolean | undefined },
): Entry[] {
  return [
    {
      path: [...base, 'inCluster', 'deletionPolicy'],
      field: [key, 'inCluster', 'deletionPolicy'],
      value: c.deletionPolicy,
    },
    {
      path: [...base, 'inCluster', 'pvcDeletion'],
      field: [key, 'inCluster', 'pvcDeletion'],
      value: c.pvcDeletion,
    },
  ];
}

function pulsarEntries(v: WizardValues): Entry[] {
  const p = v.pulsar;
  const base = [...DEPS, 'pulsar'];
  if (p.external) {
    return [
      { path: [...base, 'external'], field: ['pulsar', 'external'], value: true },
      { path: [...base, 'endpoint'], field: ['pulsar', 'endpoint'], value: orUndefined(p.endpoint) },
    ];
  }
  const c = p.inCluster;
  const values = [...base, 'inCluster', 'values'];
  const res = [...values, 'bookkeeper', 'resources'];
  const broker = [...values, 'broker', 'configData'];
  return [
    {
      path: [...base, 'inCluster', 'chartVersion'],
      field: ['pulsar', 'inCluster', 'chartVersion'],
      value: c.chartVersion,
    },
    ...inClusterLifecycleEntries(base, 'pulsar', c),
    {
      path: [...values, 'components', 'autorecovery'],
      field: ['pulsar', 'inCluster', 'autorecovery'],
      value: c.autorecovery,
    },
    {
      path: [...values, 'zookeeper', 'replicaCount'],
      field: ['pulsar', 'inCluster', 'zookeeperReplicas'],
      value: c.zookeeperReplicas,
    },
    {
      path: [...values, 'bookkeeper', 'replicaCount'],
      field: ['pulsar', 'inCluster', 'bookkeeperReplicas'],
      value: c.bookkeeperReplicas,
    },
    {
      path: [...res, 'limits', 'cpu'],
      field: ['pulsar', 'inCluster', 'bookkeeperResources', 'limitsCpu'],
      value: orUndefined(c.bookkeeperResources.limitsCpu),
    },
    {
      path: [...res, 'limits', 'memory'],
      field: ['pulsar', 'inCluster', 'bookkeeperResources', 'limitsMemory'],
      value: orUndefined(c.bookkeeperResources.limitsMemory),
    },
    {
      path: [...res, 'requests', 'cpu'],
      field: ['pulsar', 'inCluster', 'bookkeeperResources', 'requestsCpu'],
      value: orUndefined(c.bookkeeperResources.requestsCpu),
    },
    {
      path: [...res, 'requests', 'memory'],
      field: ['pulsar', 'inCluster', 'bookkeeperResources', 'requestsMemory'],
      value: orUndefined(c.bookkeeperResources.requestsMemory),
    },
    {
      path: [...values, 'broker', 'replicaCount'],
      field: ['pulsar', 'inCluster', 'brokerReplicas'],
      value: c.brokerReplicas,
    },
    // The Pulsar chart passes configData to the broker as environment strings.
    {
      path: [...broker, 'autoSkipNonRecoverableData'],
      field: ['pulsar', 'inCluster', 'autoSkipNonRecoverableData'],
      value: asString(c.autoSkipNonRecoverableData),
    },
    {
      path: [...broker, 'managedLedgerDefaultEnsembleSize'],
      field: ['pulsar', 'inCluster', 'ensembleSize'],
      value: asString(c.ensembleSize),
    },
    {
      path: [...broker, 'managedLedgerDefaultWriteQuorum'],
      field: ['pulsar', 'inCluster', 'writeQuorum'],
      value: asString(c.writeQuorum),
    },
    {
      path: [...broker, 'managedLedgerDefaultAckQuorum'],
      field: ['pulsar', 'inCluster', 'ackQuorum'],
      value: asString(c.ackQuorum),
    },
    {
      path: [...values, 'proxy', 'replicaCount'],
      field: ['pulsar', 'inCluster', 'proxyReplicas'],
      value: c.proxyReplicas,
    },
  ];
}

function kafkaEntries(v: WizardValues): Entry[] {
  const k = v.kafka;
  const base = [...DEPS, 'kafka'];
  const config = [...CONFIG, 'kafka'];
  const side: Entry[] = k.external
    ? [
        { path: [...base, 'external'], field: ['kafka', 'external'], value: true },
        {
          path: [...base, 'brokerList'],
          field: ['kafka', 'brokerList'],
          value: k.brokerList.length > 0 ? k.brokerList : undefined,
        },
      ]
    : [
        ...inClusterLifecycleEntries(base, 'kafka', k.inCluster),
        {
          path: [...base, 'inCluster', 'values', 'replicaCount'],
          field: ['kafka', 'inCluster', 'replicaCount'],
          value: k.inCluster.replicaCount,
        },
        ...Object.entries(k.inCluster.extraValues)
          .filter(([key]) => key !== 'replicaCount')
          .map(([key, value]) => ({
            path: [...base, 'inCluster', 'values', key],
            field: ['kafka', 'inCluster', 'extraValues', key],
            value,
          })),
      ];
  return [
    ...side,
    { path: [...base, 'secretRef'], field: ['kafka', 'secretRef'], value: orUndefined(k.secretRef) },
    {
      path: [...config, 'securityProtocol'],
      field: ['kafka', 'securityProtocol'],
      value: k.securityProtocol,
    },
    { path: [...config, 'saslMechanisms'], field: ['kafka', 'saslMechanisms'], value: k.saslMechanisms },
    {
      path: [...config, 'saslUsername'],
      field: ['kafka', 'saslUsername'],
      value: orUndefined(k.saslUsername),
    },
    {
      path: [...config, 'saslPassword'],
      field: ['kafka', 'saslPassword'],
      value: orUndefined(k.saslPassword),
    },
    { path: [...config, 'ssl', 'enabled'], field: ['kafka', 'tls', 'enabled'], value: k.tls.enabled },
    {
      path: [...config, 'ssl', 'tlsCert'],
      field: ['kafka', 'tls', 'tlsCert'],
      value: orUndefined(k.tls.tlsCert),
    },
    {
      path: [...config, 'ssl', 'tlsKey'],
      field: ['kafka', 'tls', 'tlsKey'],
      value: orUndefined(k.tls.tlsKey),
    },
    {
      path: [...config, 'ssl', 'tlsCaCert'],
      field: ['kafka', 'tls', 'tlsCaCert'],
      value: orUndefined(k.tls.tlsCaCert),
    },
    {
      path: [...config, 'ssl', 'tlsKeyPassword'],
      field: ['kafka', 'tls', 'tlsKeyPassword'],
      value: orUndefined(k.tls.tlsKeyPassword),
    },
  ];
}

function woodpeckerEntries(v: WizardValues): Entry[] {
  const w = v.woodpecker;
  const base = [...DEPS, 'woodpecker'];
  return [
    { path: [...base, 'external'], field: ['woodpecker', 'external'], value: trueOrUndefined(w.external) },
    {
      path: [...base, 'quorumBufferPools'],
      field: ['woodpecker', 'quorumBufferPools'],
      value: w.external && w.quorumBufferPools.length > 0 ? w.quorumBufferPools : undefined,
    },
    // In service mode the operator writes storage.type: service itself (pkg/controllers/configmaps.go).
    {
      path: [...CONFIG, 'woodpecker', 'storage', 'type'],
      field: ['woodpecker', 'storageType'],
      value: w.external ? undefined : w.storageType,
    },
  ];
}

const STORAGE_ENTRIES = {
  rocksmq: rocksmqEntries,
  natsmq: natsmqEntries,
  pulsar: pulsarEntries,
  kafka: kafkaEntries,
  woodpecker: woodpeckerEntries,
} satisfies Record<WizardValues['msgStreamType'], (v: WizardValues) => Entry[]>;

/** Every place the wizard writes, in the order a fresh manifest lists them. */
export function manifestEntries(v: WizardValues): Entry[] {
  const { apiVersion, kind } = resourceKind(v);
  const components = componentsPath(v);
  const imageHasVersion = versionFromImage(v.image) !== null;
  return [
    { path: ['apiVersion'], field: ['apiVersion'], value: apiVersion },
    // The kind follows the API version and, in v1alpha1, the mode; a finding on it is fixed there.
    { path: ['kind'], field: ['apiVersion'], value: kind },
    { path: ['metadata', 'name'], field: ['name'], value: v.name },
    { path: ['metadata', 'namespace'], field: ['namespace'], value: orUndefined(v.namespace) },
    { path: ['spec', 'mode'], field: ['mode'], value: v.apiVersion === 'v1beta1' ? v.mode : undefined },
    { path: [...components, 'image'], field: ['image'], value: orUndefined(v.image) },
    // A digest or a non-version tag hides the version; the label keeps it visible to the operator.
    {
      path: [...components, 'version'],
      field: ['milvusVersion'],
      value: v.image !== '' && !imageHasVersion ? `v${v.milvusVersion}.0` : undefined,
    },
    { path: ['spec', 'dependencies', 'msgStreamType'], field: ['msgStreamType'], value: v.msgStreamType },
    ...STORAGE_ENTRIES[v.msgStreamType](v),
  ];
}
