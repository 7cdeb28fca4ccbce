/**
 * The message storage in effect: apis/milvus.io/v1beta1/milvus_webhook.go `setDefaultMsgStreamType`
 * fills an empty msgStreamType from the mode and the version the operator believes; every other
 * block under spec.dependencies is then ignored (pkg/controllers/dependencies.go
 * `ReconcileMsgStream` installs only the chosen one).
 */
import {
  CRD_MSG_STREAM_TYPES,
  MQ_LABELS,
  MSG_STREAM_TYPES,
  milvusOwnDefault,
  operatorDefaultStorage,
  type DeploymentMode,
  type MsgStreamType,
} from '../../facts/support.ts';
import { formatVersion } from '../../facts/versions.ts';
import { describeBelieved, isRecord } from './operatorVersion.ts';
import type { BelievedVersion, StorageInEffect, StorageType } from './types.ts';

export function storageInEffect(
  dependencies: Record<string, unknown>,
  mode: DeploymentMode,
  believed: BelievedVersion,
): StorageInEffect {
  const blocks = MSG_STREAM_TYPES.filter((mq) => holdsSettings(dependencies[mq]));
  const declared = dependencies.msgStreamType;
  const fallback = operatorDefaultStorage(mode, believed.atLeast26);
  const defaultReason = (state: string) =>
    mode === 'cluster'
      ? `msgStreamType ${state}, so the operator picks ${MQ_LABELS[fallback]}, its default in cluster mode whatever the version${ownDefaultDiffers(mode, believed, fallback)}`
      : `msgStreamType ${state}, so the operator picks ${MQ_LABELS[fallback]}, its standalone default when it believes Milvus ${describeBelieved(believed)} (from ${believed.origin})`;

  let type: StorageType = fallback;
  let explicit = false;
  let invalid = false;
  let reason: string;
  if (declared === undefined || declared === null || declared === '') {
    reason = defaultReason(declared === '' ? 'is empty' : 'is not set');
  } else if (typeof declared === 'string' && (CRD_MSG_STREAM_TYPES as readonly string[]).includes(declared)) {
    type = declared as StorageType;
    explicit = true;
    reason = `msgStreamType is ${declared}`;
  } else {
    invalid = true;
    reason = `msgStreamType ${shown(declared)} is not a value the CRD accepts, so the API server refuses the resource; were it empty, ${defaultReason('were empty').replace(/^msgStreamType were empty, so /, '')}`;
  }
  return { type, explicit, invalid, declared, reason, blocks, side: sideOf(type, dependencies) };
}

/**
 * A value as written, for a reason: String() throws on a map whose toString is not a function
 * (`msgStreamType: [{toString: 0}]`), and a reason must never throw.
 */
function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/**
 * A block holds settings when something in it is not a zero value. A live object prints every
 * message-storage block the operator's Go types hold (`kafka: {external: false}`,
 * `rocksmq: {persistence: {persistentVolumeClaim: {}}}`, `pulsar: {endpoint: ""}`;
 * apis/milvus.io/v1beta1/dependencies_types.go), and those say nothing.
 */
export function holdsSettings(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.values(value).some(holdsSettings);
  return !(value === null || value === undefined || value === '' || value === false);
}

/**
 * Milvus docs "Message Queue Overview" (mqtype-overview.md) make Woodpecker the 3.x default in both
 * modes; the operator keeps Pulsar for a cluster (setDefaultMsgStreamType). Say so where they part.
 */
function ownDefaultDiffers(mode: DeploymentMode, believed: BelievedVersion, fallback: MsgStreamType): string {
  if (!believed.version) return '';
  const own = milvusOwnDefault(mode, believed.version);
  return own === fallback
    ? ''
    : ` (Milvus ${formatVersion(believed.version)}'s own default is ${MQ_LABELS[own]}, but the operator v1.3.8 keeps ${MQ_LABELS[fallback]} for a cluster and installs it in the cluster)`;
}

function sideOf(type: StorageType, dependencies: Record<string, unknown>): StorageInEffect['side'] {
  if (type === 'custom') return 'custom';
  if (type === 'rocksmq' || type === 'natsmq') return 'embedded';
  const block = dependencies[type];
  const external = isRecord(block) && block.external === true;
  if (external) return 'external';
  return type === 'woodpecker' ? 'embedded' : 'in-cluster';
}

export function storageLabel(type: StorageType): string {
  return type === 'custom' ? 'a custom message storage' : MQ_LABELS[type as MsgStreamType];
}
