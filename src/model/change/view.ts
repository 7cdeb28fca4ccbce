/**
 * The facts of one Milvus resource that a change of its message storage compares, read from the
 * resolution stage (src/model/operator/resolve/: the operator's view of the resource), plus the one thing a
 * diff needs beyond it: the defaults milvus-operator v1.3.8 *writes back* into the resource
 * (`Default()` in apis/milvus.io/v1beta1/milvus_webhook.go, written back by
 * pkg/controllers/milvus_controller.go), because `kubectl apply` merges into the object as written back.
 */
import { resolve, type ResolvedMilvus } from '../operator/resolve/index.ts';
import type { DeploymentMode, MsgStreamType, PulsarChartVersion } from '../facts/support.ts';
import type { MilvusVersion } from '../facts/versions.ts';
import { defaultImageOf } from '../operator/resolve/operatorReleases.ts';

export type Json = Record<string, unknown>;

/** The operator release a diff assumes (--operator-version; resolve/operatorReleases.ts). */
export function operatorOptions(operatorVersion: string | undefined): { operatorVersion?: string } {
  return operatorVersion ? { operatorVersion } : {};
}

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

function child(parent: Json, key: string): Json {
  const current = parent[key];
  if (isObject(current)) return current;
  const created: Json = {};
  parent[key] = created;
  return created;
}

export function at(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) {
    if (!isObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

export type StorageInEffect = MsgStreamType | 'custom';

export interface EmbeddedPersistence {
  enabled: boolean;
  pvcDeletion: boolean;
  /** The claim the data lives on: an existing claim's name, or the requested PVC spec, as JSON. */
  claim: string;
}

export interface ResolvedView {
  name: string;
  namespace: string;
  apiVersion: string;
  kind: string;
  mode: DeploymentMode;
  /** The version support is judged against (resolve's judged version: what the pods run). */
  version: MilvusVersion;
  /** "2.6.22", "2.6 or later", "below 2.6". */
  versionLabel: string;
  image: string;
  storage: StorageInEffect;
  /** Whether the resource names msgStreamType itself (before defaulting). */
  storageNamed: boolean;
  pulsarExternal: boolean;
  kafkaExternal: boolean;
  woodpeckerService: boolean;
  /**
   * spec.components.updateConfigMapOnly: defaulted to true by the operator (milvus_webhook.go
   * DefaultComponents), so every live object has it; false only where written so. With it, a
   * change of the config or the storage rewrites the ConfigMap, and the pods take it at their next restart.
   */
  configMapOnly: boolean;
  /** In-cluster Pulsar's chart, when Pulsar runs in the cluster. */
  pulsarChart: PulsarChartVersion | null;
  /** In-cluster Pulsar/Kafka of the storage in effect: what Finalize deletes. */
  deletionPolicy: string | null;
  releasePvcDeletion: boolean;
  /** RocksMQ, NATS or Woodpecker: the data on the Milvus pod. */
  persistence: EmbeddedPersistence | null;
  /** A live object (it has a status or a uid). */
  live: boolean;
}

function componentsOf(obj: Json): Json {
  // v1alpha1 Milvus keeps the component settings directly under spec.
  return obj.apiVersion === 'milvus.io/v1alpha1' && obj.kind === 'Milvus'
    ? child(obj, 'spec')
    : child(child(obj, 'spec'), 'components');
}

/** What the operator writes back into a resource (a copy; the input is not changed). */
export function applyOperatorDefaults(
  input: Json,
  options: { existing: boolean; operatorVersion?: string | undefined },
): Json {
  const obj = structuredClone(input);
  // A live object (status) counts as existing: the operator gives its Pulsar pulsar-v2.
  const resolved = resolve(
    options.existing
      ? {
          ...obj,
          status:
            isObject(obj.status) && Object.keys(obj.status).length > 0 ? obj.status : { existing: true },
        }
      : obj,
    operatorOptions(options.operatorVersion),
  );
  const spec = child(obj, 'spec');
  if (obj.kind !== 'MilvusCluster' && (spec.mode === undefined || spec.mode === '')) spec.mode = 'standalone';
  const components = componentsOf(obj);
  if (typeof components.image !== 'string' || components.image === '')
    components.image = defaultImageOf(resolved.operator);
  const deps = child(spec, 'dependencies');
  if (deps.msgStreamType === undefined || deps.msgStreamType === null || deps.msgStreamType === '')
    deps.msgStreamType = resolved.storage.type;
  const inClusterAddress = (role: string) =>
    resolved.addresses.find((a) => a.inCluster && a.role === role)?.raw;
  const pulsarAddress = inClusterAddress('Pulsar endpoint');
  if (deps.msgStreamType === 'pulsar' && pulsarAddress) {
    const pulsar = child(deps, 'pulsar');
    pulsar.endpoint = pulsarAddress;
    const inCluster = child(pulsar, 'inCluster');
    inCluster.chartVersion =
      resolved.helmReleases.find((r) => r.storage === 'pulsar')?.chartVersion ?? 'pulsar-v3';
    inCluster.deletionPolicy ??= 'Retain';
  }
  const kafkaAddress = inClusterAddress('Kafka broker');
  if (deps.msgStreamType === 'kafka' && kafkaAddress) {
    const kafka = child(deps, 'kafka');
    kafka.brokerList = [kafkaAddress];
    child(kafka, 'inCluster').deletionPolicy ??= 'Retain';
  }
  for (const forced of resolved.forced)
    if (forced.key === 'spec.components.enableRollingUpdate') components.enableRollingUpdate = forced.value;
  return obj;
}

function persistenceOf(obj: Json, storage: StorageInEffect): EmbeddedPersistence | null {
  const local = at(obj, ['spec', 'config', 'woodpecker', 'storage', 'type']) === 'local';
  if (storage !== 'rocksmq' && storage !== 'natsmq' && !(storage === 'woodpecker' && local)) return null;
  const base = ['spec', 'dependencies', storage, 'persistence'];
  let enabled = at(obj, [...base, 'enabled']) === true;
  let pvcDeletion = at(obj, [...base, 'pvcDeletion']) === true;
  let claim = at(obj, [...base, 'persistentVolumeClaim']);
  // A v1alpha1 Milvus keeps RocksMQ's data with spec.persistence (its conversion replaces the rocksmq one).
  if (
    storage === 'rocksmq' &&
    obj.apiVersion === 'milvus.io/v1alpha1' &&
    isObject(at(obj, ['spec', 'persistence']))
  ) {
    enabled = at(obj, ['spec', 'persistence', 'enabled']) === true;
    pvcDeletion = at(obj, ['spec', 'persistence', 'pvcDeletion']) === true;
    claim = at(obj, ['spec', 'persistence', 'persistentVolumeClaim']);
  }
  const existing = isObject(claim) ? claim.existingClaim : undefined;
  const pvcSpec = isObject(claim) ? claim.spec : undefined;
  return {
    enabled,
    pvcDeletion,
    claim:
      typeof existing === 'string' && existing !== ''
        ? `existingClaim ${existing}`
        : JSON.stringify(pvcSpec ?? null),
  };
}

/** The facts of a resource the operator has defaulted (pass a live object, or applyOperatorDefaults' result). */
export function viewOf(obj: Json, named: boolean, operatorVersion?: string): ResolvedView {
  const r: ResolvedMilvus = resolve(obj, operatorOptions(operatorVersion));
  const storage = r.storage.type;
  const external = (mq: 'pulsar' | 'kafka' | 'woodpecker') =>
    at(obj, ['spec', 'dependencies', mq, 'external']) === true;
  const release = r.helmReleases.find((h) => h.storage === storage);
  const inCluster = release ? at(obj, ['spec', 'dependencies', release.storage, 'inCluster']) : undefined;
  const image = r.running[0]?.image ?? defaultImageOf(r.operator);
  return {
    name: r.name,
    namespace: r.namespace,
    apiVersion: String(obj.apiVersion ?? ''),
    kind: String(obj.kind ?? ''),
    mode: r.mode,
    version: r.judged.version,
    versionLabel: r.judged.label,
    image,
    storage,
    storageNamed: named,
    pulsarExternal: external('pulsar'),
    kafkaExternal: external('kafka'),
    woodpeckerService: external('woodpecker'),
    configMapOnly: at(obj, ['spec', 'components', 'updateConfigMapOnly']) !== false,
    pulsarChart:
      release?.storage === 'pulsar'
        ? release.chartVersion === 'pulsar-v3'
          ? 'pulsar-v3'
          : 'pulsar-v2'
        : null,
    deletionPolicy: release
      ? isObject(inCluster) && typeof inCluster.deletionPolicy === 'string'
        ? inCluster.deletionPolicy
        : 'Retain'
      : null,
    releasePvcDeletion: isObject(inCluster) && inCluster.pvcDeletion === true,
    persistence: persistenceOf(obj, storage),
    live: r.live || typeof (isObject(obj.metadata) ? obj.metadata.uid : undefined) === 'string',
  };
}

export function namesMsgStreamType(obj: Json): boolean {
  const value = at(obj, ['spec', 'dependencies', 'msgStreamType']);
  return typeof value === 'string' && value !== '';
}
