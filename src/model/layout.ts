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
export interface Entry {
  path: ManifestPath;
  /** `undefined`: the wizard models this place and wants nothing there. */
  value: unknown;
}

export const MILVUS_GROUP = 'milvus.io';

export function resourceKind(v: Pick<WizardValues, 'apiVersion' | 'mode'>): { apiVersion: string; kind: string } {
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
const asString = (n: number | boolean | undefined): string | undefined => (n === undefined ? undefined : String(n));

function persistenceEntries(base: ManifestPath, p: WizardValues['rocksmq']['persistence']): Entry[] {
  const pvc = [...base, 'persistence', 'persistentVolumeClaim'];
  // The volume settings mean nothing without persistence; the operator ignores them then.
  if (!p.enabled) return [{ path: [...base, 'persistence'], value: undefined }];
  return [
    { path: [...base, 'persistence', 'enabled'], value: true },
    { path: [...base, 'persistence', 'pvcDeletion'], value: trueOrUndefined(p.pvcDeletion) },
    { path: [...pvc, 'existingClaim'], value: orUndefined(p.existingClaim) },
    { path: [...pvc, 'spec', 'storageClassName'], value: orUndefined(p.storageClassName) },
    { path: [...pvc, 'spec', 'resources', 'requests', 'storage'], value: orUndefined(p.storageSize) },
  ];
}

function rocksmqEntries(v: WizardValues): Entry[] {
  const r = v.rocksmq;
  return [
    ...persistenceEntries(rocksmqPersistenceBase(v), r.persistence),
    { path: [...CONFIG, 'rocksmq', 'retentionTimeInMinutes'], value: r.retentionTimeInMinutes },
    { path: [...CONFIG, 'rocksmq', 'retentionSizeInMB'], value: r.retentionSizeInMB },
  ];
}

function natsmqEntries(v: WizardValues): Entry[] {
  const s = v.natsmq.server;
  const server = [...CONFIG, 'natsmq', 'server'];
  return [
    ...persistenceEntries([...DEPS, 'natsmq'], v.natsmq.persistence),
    { path: [...server, 'port'], value: s.port },
    { path: [...server, 'storeDir'], value: orUndefined(s.storeDir) },
    { path: [...server, 'maxFileStore'], value: s.maxFileStore },
    { path: [...server, 'maxPayload'], value: s.maxPayload },
    { path: [...server, 'maxPending'], value: s.maxPending },
    { path: [...server, 'initializeTimeout'], value: s.initializeTimeout },
    { path: [...server, 'monitor', 'trace'], value: s.monitor.trace },
    { path: [...server, 'monitor', 'debug'], value: s.monitor.debug },
    { path: [...server, 'monitor', 'logTime'], value: s.monitor.logTime },
    { path: [...server, 'monitor', 'logFile'], value: orUndefined(s.monitor.logFile) },
    { path: [...server, 'monitor', 'logSizeLimit'], value: s.monitor.logSizeLimit },
    { path: [...server, 'retention', 'maxAge'], value: s.retention.maxAge },
    { path: [...server, 'retention', 'maxBytes'], value: s.retention.maxBytes },
    { path: [...server, 'retention', 'maxMsgs'], value: s.retention.maxMsgs },
  ];
}

function inClusterLifecycleEntries(
  base: ManifestPath,
  c: { deletionPolicy?: string | undefined; pvcDeletion?: boolean | undefined },
): Entry[] {
  return [
    { path: [...base, 'inCluster', 'deletionPolicy'], value: c.deletionPolicy },
    { path: [...base, 'inCluster', 'pvcDeletion'], value: c.pvcDeletion },
  ];
}

function pulsarEntries(v: WizardValues): Entry[] {
  const p = v.pulsar;
  const base = [...DEPS, 'pulsar'];
  if (p.external) {
    return [
      { path: [...base, 'external'], value: true },
      { path: [...base, 'endpoint'], value: orUndefined(p.endpoint) },
    ];
  }
  const c = p.inCluster;
  const values = [...base, 'inCluster', 'values'];
  const res = [...values, 'bookkeeper', 'resources'];
  const broker = [...values, 'broker', 'configData'];
  return [
    { path: [...base, 'inCluster', 'chartVersion'], value: c.chartVersion },
    ...inClusterLifecycleEntries(base, c),
    { path: [...values, 'components', 'autorecovery'], value: c.autorecovery },
    { path: [...values, 'zookeeper', 'replicaCount'], value: c.zookeeperReplicas },
    { path: [...values, 'bookkeeper', 'replicaCount'], value: c.bookkeeperReplicas },
    { path: [...res, 'limits', 'cpu'], value: orUndefined(c.bookkeeperResources.limitsCpu) },
    { path: [...res, 'limits', 'memory'], value: orUndefined(c.bookkeeperResources.limitsMemory) },
    { path: [...res, 'requests', 'cpu'], value: orUndefined(c.bookkeeperResources.requestsCpu) },
    { path: [...res, 'requests', 'memory'], value: orUndefined(c.bookkeeperResources.requestsMemory) },
    { path: [...values, 'broker', 'replicaCount'], value: c.brokerReplicas },
    // The Pulsar chart passes configData to the broker as environment strings.
    { path: [...broker, 'autoSkipNonRecoverableData'], value: asString(c.autoSkipNonRecoverableData) },
    { path: [...broker, 'managedLedgerDefaultEnsembleSize'], value: asString(c.ensembleSize) },
    { path: [...broker, 'managedLedgerDefaultWriteQuorum'], value: asString(c.writeQuorum) },
    { path: [...broker, 'managedLedgerDefaultAckQuorum'], value: asString(c.ackQuorum) },
    { path: [...values, 'proxy', 'replicaCount'], value: c.proxyReplicas },
  ];
}

function kafkaEntries(v: WizardValues): Entry[] {
  const k = v.kafka;
  const base = [...DEPS, 'kafka'];
  const config = [...CONFIG, 'kafka'];
  const side: Entry[] = k.external
    ? [
        { path: [...base, 'external'], value: true },
        { path: [...base, 'brokerList'], value: k.brokerList.length > 0 ? k.brokerList : undefined },
      ]
    : [
        ...inClusterLifecycleEntries(base, k.inCluster),
        { path: [...base, 'inCluster', 'values', 'replicaCount'], value: k.inCluster.replicaCount },
        ...Object.entries(k.inCluster.extraValues)
          .filter(([key]) => key !== 'replicaCount')
          .map(([key, value]) => ({ path: [...base, 'inCluster', 'values', key], value })),
      ];
  return [
    ...side,
    { path: [...base, 'secretRef'], value: orUndefined(k.secretRef) },
    { path: [...config, 'securityProtocol'], value: k.securityProtocol },
    { path: [...config, 'saslMechanisms'], value: k.saslMechanisms },
    { path: [...config, 'saslUsername'], value: orUndefined(k.saslUsername) },
    { path: [...config, 'saslPassword'], value: orUndefined(k.saslPassword) },
    { path: [...config, 'ssl', 'enabled'], value: k.tls.enabled },
    { path: [...config, 'ssl', 'tlsCert'], value: orUndefined(k.tls.tlsCert) },
    { path: [...config, 'ssl', 'tlsKey'], value: orUndefined(k.tls.tlsKey) },
    { path: [...config, 'ssl', 'tlsCaCert'], value: orUndefined(k.tls.tlsCaCert) },
    { path: [...config, 'ssl', 'tlsKeyPassword'], value: orUndefined(k.tls.tlsKeyPassword) },
  ];
}

function woodpeckerEntries(v: WizardValues): Entry[] {
  const w = v.woodpecker;
  const base = [...DEPS, 'woodpecker'];
  return [
    { path: [...base, 'external'], value: trueOrUndefined(w.external) },
    {
      path: [...base, 'quorumBufferPools'],
      value: w.external && w.quorumBufferPools.length > 0 ? w.quorumBufferPools : undefined,
    },
    { path: [...CONFIG, 'woodpecker', 'storage', 'type'], value: w.storageType },
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
    { path: ['apiVersion'], value: apiVersion },
    { path: ['kind'], value: kind },
    { path: ['metadata', 'name'], value: v.name },
    { path: ['metadata', 'namespace'], value: orUndefined(v.namespace) },
    { path: ['spec', 'mode'], value: v.apiVersion === 'v1beta1' ? v.mode : undefined },
    { path: [...components, 'image'], value: orUndefined(v.image) },
    // A digest or a non-version tag hides the version; the label keeps it visible to the operator.
    {
      path: [...components, 'version'],
      value: v.image !== '' && !imageHasVersion ? `v${v.milvusVersion}.0` : undefined,
    },
    { path: ['spec', 'dependencies', 'msgStreamType'], value: v.msgStreamType },
    ...STORAGE_ENTRIES[v.msgStreamType](v),
  ];
}
