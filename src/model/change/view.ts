/**
 * The operator's view of one Milvus resource, as far as a change of its message storage needs it.
 *
 * A small stand-in, isolated in this file, for the project's resolution stage (src/model/resolve/,
 * written in parallel): same semantics, over the plain object. It follows milvus-operator v1.3.8:
 * - `applyOperatorDefaults` is what `Default()` (apis/milvus.io/v1beta1/milvus_webhook.go) writes
 *   into the resource on the first reconcile and on every later one, which
 *   pkg/controllers/milvus_controller.go then `Update`s: the image, mode, msgStreamType from the
 *   version the operator *believes*, in-cluster addresses, the Pulsar chartVersion (pulsar-v3 for a
 *   new resource, pulsar-v2 for an existing one), deletionPolicy Retain, enableRollingUpdate;
 * - `viewOf` reads the facts the change rules compare.
 */
import { operatorDefaultMsgStream, type DeploymentMode, type MsgStreamType } from '../support.ts';
import {
  OPERATOR_DEFAULT_IMAGE,
  OPERATOR_DEFAULT_VERSION,
  atLeastMinor,
  parseVersion,
  versionFromImage,
  type MilvusVersion,
} from '../versions.ts';
import { namespaceOf, operatorAddress } from '../live/operatorAddresses.ts';

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

function child(parent: Json, key: string): Json {
  const current = parent[key];
  if (isObject(current)) return current;
  const created: Json = {};
  parent[key] = created;
  return created;
}

function at(root: unknown, path: readonly string[]): unknown {
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
  /** The version the operator believes (components.version, else the image tag, else below 2.6). */
  version: MilvusVersion;
  versionSource: 'version' | 'image' | 'default' | 'unreadable';
  image: string;
  storage: StorageInEffect;
  /** Whether the resource names msgStreamType itself (before defaulting). */
  storageNamed: boolean;
  pulsarExternal: boolean;
  kafkaExternal: boolean;
  woodpeckerService: boolean;
  /** In-cluster Pulsar's chart, when Pulsar runs in the cluster. */
  pulsarChart: 'pulsar-v2' | 'pulsar-v3' | null;
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
  return obj.apiVersion === 'milvus.io/v1alpha1' && obj.kind === 'Milvus' ? child(obj, 'spec') : child(child(obj, 'spec'), 'components');
}

function modeOf(obj: Json): DeploymentMode {
  if (obj.kind === 'MilvusCluster') return 'cluster';
  return at(obj, ['spec', 'mode']) === 'cluster' ? 'cluster' : 'standalone';
}

/** IsVersionGreaterThan2_6 reads components.version, else the image tag; unreadable counts as below 2.6. */
export function believedVersion(obj: Json): Pick<ResolvedView, 'version' | 'versionSource'> {
  const components = isObject(obj.spec) ? componentsOf(structuredClone(obj)) : {};
  const label = components.version;
  const fromLabel = typeof label === 'string' || typeof label === 'number' ? parseVersion(String(label)) : null;
  if (fromLabel) return { version: fromLabel, versionSource: 'version' };
  const image = components.image;
  if (typeof image !== 'string' || image.trim() === '') return { version: OPERATOR_DEFAULT_VERSION, versionSource: 'default' };
  const tag = image.split('@')[0]!.split(':').at(-1) ?? '';
  if (/^master-/.test(tag)) return { version: { major: 2, minor: 6, patch: 0 }, versionSource: 'image' };
  const fromImage = versionFromImage(image.trim());
  return fromImage
    ? { version: fromImage, versionSource: 'image' }
    : { version: { major: 2, minor: 5, patch: 999 }, versionSource: 'unreadable' };
}

/** What the operator writes back into a resource (a copy; the input is not changed). */
export function applyOperatorDefaults(input: Json, options: { existing: boolean }): Json {
  const obj = structuredClone(input);
  const metadata = child(obj, 'metadata');
  const name = typeof metadata.name === 'string' ? metadata.name : 'my-release';
  const namespace = namespaceOf(metadata.namespace);
  const spec = child(obj, 'spec');
  if (obj.kind !== 'MilvusCluster' && (spec.mode === undefined || spec.mode === '')) spec.mode = 'standalone';
  const components = componentsOf(obj);
  if (typeof components.image !== 'string' || components.image === '') components.image = OPERATOR_DEFAULT_IMAGE;
  const mode = modeOf(obj);
  const { version } = believedVersion(obj);
  const deps = child(spec, 'dependencies');
  if (deps.msgStreamType === undefined || deps.msgStreamType === null || deps.msgStreamType === '')
    deps.msgStreamType = operatorDefaultMsgStream(mode, version);
  const pulsar = child(deps, 'pulsar');
  const kafka = child(deps, 'kafka');
  if (deps.msgStreamType === 'pulsar' && pulsar.external !== true) {
    pulsar.endpoint = operatorAddress('pulsar', name, namespace);
    const inCluster = child(pulsar, 'inCluster');
    if (inCluster.chartVersion === undefined || inCluster.chartVersion === '')
      inCluster.chartVersion = options.existing ? 'pulsar-v2' : 'pulsar-v3';
    inCluster.deletionPolicy ??= 'Retain';
  }
  if (deps.msgStreamType === 'kafka' && kafka.external !== true) {
    kafka.brokerList = [operatorAddress('kafka', name, namespace)];
    child(kafka, 'inCluster').deletionPolicy ??= 'Retain';
  }
  // DefaultConf: rolling updates are forced off for standalone RocksMQ or NATS.
  if (components.enableRollingUpdate === undefined) components.enableRollingUpdate = true;
  if (mode === 'standalone' && (deps.msgStreamType === 'rocksmq' || deps.msgStreamType === 'natsmq'))
    components.enableRollingUpdate = false;
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
  if (storage === 'rocksmq' && obj.apiVersion === 'milvus.io/v1alpha1' && isObject(at(obj, ['spec', 'persistence']))) {
    enabled = at(obj, ['spec', 'persistence', 'enabled']) === true;
    pvcDeletion = at(obj, ['spec', 'persistence', 'pvcDeletion']) === true;
    claim = at(obj, ['spec', 'persistence', 'persistentVolumeClaim']);
  }
  const existing = isObject(claim) ? claim.existingClaim : undefined;
  const pvcSpec = isObject(claim) ? claim.spec : undefined;
  return {
    enabled,
    pvcDeletion,
    claim: typeof existing === 'string' && existing !== '' ? `existingClaim ${existing}` : JSON.stringify(pvcSpec ?? null),
  };
}

/** The facts of a resource the operator has defaulted (pass a live object, or applyOperatorDefaults' result). */
export function viewOf(obj: Json, named: boolean): ResolvedView {
  const metadata = isObject(obj.metadata) ? obj.metadata : {};
  const deps = at(obj, ['spec', 'dependencies']);
  const declared = isObject(deps) ? deps.msgStreamType : undefined;
  const storage: StorageInEffect =
    typeof declared === 'string' && declared !== '' ? (declared as StorageInEffect) : operatorDefaultMsgStream(modeOf(obj), believedVersion(obj).version);
  const components = isObject(obj.spec) ? componentsOf(structuredClone(obj)) : {};
  const inClusterOf = (mq: 'pulsar' | 'kafka') => at(obj, ['spec', 'dependencies', mq, 'inCluster']);
  const external = (mq: 'pulsar' | 'kafka' | 'woodpecker') => at(obj, ['spec', 'dependencies', mq, 'external']) === true;
  const release = storage === 'pulsar' || storage === 'kafka' ? (external(storage) ? null : inClusterOf(storage)) : null;
  const chart = at(obj, ['spec', 'dependencies', 'pulsar', 'inCluster', 'chartVersion']);
  return {
    name: typeof metadata.name === 'string' ? metadata.name : '',
    namespace: namespaceOf(metadata.namespace),
    apiVersion: String(obj.apiVersion ?? ''),
    kind: String(obj.kind ?? ''),
    mode: modeOf(obj),
    ...believedVersion(obj),
    image: typeof components.image === 'string' ? components.image : OPERATOR_DEFAULT_IMAGE,
    storage,
    storageNamed: named,
    pulsarExternal: external('pulsar'),
    kafkaExternal: external('kafka'),
    woodpeckerService: external('woodpecker'),
    pulsarChart: storage === 'pulsar' && !external('pulsar') ? (chart === 'pulsar-v3' ? 'pulsar-v3' : 'pulsar-v2') : null,
    deletionPolicy: isObject(release) && typeof release.deletionPolicy === 'string' ? release.deletionPolicy : release ? 'Retain' : null,
    releasePvcDeletion: isObject(release) && release.pvcDeletion === true,
    persistence: persistenceOf(obj, storage),
    live: isObject(obj.status) || typeof metadata.uid === 'string',
  };
}

export function namesMsgStreamType(obj: Json): boolean {
  const value = at(obj, ['spec', 'dependencies', 'msgStreamType']);
  return typeof value === 'string' && value !== '';
}

/** Whether the operator believes "2.6 or later" (the streaming node, Woodpecker as standalone default). */
export function from26(view: ResolvedView): boolean {
  return atLeastMinor(view.version, '2.6');
}
