/**
 * Test fixture: what `kubectl get milvus NAME -o yaml` prints after milvus-operator v1.3.8 has
 * reconciled a manifest once. It follows the operator's code, step by step:
 * - `Default()` in apis/milvus.io/v1beta1/milvus_webhook.go (DefaultMeta, DefaultMode,
 *   DefaultComponents, DefaultDependencies, DefaultConf), which pkg/controllers/milvus_controller.go
 *   runs on each reconcile and writes back with `Update` when the spec changed;
 * - the Go types' JSON tags (apis/milvus.io/v1beta1/dependencies_types.go): struct-valued blocks
 *   such as `kafka`, `rocksmq`, `woodpecker` are never omitted, `pulsar.endpoint` and
 *   `storage.type/endpoint/secretRef` always print;
 * - the CRD's structural defaults the API server applies (`external: false`, `deletionPolicy`);
 * - kubectl's client-side apply: the last-applied-configuration annotation and managedFields;
 * - the status the controller writes (conditions, currentImage, currentVersion).
 * v1beta1 `Milvus` only: that is the storage version `kubectl get milvus` prints.
 */
import {
  OPERATOR_DEFAULT_IMAGE,
  STREAMING_SINCE,
  atLeastMinor,
  parseVersion,
  versionFromImage,
} from '../facts/versions.ts';
import { stringify } from 'yaml';
import {
  etcdDefaults,
  kafkaDefaults,
  minioDefaults,
  pulsarV2Defaults,
  pulsarV3Defaults,
} from './chartDefaults.ts';

type Json = Record<string, unknown>;

export interface LiveOptions {
  /** The operator fills chartVersion pulsar-v3 for a new resource, pulsar-v2 for an existing one. */
  existing?: boolean;
  /** MsgStreamReady and Healthy (default), or stuck waiting for the message storage. */
  msgStreamReady?: boolean;
  /** The image the pods run now (status.currentImage); default: spec.components.image. */
  currentImage?: string;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function clone<T>(v: T): T {
  return structuredClone(v);
}

/** util.MergeValues: the user's values over the chart's defaults, maps merged, the rest replaced. */
export function mergeValues(base: Json, over: Json): Json {
  const out: Json = clone(base);
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isObject(current) && isObject(value) ? mergeValues(current, value) : clone(value);
  }
  return out;
}

function obj(parent: Json, key: string): Json {
  const current = parent[key];
  if (isObject(current)) return current;
  const created: Json = {};
  parent[key] = created;
  return created;
}

function inCluster(block: Json, defaults: Json, extra: Json = {}): void {
  const ic = obj(block, 'inCluster');
  Object.assign(ic, { ...extra, ...ic });
  ic.values = mergeValues(defaults, isObject(ic.values) ? ic.values : {});
  ic.deletionPolicy ??= 'Retain';
}

/** The manifest the live-object tests start from: a v1beta1 Milvus `prod` in namespace `vector`. */
export function milvusManifest(spec: Json, name = 'prod'): Json {
  return { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', metadata: { name, namespace: 'vector' }, spec };
}

/** The spec of a Milvus of this mode, image and dependencies. */
export function milvusSpec(mode: string, image: string, dependencies: Json): Json {
  return { mode, components: { image }, dependencies };
}

/** `kubectl get milvus -o yaml` of this manifest, as text. */
export function liveYaml(manifest: Json, options: LiveOptions = {}): string {
  return stringify(liveObjectOf(manifest, options));
}

export function liveObjectOf(manifest: Json, options: LiveOptions = {}): Json {
  const applied = clone(manifest);
  const live = clone(manifest);
  const metadata = obj(live, 'metadata');
  const name = String(metadata.name ?? 'my-release');
  const namespace = String(metadata.namespace ?? 'default');
  metadata.namespace = namespace;

  const spec = obj(live, 'spec');
  spec.mode ??= 'standalone';
  const cluster = spec.mode === 'cluster';
  const components = obj(spec, 'components');
  components.image ??= OPERATOR_DEFAULT_IMAGE;
  // IsVersionGreaterThan2_6: components.version, else the image tag (unparsable counts as below).
  const believed = (typeof components.version === 'string' ? parseVersion(components.version) : null) ??
    versionFromImage(String(components.image)) ?? { major: 2, minor: 0, patch: 0 };
  const on26 = atLeastMinor(believed, STREAMING_SINCE);
  components.imageUpdateMode ??= 'rollingUpgrade';
  components.rollingMode ??= 2;
  const replicas = (key: string, n: number) => {
    const c = obj(components, key);
    c.replicas ??= n;
  };
  replicas('standalone', cluster ? 0 : 1);
  if (cluster) {
    for (const key of ['proxy', 'mixCoord', 'dataNode', 'queryNode']) replicas(key, 1);
    if (on26) replicas('streamingNode', 1);
    else replicas('indexNode', 1);
    components.streamingMode = on26;
  }
  components.updateConfigMapOnly ??= true;
  components.targetPortType ??= 'string';
  obj(components, 'standalone').serviceType ??= 'ClusterIP';
  if (cluster) obj(components, 'proxy').serviceType ??= 'ClusterIP';

  const deps = obj(spec, 'dependencies');
  // defaultEtcd
  const etcd = obj(deps, 'etcd');
  if (etcd.external !== true) {
    const count = cluster ? 3 : 1;
    inCluster(
      etcd,
      { ...etcdDefaults(), replicaCount: count },
      { chartVersion: options.existing ? undefined : 'etcd-v8' },
    );
    if (!Array.isArray(etcd.endpoints) || etcd.endpoints.length === 0)
      etcd.endpoints = Array.from(
        { length: count },
        (_, i) => `${name}-etcd-${i}.${name}-etcd-headless.${namespace}:2379`,
      );
  }
  etcd.external ??= false;
  // defaultMsgStream
  if (deps.msgStreamType === undefined || deps.msgStreamType === '')
    deps.msgStreamType = cluster ? 'pulsar' : on26 ? 'woodpecker' : 'rocksmq';
  const pulsar = obj(deps, 'pulsar');
  const kafka = obj(deps, 'kafka');
  if (deps.msgStreamType === 'pulsar' && pulsar.external !== true) {
    pulsar.endpoint = `${name}-pulsar-proxy.${namespace}:6650`;
    const chart =
      (isObject(pulsar.inCluster) ? pulsar.inCluster.chartVersion : undefined) ??
      (options.existing ? 'pulsar-v2' : 'pulsar-v3');
    inCluster(pulsar, chart === 'pulsar-v3' ? pulsarV3Defaults() : pulsarV2Defaults(), {
      chartVersion: chart,
    });
    obj(pulsar, 'inCluster').chartVersion = chart;
  }
  if (deps.msgStreamType === 'kafka' && kafka.external !== true) {
    kafka.brokerList = [`${name}-kafka.${namespace}:9092`];
    inCluster(kafka, kafkaDefaults());
  }
  // Struct-valued blocks always print; CRD defaults fill external.
  pulsar.endpoint ??= '';
  pulsar.external ??= false;
  kafka.external ??= false;
  for (const key of ['rocksmq', 'natsmq', 'woodpecker']) {
    const block = obj(deps, key);
    obj(obj(block, 'persistence'), 'persistentVolumeClaim');
  }
  obj(deps, 'woodpecker').external ??= false;
  obj(deps, 'tei').enabled ??= false;
  // defaultStorage
  const storage = obj(deps, 'storage');
  storage.type ??= 'MinIO';
  storage.external ??= false;
  if (storage.external !== true) {
    storage.endpoint = `${name}-minio.${namespace}:9000`;
    const minio = minioDefaults();
    const userValues =
      isObject(storage.inCluster) && isObject(storage.inCluster.values) ? storage.inCluster.values : {};
    if (!cluster && userValues.mode === undefined) minio.mode = 'standalone';
    inCluster(storage, minio);
    storage.secretRef = `${name}-minio`;
  }
  storage.endpoint ??= '';
  storage.secretRef ??= '';
  // DefaultConf
  const config = obj(spec, 'config');
  for (const [section, key] of [
    ['minio', 'address'],
    ['minio', 'port'],
    ['pulsar', 'address'],
    ['pulsar', 'port'],
    ['etcd', 'endpoints'],
  ] as const) {
    if (isObject(config[section])) delete config[section][key];
  }
  const embeddedOnly = !cluster && (deps.msgStreamType === 'rocksmq' || deps.msgStreamType === 'natsmq');
  components.enableRollingUpdate ??= true;
  if (embeddedOnly) components.enableRollingUpdate = false;
  if (components.enableRollingUpdate === true)
    for (const coord of ['rootCoord', 'dataCoord', 'indexCoord', 'queryCoord'])
      obj(config, coord).enableActiveStandby = true;

  // DefaultMeta + kubectl + API server
  const labels = obj(metadata, 'labels');
  labels['milvus.io/operator-version'] = '1.3.8';
  const annotations = obj(metadata, 'annotations');
  annotations['milvus.io/dependency-values-merged'] = 'true';
  annotations['milvus.io/pod-service-label-added'] = 'true';
  annotations['kubectl.kubernetes.io/last-applied-configuration'] = `${JSON.stringify(applied)}\n`;
  metadata.finalizers = ['milvus.milvus.io/finalizer'];
  metadata.creationTimestamp = '2026-11-02T09:14:03Z';
  metadata.generation = 2;
  metadata.resourceVersion = '4410297';
  metadata.uid = '3f6b1c9e-7a0d-4a57-9a51-0c3f7f0c2b11';
  metadata.managedFields = [
    {
      apiVersion: 'milvus.io/v1beta1',
      fieldsType: 'FieldsV1',
      fieldsV1: {
        'f:metadata': {
          'f:annotations': { '.': {}, 'f:kubectl.kubernetes.io/last-applied-configuration': {} },
        },
        'f:spec': { '.': {}, 'f:mode': {} },
      },
      manager: 'kubectl-client-side-apply',
      operation: 'Update',
      time: '2026-11-02T09:14:03Z',
    },
    {
      apiVersion: 'milvus.io/v1beta1',
      fieldsType: 'FieldsV1',
      fieldsV1: { 'f:spec': { 'f:dependencies': { 'f:msgStreamType': {} } } },
      manager: 'manager',
      operation: 'Update',
      time: '2026-11-02T09:14:04Z',
    },
    {
      apiVersion: 'milvus.io/v1beta1',
      fieldsType: 'FieldsV1',
      fieldsV1: { 'f:status': { '.': {}, 'f:conditions': {} } },
      manager: 'manager',
      operation: 'Update',
      subresource: 'status',
      time: '2026-11-02T09:20:41Z',
    },
  ];

  // pkg/controllers/milvus.go SetDefaultStatus and status_cluster.go UpdateStatusForNewGeneration:
  // currentImage and currentVersion are copies of spec.components.image and .version (omitted when
  // empty), refreshed only once MilvusReady and MilvusUpdated hold; so another currentImage means
  // a rolling upgrade still pending (GetMilvusUpdatedCondition: MilvusUpgradingImage).
  const ready = options.msgStreamReady ?? true;
  const currentImage = options.currentImage ?? String(components.image);
  const upgrading = currentImage !== components.image;
  const specVersion = typeof components.version === 'string' && !upgrading ? components.version : '';
  const workloads = cluster
    ? ['mixcoord', 'datanode', on26 ? 'streamingnode' : 'indexnode', 'querynode', 'proxy']
    : ['standalone'];
  live.status = {
    status: ready ? 'Healthy' : 'Pending',
    observedGeneration: 2,
    endpoint: `${name}-milvus.${namespace}:19530`,
    currentImage,
    ...(specVersion ? { currentVersion: specVersion } : {}),
    conditions: [
      {
        type: 'EtcdReady',
        status: 'True',
        reason: 'EtcdReady',
        message: 'Etcd endpoints is healthy',
        lastTransitionTime: '2026-11-02T09:16:10Z',
      },
      {
        type: 'StorageReady',
        status: 'True',
        reason: 'StorageReady',
        lastTransitionTime: '2026-11-02T09:16:12Z',
      },
      // pkg/external/pulsar.go MQReadyCondition carries no message; a failed probe carries its error.
      ready
        ? {
            type: 'MsgStreamReady',
            status: 'True',
            reason: 'MsgStreamReady',
            lastTransitionTime: '2026-11-02T09:17:30Z',
          }
        : {
            type: 'MsgStreamReady',
            status: 'False',
            reason: 'MsgStreamNotReady',
            message: 'dial tcp: connection refused',
            lastTransitionTime: '2026-11-02T09:17:30Z',
          },
      // pkg/controllers/component_condition.go GetMilvusInstanceCondition.
      ready
        ? {
            type: 'MilvusReady',
            status: 'True',
            reason: 'ReasonMilvusHealthy',
            message: 'All Milvus components are healthy',
            lastTransitionTime: '2026-11-02T09:20:41Z',
          }
        : {
            type: 'MilvusReady',
            status: 'False',
            reason: 'MilvusComponentNotHealthy',
            message: `[${workloads.join(' ')}] not ready, detail: component[${workloads[0]}]: deployment not created`,
            lastTransitionTime: '2026-11-02T09:20:41Z',
          },
      upgrading
        ? {
            type: 'MilvusUpdated',
            status: 'False',
            reason: 'MilvusUpgradingImage',
            message: `Milvus is performing rolling upgrade pending components[${workloads.join(',')}]`,
            lastTransitionTime: '2026-11-02T09:20:41Z',
          }
        : {
            type: 'MilvusUpdated',
            status: 'True',
            reason: 'MilvusComponentsUpdated',
            message: 'Milvus components are all updated',
            lastTransitionTime: '2026-11-02T09:20:41Z',
          },
    ],
    componentsDeployStatus: {},
  };
  return live;
}
