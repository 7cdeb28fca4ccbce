/**
 * The operator's view of one Milvus resource: what milvus-operator v1.3.8 makes of a manifest
 * before and while it deploys it. Plain data (no functions), so that it crosses a Web Worker
 * boundary and prints as JSON from the CLI.
 */
import type { YamlPath } from '../../findings/diagnostics.ts';
import type { EndpointProblem } from '../../facts/endpoints.ts';
import type { DeploymentMode, MsgStreamType } from '../../facts/support.ts';
import type { MilvusVersion } from '../../facts/versions.ts';

export type StorageType = MsgStreamType | 'custom';

import type { OperatorRelease } from './operatorReleases.ts';

export interface ResolveOptions {
  /** Judge as this Milvus version (X.Y or X.Y.Z) instead of the manifest's (CLI --milvus-version). */
  milvusVersion?: string;
  /** The operator was installed with its webhook (conversion, defaulting and validation on). */
  webhook?: boolean;
  /** Judge as this operator release (CLI --operator-version; operatorReleases.ts), v1.3.8 by default. */
  operatorVersion?: string;
}

/** The three resource forms the operator's CRDs serve. */
export type ResourceForm = 'milvus-v1beta1' | 'milvus-v1alpha1' | 'milviscluster-v1alpha1';

export interface Admission {
  /** The API server stores the resource (the operator then sees it). */
  accepted: boolean;
  /** In words: why it is refused, or how it is taken in ("converted to v1beta1 by the webhook"). */
  reason: string;
  /** With the webhook on: each field its validation refuses. */
  refusals?: HeldReason[];
}

export interface BelievedVersion {
  /** The version the operator read, or null where it read none (unparsable tag, digest, no tag). */
  version: MilvusVersion | null;
  /** The operator's `IsVersionGreaterThan2_6`: decides the standalone default and the streaming node. */
  atLeast26: boolean;
  source: 'option' | 'version' | 'image' | 'default';
  /** Where it was read in the document as written; null for the option and the default image. */
  path: YamlPath | null;
  /** The text read: "2.5", "milvusdb/milvus:v2.6.11". */
  raw: string;
  /** In words: "the tag of spec.components.image (milvusdb/milvus:v2.5.16)". */
  origin: string;
}

export interface RunningVersion {
  /** The pods that run this image: "standalone", "proxy", "every other component". */
  component: string;
  image: string;
  /** The image tag's version, or null where the tag names none. */
  version: MilvusVersion | null;
  source: 'option' | 'component' | 'global' | 'default';
  /** Where the image is written in the document as written; null for the default image. */
  path: YamlPath | null;
}

/** The version support is judged against: what the pods run, or what the operator believes where no tag tells. */
export interface JudgedVersion {
  /** Concrete, for the support table; a stand-in (2.6.0 or 2.5.0) where no number is known. */
  version: MilvusVersion;
  /** "2.6.11", "2.6 or later", "below 2.6". */
  label: string;
  source: 'option' | 'running' | 'believed';
  origin: string;
}

export interface StorageInEffect {
  type: StorageType;
  /** msgStreamType names a valid, non-empty value. */
  explicit: boolean;
  /** msgStreamType holds a value the CRD refuses: the API server refuses the resource. */
  invalid: boolean;
  /** msgStreamType as written (undefined when absent). */
  declared: unknown;
  /** Why this storage, in words. */
  reason: string;
  /** Message-storage blocks under spec.dependencies that hold settings. */
  blocks: MsgStreamType[];
  /** Runs inside the Milvus pods, installed by the operator with Helm, reached outside, or custom. */
  side: 'embedded' | 'in-cluster' | 'external' | 'custom';
}

export interface HelmRelease {
  /** Helm release name: `<name>-pulsar`, `<name>-kafka` (pkg/helm/helm.go GetChartRequest). */
  name: string;
  /** The chart from milvus-helm the operator bundles: `pulsar` (Pulsar 2), `pulsarv3`, `kafka`. */
  chart: string;
  /** spec.dependencies.<storage>.inCluster.chartVersion as the operator holds it after defaulting. */
  chartVersion: string;
  /** Where that chart version comes from, in words. */
  chartVersionOrigin: string;
  storage: 'pulsar' | 'kafka';
}

export interface Address {
  storage: StorageType;
  /** "Pulsar endpoint", "Kafka broker", "Woodpecker seed". */
  role: string;
  /** As written, or as the operator writes it for an in-cluster storage. */
  raw: string;
  /** Host and port as the operator splits them (util.GetHostPort: net.SplitHostPort, else port 80). */
  host: string;
  port: number;
  /** The port is the operator's fallback 80, not one written in the address. */
  portFallback: boolean;
  /** The operator writes this address itself, for the storage it installs. */
  inCluster: boolean;
  /** Where it is written in the document; null for an address the operator makes up. */
  path: YamlPath | null;
  /** What is wrong with it, if anything. */
  problem?: EndpointProblem;
}

export interface ConfigChange {
  /** write: the operator sets the key; delete: it removes the key or section; overwrite: it replaces a value the user wrote. */
  op: 'write' | 'delete' | 'overwrite';
  /** Dotted key in milvus.yaml: `pulsar.address`, `kafka`, `mq.type`. */
  key: string;
  /** What the operator writes (write, overwrite). */
  value?: unknown;
  /** The user's value it replaces or removes, if spec.config had one. */
  userValue?: unknown;
  /** That value's place in the document as written. */
  userPath?: YamlPath;
  reason: string;
}

export interface MilvusConfigView {
  changes: ConfigChange[];
  /** The message-storage part of the milvus.yaml Milvus receives (mq, messageQueue and the storage sections). */
  messageStorage: Record<string, unknown>;
}

export interface HeldReason {
  /** The field that holds Milvus back, in the document as written. */
  path: YamlPath;
  reason: string;
}

export interface Readiness {
  /** The operator creates the Milvus pods (the MsgStreamReady condition can become true). */
  deployed: boolean;
  /** What the operator checks before it deploys Milvus, in words. */
  check: string;
  held: HeldReason[];
}

export interface ForcedSetting {
  /** Where the user's value is (or would be) in the document as written. */
  path: YamlPath;
  /** Dotted name in the v1beta1 spec: `spec.components.enableRollingUpdate`. */
  key: string;
  userValue: unknown;
  value: unknown;
  reason: string;
}

/** One entry of status.conditions (apis/milvus.io/v1beta1/milvus_types.go MilvusCondition). */
export interface LiveCondition {
  /** EtcdReady, StorageReady, MsgStreamReady, MilvusReady, MilvusUpdated. */
  type: string;
  /** True, False or Unknown (corev1.ConditionStatus), as written. */
  status: string;
  /** One CamelCase word: MsgStreamNotReady, ReasonMilvusHealthy, MilvusUpgradingImage ('' when absent). */
  reason: string;
  message: string;
  /** Its place in status.conditions. */
  index: number;
}

/**
 * What the operator last wrote into a live object's status (`kubectl get milvus NAME -o yaml`):
 * apis/milvus.io/v1beta1/milvus_types.go MilvusStatus, written by pkg/controllers/milvus.go
 * SetDefaultStatus and pkg/controllers/status_cluster.go UpdateStatusForNewGeneration.
 */
export interface LiveStatus {
  /** status.status: Pending, Healthy, Unhealthy, Deleting or Stopped ('' when absent). */
  health: string;
  /** status.currentImage and status.currentVersion as written ('' when absent). */
  currentImage: string;
  currentVersion: string;
  /** The Milvus version the pods run now: currentVersion, else the tag of currentImage; null when neither names one. */
  now: MilvusVersion | null;
  /** Where `now` was read, in the resource; null when nowhere. */
  nowPath: YamlPath | null;
  /** What the spec asks for, as the operator will copy it into the status (its own image and version, not --milvus-version). */
  asked: BelievedVersion;
  /** The image the spec asks for: spec.components.image, or the operator's default image. */
  askedImage: string;
  /** The pods run another version (or image) than the spec asks for: a rollout is under way, or stuck. */
  differs: boolean;
  /** The MsgStreamReady condition; null when the operator has not probed the storage yet. */
  msgStream: LiveCondition | null;
  /** Every condition, in the order written. */
  conditions: LiveCondition[];
  /** status.observedGeneration is behind metadata.generation: the latest spec is not acted on yet. */
  behind: boolean;
}

export interface ResolvedMilvus {
  /** The operator release this view assumes (an unknown --operator-version is refused before it). */
  operator: OperatorRelease;
  form: ResourceForm;
  name: string;
  /** metadata.namespace; '' when the file names none (kubectl's current namespace then). */
  namespace: string;
  admission: Admission;
  /** What the conversion to v1beta1 moves or replaces, in words (empty for v1beta1). */
  conversion: string[];
  /** Where component settings sit in the document as written (`spec` in a v1alpha1 Milvus). */
  componentsPath: YamlPath;
  mode: DeploymentMode;
  believed: BelievedVersion;
  running: RunningVersion[];
  /** Support verdicts read this one. */
  judged: JudgedVersion;
  storage: StorageInEffect;
  helmReleases: HelmRelease[];
  addresses: Address[];
  /** Where an embedded storage keeps its data (Woodpecker: object storage and etcd), in words; empty otherwise. */
  embeddedStores: string[];
  config: MilvusConfigView;
  readiness: Readiness;
  forced: ForcedSetting[];
  /** The resource is a live object (it has a status): the operator has defaulted it already. */
  live: boolean;
  /** A live object's status as the operator wrote it; null for a file that has none. */
  status: LiveStatus | null;
}
