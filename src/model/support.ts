/**
 * The support matrix: which message storage works in which deployment mode on which Milvus
 * version, and why. One table; the wizard disables choices from it, the checker reports from it,
 * the docs table is rendered from it.
 */
import {
  MILVUS_MINOR_VERSIONS,
  atLeastMinor,
  minorOf,
  type MilvusMinor,
  type MilvusVersion,
} from './versions.ts';

export const DEPLOYMENT_MODES = ['standalone', 'cluster'] as const;
export type DeploymentMode = (typeof DEPLOYMENT_MODES)[number];

/** The message storages the wizard offers, in the operator's `msgStreamType` words. */
export const MSG_STREAM_TYPES = ['rocksmq', 'natsmq', 'pulsar', 'kafka', 'woodpecker'] as const;
export type MsgStreamType = (typeof MSG_STREAM_TYPES)[number];

/** Every value the CRD accepts for `spec.dependencies.msgStreamType`. */
export const CRD_MSG_STREAM_TYPES = [...MSG_STREAM_TYPES, 'custom', ''] as const;

export const MQ_LABELS: Record<MsgStreamType, string> = {
  rocksmq: 'RocksMQ',
  natsmq: 'NATS',
  pulsar: 'Pulsar',
  kafka: 'Kafka',
  woodpecker: 'Woodpecker',
};

export const MODE_LABELS: Record<DeploymentMode, string> = {
  standalone: 'Standalone',
  cluster: 'Cluster',
};

/** Storages that run inside the Milvus pod: nothing to choose between in-cluster and external. */
export const EMBEDDED_ONLY: readonly MsgStreamType[] = ['rocksmq', 'natsmq'];

export type SupportStatus = 'supported' | 'experimental' | 'deprecated' | 'unsupported';

export interface SupportVerdict {
  status: SupportStatus;
  /** One sentence: why this status (empty for plain support). */
  reason: string;
  /** Further facts worth showing beside the choice. */
  notes: string[];
}

/** The docs' advice on NATS wherever it is allowed. */
export const NATS_EXPERIMENTAL = 'NATS is advised for experiments only.';

type Rule = (mode: DeploymentMode, minor: MilvusMinor) => SupportVerdict;

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
      : ok('RocksMQ keeps its data on the Milvus pod: enable persistence or it is lost on restart.'),
  natsmq: (mode, minor) => {
    if (mode === 'cluster')
      return {
        status: 'unsupported',
        reason:
          'NATS is embedded in a single Milvus process; in cluster mode Milvus fails at start (the operator does not stop you).',
        notes: [],
      };
    if (minor === '2.6')
      return {
        status: 'unsupported',
        reason:
          'NATS was removed in Milvus 2.6: Milvus refuses natsmq at start. Use Woodpecker (the 2.6 standalone default) or RocksMQ.',
        notes: [],
      };
    if (minor === '2.5')
      return {
        status: 'deprecated',
        reason: 'NATS is deprecated in Milvus 2.5 and removed in 2.6.',
        notes: [NATS_EXPERIMENTAL],
      };
    return { status: 'experimental', reason: NATS_EXPERIMENTAL, notes: ['NATS arrived in Milvus 2.3.'] };
  },
  pulsar: (_mode, minor) =>
    ok(
      minor === '2.3' || minor === '2.4'
        ? `Milvus ${minor} works with Pulsar 2.x: use chartVersion pulsar-v2 for an in-cluster Pulsar.`
        : `Milvus ${minor} works with Pulsar 2.x or 3.x; 3.x (chartVersion pulsar-v3) is recommended.`,
    ),
  kafka: () => ok('Only Kafka 2.x and 3.x are supported.'),
  woodpecker: (_mode, minor) =>
    minor === '2.6'
      ? ok('Woodpecker runs embedded by default, or as a service with quorum buffer pools.')
      : {
          status: 'unsupported',
          reason: `Woodpecker arrived in Milvus 2.6; Milvus ${minor} does not have it.`,
          notes: [],
        },
};

export function supportOf(mode: DeploymentMode, mq: MsgStreamType, minor: MilvusMinor): SupportVerdict {
  return RULES[mq](mode, minor);
}

/**
 * Support for any concrete version: versions before 2.3 behave as 2.3, versions after 2.6 as 2.6
 * (the newest facts this table has).
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
  return atLeastMinor(version, '2.6') ? '2.6' : '2.3';
}

export function isSelectable(verdict: SupportVerdict): boolean {
  return verdict.status !== 'unsupported';
}

/**
 * What the operator runs when `msgStreamType` is empty: standalone gets Woodpecker from Milvus 2.6
 * on and RocksMQ before; cluster always gets Pulsar.
 */
export function operatorDefaultMsgStream(mode: DeploymentMode, version: MilvusVersion): MsgStreamType {
  return operatorDefaultStorage(mode, atLeastMinor(version, '2.6'));
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

/** The Pulsar Helm chart for a Milvus minor: Pulsar 2.x up to 2.4, Pulsar 3.x (recommended) from 2.5. */
export function pulsarChartFor(minor: MilvusMinor): 'pulsar-v2' | 'pulsar-v3' {
  return minor === '2.3' || minor === '2.4' ? 'pulsar-v2' : 'pulsar-v3';
}
