/**
 * What milvus-operator v1.3.8 and the API server write into a Milvus resource that the user did not,
 * so that "Clean for apply" (clean.ts) can take it out again. Read from the operator's code:
 * - `Default()` in apis/milvus.io/v1beta1/milvus_webhook.go (DefaultMeta, DefaultMode,
 *   DefaultComponents, defaultComponentsReplicas, DefaultDependencies, DefaultConf), which
 *   pkg/controllers/milvus_controller.go runs on each reconcile and writes back with `Update`;
 * - the CRD's structural defaults (config/crd/bases/milvus.io_milvuses.yaml: `external: false`,
 *   `deletionPolicy: Retain`, `storage.type: MinIO`, `serviceType: ClusterIP`, `targetPortType: string`,
 *   `tei.enabled: false`);
 * - the Go types' JSON tags: struct-valued blocks (`rocksmq.persistence.persistentVolumeClaim` ...)
 *   always print, empty;
 * - apis/milvus.io/v1beta1/label_annotations.go and pkg/controllers/milvus_controller.go for the
 *   operator's own labels, annotations and finalizer.
 */
import type { YamlPath } from '../../findings/diagnostics.ts';
import { CLUSTER_COMPONENTS } from '../resolve/operatorVersion.ts';

type Json = Record<string, unknown>;

/** What decides the operator's defaults for one resource (its own name and namespace included). */
export interface DefaultsContext {
  name: string;
  namespace: string;
  cluster: boolean;
  /** The operator's IsVersionGreaterThan2_6, on the version it believes. */
  atLeast26: boolean;
  /** msgStreamType as the live object holds it. */
  msgStreamType: string;
  pulsarExternal: boolean;
  kafkaExternal: boolean;
  etcdExternal: boolean;
  storageExternal: boolean;
  /** spec.components.enableRollingUpdate as the live object holds it. */
  rollingUpdate: boolean;
  /** etcd's replicaCount in its in-cluster values (the operator lists one endpoint per replica). */
  etcdReplicas: number;
}

/**
 * How a written-back field is told apart from a user's when the last-applied annotation is missing:
 * the value the operator writes (removed when the live value equals it), or `merged` for a chart's
 * default values merged under the user's (never removed without the annotation: the user's cannot
 * be told apart).
 */
export type DefaultValue = { value: unknown } | { merged: true } | null;

export interface WrittenBackField {
  /** Path inside the resource. */
  path: YamlPath;
  /** The operator's value for this resource; null where it writes nothing for it. */
  value(ctx: DefaultsContext): DefaultValue;
}

/**
 * Fields whose removal changes what a fresh install of the cleaned file runs: kept by "Clean for
 * apply" even when the operator wrote them, with the reason (clean.ts says which storage is at stake).
 */
export const STORAGE_DECIDING: readonly YamlPath[] = [
  ['spec', 'dependencies', 'msgStreamType'],
  ['spec', 'components', 'image'],
];

const value = (v: unknown): DefaultValue => ({ value: v });
const when = (condition: boolean, v: unknown): DefaultValue => (condition ? value(v) : null);

const COMPONENTS = ['spec', 'components'];
const DEPS = ['spec', 'dependencies'];
/** defaultComponentsReplicas gives each cluster component (and the CDC) one replica. */
const REPLICATED = [...CLUSTER_COMPONENTS, 'cdc'];
const IN_CLUSTER_CHARTS = ['etcd', 'pulsar', 'kafka', 'storage'] as const;

function inClusterOf(ctx: DefaultsContext, dep: (typeof IN_CLUSTER_CHARTS)[number]): boolean {
  switch (dep) {
    case 'etcd':
      return !ctx.etcdExternal;
    case 'storage':
      return !ctx.storageExternal;
    case 'pulsar':
      return ctx.msgStreamType === 'pulsar' && !ctx.pulsarExternal;
    case 'kafka':
      return ctx.msgStreamType === 'kafka' && !ctx.kafkaExternal;
  }
}

export const WRITTEN_BACK: readonly WrittenBackField[] = [
  { path: ['spec', 'mode'], value: () => value('standalone') },
  { path: [...COMPONENTS, 'imageUpdateMode'], value: () => value('rollingUpgrade') },
  { path: [...COMPONENTS, 'rollingMode'], value: () => value(2) },
  { path: [...COMPONENTS, 'updateConfigMapOnly'], value: () => value(true) },
  { path: [...COMPONENTS, 'targetPortType'], value: () => value('string') },
  {
    path: [...COMPONENTS, 'enableRollingUpdate'],
    // Forced false for standalone RocksMQ or NATS, true otherwise (milvus_webhook.go DefaultConf).
    value: (ctx) =>
      value(!(!ctx.cluster && (ctx.msgStreamType === 'rocksmq' || ctx.msgStreamType === 'natsmq'))),
  },
  { path: [...COMPONENTS, 'streamingMode'], value: (ctx) => when(ctx.cluster, ctx.atLeast26) },
  { path: [...COMPONENTS, 'standalone', 'replicas'], value: (ctx) => value(ctx.cluster ? 0 : 1) },
  ...REPLICATED.map((c) => ({
    path: [...COMPONENTS, c, 'replicas'],
    value: (ctx: DefaultsContext) => when(ctx.cluster, 1),
  })),
  { path: [...COMPONENTS, 'standalone', 'serviceType'], value: () => value('ClusterIP') },
  { path: [...COMPONENTS, 'proxy', 'serviceType'], value: () => value('ClusterIP') },
  ...['rootCoord', 'dataCoord', 'indexCoord', 'queryCoord'].map((coord) => ({
    path: ['spec', 'config', coord, 'enableActiveStandby'],
    value: (ctx: DefaultsContext) => when(ctx.rollingUpdate, true),
  })),
  ...['etcd', 'pulsar', 'kafka', 'woodpecker', 'storage'].map((dep) => ({
    path: [...DEPS, dep, 'external'],
    value: () => value(false),
  })),
  ...IN_CLUSTER_CHARTS.flatMap((dep) => [
    {
      path: [...DEPS, dep, 'inCluster', 'deletionPolicy'],
      value: (ctx: DefaultsContext) => when(inClusterOf(ctx, dep), 'Retain'),
    },
    {
      path: [...DEPS, dep, 'inCluster', 'values'],
      value: (ctx: DefaultsContext): DefaultValue => (inClusterOf(ctx, dep) ? { merged: true } : null),
    },
  ]),
  {
    path: [...DEPS, 'etcd', 'inCluster', 'chartVersion'],
    value: (ctx) => when(!ctx.etcdExternal, 'etcd-v8'),
  },
  // pulsar-v3 for a new resource; pulsar-v2, written for an existing one, is another Pulsar: kept (clean.ts).
  {
    path: [...DEPS, 'pulsar', 'inCluster', 'chartVersion'],
    value: (ctx) => when(inClusterOf(ctx, 'pulsar'), 'pulsar-v3'),
  },
  {
    path: [...DEPS, 'etcd', 'endpoints'],
    value: (ctx) =>
      when(
        !ctx.etcdExternal,
        Array.from(
          { length: ctx.etcdReplicas },
          (_, i) => `${ctx.name}-etcd-${i}.${ctx.name}-etcd-headless.${ctx.namespace}:2379`,
        ),
      ),
  },
  {
    path: [...DEPS, 'pulsar', 'endpoint'],
    value: (ctx) => value(inClusterOf(ctx, 'pulsar') ? `${ctx.name}-pulsar-proxy.${ctx.namespace}:6650` : ''),
  },
  {
    path: [...DEPS, 'kafka', 'brokerList'],
    value: (ctx) => when(inClusterOf(ctx, 'kafka'), [`${ctx.name}-kafka.${ctx.namespace}:9092`]),
  },
  { path: [...DEPS, 'storage', 'type'], value: () => value('MinIO') },
  {
    path: [...DEPS, 'storage', 'endpoint'],
    value: (ctx) => value(ctx.storageExternal ? '' : `${ctx.name}-minio.${ctx.namespace}:9000`),
  },
  {
    path: [...DEPS, 'storage', 'secretRef'],
    value: (ctx) => value(ctx.storageExternal ? '' : `${ctx.name}-minio`),
  },
  { path: [...DEPS, 'tei', 'enabled'], value: () => value(false) },
  ...['rocksmq', 'natsmq', 'woodpecker'].map((mq) => ({
    path: [...DEPS, mq, 'persistence', 'persistentVolumeClaim'],
    value: () => value({}),
  })),
];

/** Set by the API server for this one object: another cluster, or a new object, gets its own. */
export const SERVER_METADATA = [
  'managedFields',
  'resourceVersion',
  'uid',
  'creationTimestamp',
  'generation',
  'selfLink',
];

/** milvus-operator's own labels and annotations on a Milvus (label_annotations.go): it writes them again. */
export const OPERATOR_LABELS: readonly (string | RegExp)[] = [
  'milvus.io/operator-version',
  /^milvus\.io\/[a-z]+-group-id$/,
  /^milvus\.io\/changing-[a-z]+-mode$/,
];
export const OPERATOR_ANNOTATIONS: readonly (string | RegExp)[] = [
  'milvus.io/dependency-values-merged',
  'milvus.io/dependency-values-legacy-synced',
  'milvus.io/pod-service-label-added',
  'milvus.io/current-querynode-group-id',
];
/** pkg/controllers/milvus_controller.go MilvusFinalizerName. */
export const OPERATOR_FINALIZER = 'milvus.milvus.io/finalizer';

export function matchesAny(key: string, patterns: readonly (string | RegExp)[]): boolean {
  return patterns.some((p) => (typeof p === 'string' ? p === key : p.test(key)));
}

export type { Json };
