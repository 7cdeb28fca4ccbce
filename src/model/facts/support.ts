/**
 * The support matrix: which message storage works in which deployment mode on which Milvus
 * version, and why. One table; the wizard disables choices from it, the checker reports from it,
 * the docs table is rendered from it.
 */
import {
  MILVUS_MINOR_VERSIONS,
  STREAMING_SINCE,
  atLeastMinor,
  formatVersion,
  minorOf,
  type MilvusMinor,
  type MilvusVersion,
} from './versions.ts';
import {
  DEPLOYMENT_MODES,
  MSG_STREAM_TYPES,
  type DeploymentMode,
  type MsgStreamType,
  type PulsarChartVersion,
} from './operatorEnums.ts';

export {
  CRD_MSG_STREAM_TYPES,
  DEPLOYMENT_MODES,
  MSG_STREAM_TYPES,
  type DeploymentMode,
  PULSAR_CHART_VERSIONS,
  type MsgStreamType,
  type PulsarChartVersion,
} from './operatorEnums.ts';
export { EMBEDDED_ONLY, MQ_LABELS } from '../storages/catalog.ts';

export const MODE_LABELS: Record<DeploymentMode, string> = {
  standalone: 'Standalone',
  cluster: 'Cluster',
};

export type SupportStatus = 'supported' | 'experimental' | 'deprecated' | 'unsupported';

export interface SupportVerdict {
  status: SupportStatus;
  /** One sentence: why this status (empty for plain support). */
  reason: string;
  /** Further facts worth showing beside the choice. */
  notes: string[];
}

/**
 * Woodpecker as its own service (`woodpecker.storage.type: service`; the operator's
 * `woodpecker.external` with `quorumBufferPools`): cluster mode only (Milvus docs "Woodpecker",
 * woodpecker.md), from Milvus 3.0. Milvus's code decides it, not the charts that write the type:
 * 3.0's WAL builder (milvus-io/milvus pkg/streaming/walimpls/impls/wp/builder.go, 3.0 branch at
 * bb41eb5) opens a remote Woodpecker client for `service` and its paramtable reads the quorum keys;
 * 2.6's builder (2.6 branch at d73c8e5) always opens Woodpecker embedded and its paramtable never
 * declared a quorum key, and 2.6.21 panics on `service` at start (milvus-io/milvus#50201: "2.6 should
 * not support woodpecker service-storage mode"). The milvus-helm chart writes `service` from chart
 * 5.0.8 (Milvus 2.6.6) all the same, and the operator v1.3.8 whatever the image.
 */
export const WOODPECKER_SERVICE_SINCE_PATCH: MilvusVersion = { major: 3, minor: 0, patch: 0 };
export const WOODPECKER_SERVICE_SINCE: MilvusMinor = minorOf(WOODPECKER_SERVICE_SINCE_PATCH)!;

/** Why Milvus 2.6 cannot use a Woodpecker service (see WOODPECKER_SERVICE_SINCE_PATCH). */
export const WOODPECKER_SERVICE_ON_2_6 =
  'Milvus 2.6 has no client for a Woodpecker service: it runs Woodpecker embedded, and from 2.6.21 it refuses the service at start (milvus-io/milvus#50201)';

/** The oldest MinIO release with the conditional writes Woodpecker needs (Milvus docs, woodpecker.md). */
export const MINIO_CONDITIONAL_WRITES_SINCE = '2024-12-18';
const WOODPECKER_SERVICE_SINCE_TEXT = `Milvus ${formatVersion(WOODPECKER_SERVICE_SINCE_PATCH)} and later`;

/** Whether Woodpecker may run as its own service here, and if not, why. */
export function woodpeckerServiceVerdict(mode: DeploymentMode, minor: MilvusMinor): SupportVerdict {
  if (mode === 'standalone')
    return {
      status: 'unsupported',
      reason: `Woodpecker as a service is for cluster mode only (${WOODPECKER_SERVICE_SINCE_TEXT}); a standalone Milvus runs it embedded.`,
      notes: [],
    };
  if (!atLeast(minor, WOODPECKER_SERVICE_SINCE))
    return {
      status: 'unsupported',
      reason: `Woodpecker as a service needs ${WOODPECKER_SERVICE_SINCE_TEXT}; ${
        minor === STREAMING_SINCE
          ? `${WOODPECKER_SERVICE_ON_2_6}.`
          : supportOf(mode, 'woodpecker', minor).reason
      }`,
      notes: [],
    };
  return ok();
}

/**
 * The facts the verdicts show beside a choice, by name: a reader that needs one fact (the checker's
 * persistence hint, its Kafka version note) takes it from here, not from a verdict's list.
 */
export const SUPPORT_NOTES = {
  /** The docs' advice on NATS wherever it is allowed. */
  natsExperimental: 'NATS is advised for experiments only.',
  natsArrived: 'NATS arrived in Milvus 2.3.',
  rocksmqPersistence:
    'RocksMQ keeps its data on the Milvus pod: enable persistence or it is lost on restart.',
  kafkaVersions: 'Only Kafka 2.x and 3.x are supported.',
  /** Milvus docs "Woodpecker" (woodpecker.md) and zilliztech/woodpecker#54. */
  woodpeckerConditionalWrites:
    'Woodpecker on object storage needs conditional writes: MinIO RELEASE.2024-12-18 or later; Huawei OBS is not supported, and Aliyun OSS and CubeFS lacked them in user reports (zilliztech/woodpecker#54).',
  /**
   * Milvus docs "Message Queue Overview" (mqtype-overview.md) make Woodpecker the 3.x default in
   * both modes; milvus-operator v1.3.8 `setDefaultMsgStreamType` (apis/milvus.io/v1beta1/
   * milvus_webhook.go) still gives a cluster Pulsar whatever the version.
   */
  operatorClusterDefault:
    'Milvus 3.0 makes Woodpecker its default in cluster mode too, but the operator (v1.3.8) still installs an in-cluster Pulsar for a cluster that names no msgStreamType: set msgStreamType: woodpecker to get Woodpecker.',
} as const;

type Rule = (mode: DeploymentMode, minor: MilvusMinor) => SupportVerdict;

function atLeast(minor: MilvusMinor, since: MilvusMinor): boolean {
  return MILVUS_MINOR_VERSIONS.indexOf(minor) >= MILVUS_MINOR_VERSIONS.indexOf(since);
}

const ok = (...notes: string[]): SupportVerdict => ({ status: 'supported', reason: '', notes });

const RULES: Record<MsgStreamType, Rule> = {
  rocksmq: (mode) =>
    mode === 'cluster'
      ? {
          status: 'unsupported',
          reason:
            'RocksMQ is embedded in a single Milvus process; in cluster mode Milvus fails at start (the operator does not stop you).',
          notes: [],
        }
      : ok(SUPPORT_NOTES.rocksmqPersistence),
  natsmq: (mode, minor) => {
    if (mode === 'cluster')
      return {
        status: 'unsupported',
        reason:
          'NATS is embedded in a single Milvus process; in cluster mode Milvus fails at start (the operator does not stop you).',
        notes: [],
      };
    if (atLeast(minor, STREAMING_SINCE))
      return {
        status: 'unsupported',
        reason: `NATS was removed in Milvus ${STREAMING_SINCE}: Milvus ${minor} refuses natsmq at start. Use Woodpecker (the ${minor} standalone default) or RocksMQ.`,
        notes: [],
      };
    if (minor === '2.5')
      return {
        status: 'deprecated',
        reason: `NATS is deprecated in Milvus 2.5 and removed in ${STREAMING_SINCE}.`,
        notes: [SUPPORT_NOTES.natsExperimental],
      };
    return {
      status: 'experimental',
      reason: SUPPORT_NOTES.natsExperimental,
      notes: [SUPPORT_NOTES.natsArrived],
    };
  },
  pulsar: (_mode, minor) =>
    ok(
      pulsarChartFor(minor) === 'pulsar-v2'
        ? `Milvus ${minor} works with Pulsar 2.x: use chartVersion pulsar-v2 for an in-cluster Pulsar.`
        : `Milvus ${minor} works with Pulsar 2.x or 3.x; 3.x (chartVersion pulsar-v3) is recommended.`,
    ),
  kafka: () => ok(SUPPORT_NOTES.kafkaVersions),
  woodpecker: (mode, minor) => {
    if (!atLeast(minor, STREAMING_SINCE))
      return {
        status: 'unsupported',
        // Said without the version, so the support table's row says it once for every earlier version.
        reason: `Woodpecker arrived in Milvus ${STREAMING_SINCE}; earlier versions do not have it.`,
        notes: [],
      };
    return ok(
      mode === 'standalone'
        ? 'Woodpecker runs embedded in the Milvus pod, on object storage (MinIO or S3) or a local disk.'
        : `Woodpecker runs embedded in the Milvus pods, or (cluster mode, ${WOODPECKER_SERVICE_SINCE_TEXT}) as its own service with quorum buffer pools.`,
      ...(minor === '3.0' && mode === 'cluster' ? [SUPPORT_NOTES.operatorClusterDefault] : []),
      SUPPORT_NOTES.woodpeckerConditionalWrites,
    );
  },
};

export function supportOf(mode: DeploymentMode, mq: MsgStreamType, minor: MilvusMinor): SupportVerdict {
  return RULES[mq](mode, minor);
}

/**
 * Support for any concrete version: versions before 2.3 behave as 2.3, versions between two known
 * minors as the older one, versions after 3.0 as 3.0 (the newest facts this table has).
 */
export function supportForVersion(
  mode: DeploymentMode,
  mq: MsgStreamType,
  version: MilvusVersion,
): SupportVerdict {
  return supportOf(mode, mq, clampMinor(version));
}

export function clampMinor(version: MilvusVersion): MilvusMinor {
  const exact = minorOf(version);
  if (exact) return exact;
  const older = MILVUS_MINOR_VERSIONS.filter((minor) => atLeastMinor(version, minor));
  return older.at(-1) ?? MILVUS_MINOR_VERSIONS[0];
}

export function isSelectable(verdict: SupportVerdict): boolean {
  return verdict.status !== 'unsupported';
}

/**
 * What the operator runs when `msgStreamType` is empty: standalone gets Woodpecker from Milvus 2.6
 * on (any 3.x tag counts as "2.6 or later") and RocksMQ before; cluster always gets Pulsar, also on
 * 3.0 where Milvus's own default is Woodpecker (milvus-operator v1.3.8,
 * apis/milvus.io/v1beta1/milvus_webhook.go `setDefaultMsgStreamType`).
 */
export function operatorDefaultMsgStream(mode: DeploymentMode, version: MilvusVersion): MsgStreamType {
  return operatorDefaultStorage(mode, atLeastMinor(version, STREAMING_SINCE));
}

/**
 * The same, from what the operator believes: apis/milvus.io/v1beta1/milvus_webhook.go
 * `setDefaultMsgStreamType` (Woodpecker for a standalone it believes 2.6 or later, else RocksMQ;
 * Pulsar for every cluster, whatever the version).
 */
export function operatorDefaultStorage(mode: DeploymentMode, believedAtLeast26: boolean): MsgStreamType {
  if (mode === 'cluster') return 'pulsar';
  return believedAtLeast26 ? 'woodpecker' : 'rocksmq';
}

/** The operator's default for a wizard choice of mode and minor version (always selectable). */
export function defaultMsgStreamFor(mode: DeploymentMode, minor: MilvusMinor): MsgStreamType {
  const [major, minorNumber] = minor.split('.').map(Number) as [number, number];
  return operatorDefaultMsgStream(mode, { major, minor: minorNumber, patch: 0 });
}

export interface MatrixCell {
  mode: DeploymentMode;
  mq: MsgStreamType;
  minor: MilvusMinor;
  verdict: SupportVerdict;
}

/** Every cell of the matrix, for the docs table and for tests. */
export function supportMatrix(): MatrixCell[] {
  return DEPLOYMENT_MODES.flatMap((mode) =>
    MSG_STREAM_TYPES.flatMap((mq) =>
      MILVUS_MINOR_VERSIONS.map((minor) => ({ mode, mq, minor, verdict: supportOf(mode, mq, minor) })),
    ),
  );
}

/**
 * What Milvus itself takes when `mq.type` is `default` (Milvus docs "Message Queue Overview",
 * mqtype-overview.md): on 3.0 and later Woodpecker in both modes. Before, the docs' priority order.
 * Shown beside the operator's default where the two differ.
 */
export function milvusOwnDefault(mode: DeploymentMode, version: MilvusVersion): MsgStreamType {
  if (atLeastMinor(version, '3.0')) return 'woodpecker';
  return operatorDefaultMsgStream(mode, version);
}

/**
 * The charts the operator installs for an in-cluster Pulsar (`chartVersion`), with the Pulsar each
 * brings: milvus-operator v1.3.8 pkg/helm/helm.go GetChartRequest.
 */
export const PULSAR_CHARTS: Record<PulsarChartVersion, string> = {
  'pulsar-v2': 'Pulsar 2.x',
  'pulsar-v3': 'Pulsar 3.x',
};

/** The Pulsar Helm chart for a Milvus minor: Pulsar 2.x up to 2.4, Pulsar 3.x (recommended) from 2.5. */
export function pulsarChartFor(minor: MilvusMinor): PulsarChartVersion {
  return minor === '2.3' || minor === '2.4' ? 'pulsar-v2' : 'pulsar-v3';
}
