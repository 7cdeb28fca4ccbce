/**
 * Switching the message storage (the WAL) of a running Milvus while it keeps its data.
 *
 * Facts from the Milvus docs "Switch Message Queue" (switch-mq-type.md and its operator pages):
 * the switch exists from Milvus 3.0 on, only between Woodpecker and one other storage:
 * RocksMQ <-> Woodpecker in standalone mode, Pulsar <-> Woodpecker and Kafka <-> Woodpecker in
 * cluster mode, never Pulsar <-> Kafka directly. Before 3.0 there is no switch at all; in 2.6
 * `mq.type` is fixed once chosen (it is stored in etcd: milvus-io/milvus#50217).
 */
import { MQ_LABELS, type DeploymentMode, type MsgStreamType } from '../facts/support.ts';
import {
  STREAMING_SINCE,
  WAL_SWITCH_SINCE,
  compareVersions,
  formatVersion,
  type MilvusVersion,
} from '../facts/versions.ts';

type StorageName = MsgStreamType | 'custom';

/** The storages that can switch to and from Woodpecker, per mode. */
const SWITCH_PARTNERS: Record<DeploymentMode, readonly MsgStreamType[]> = {
  standalone: ['rocksmq'],
  cluster: ['pulsar', 'kafka'],
};

export type WalSwitchVerdict =
  | { kind: 'supported'; summary: string }
  | { kind: 'too-old'; summary: string }
  | { kind: 'unsupported-pair'; summary: string };

export function walSwitchVerdict(
  mode: DeploymentMode,
  from: StorageName,
  to: StorageName,
  version: MilvusVersion,
): WalSwitchVerdict {
  const pair = `${label(from)} to ${label(to)}`;
  if (compareVersions(version, WAL_SWITCH_SINCE) < 0) {
    return {
      kind: 'too-old',
      summary: `Milvus ${formatVersion(version)} cannot switch its message storage while it keeps its data: the switch exists from Milvus ${WAL_SWITCH_SINCE.major}.${WAL_SWITCH_SINCE.minor} on (Milvus docs, switch-mq-type.md), and from ${STREAMING_SINCE} on mq.type is fixed once chosen (milvus-io/milvus#50217).`,
    };
  }
  const partners = SWITCH_PARTNERS[mode];
  const other = from === 'woodpecker' ? to : to === 'woodpecker' ? from : null;
  if (other !== null && other !== 'custom' && partners.includes(other)) {
    return {
      kind: 'supported',
      summary: `Milvus ${formatVersion(version)} can switch ${pair} in ${mode} mode with the switch procedure (Milvus docs, switch-mq-type.md).`,
    };
  }
  const allowed = partners.map((p) => `${label(p)} <-> Woodpecker`).join(', ');
  return {
    kind: 'unsupported-pair',
    summary: `Milvus has no switch from ${pair} in ${mode} mode: the switch procedure covers only ${allowed} there (Milvus docs, switch-mq-type.md), never Pulsar <-> Kafka directly.`,
  };
}

function label(type: StorageName): string {
  return type === 'custom' ? 'a custom message storage' : MQ_LABELS[type];
}
