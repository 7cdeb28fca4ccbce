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
  operatorDefaultStorage,
  type DeploymentMode,
  type MsgStreamType,
} from '../support.ts';
import { describeBelieved, isRecord } from './operatorVersion.ts';
import type { BelievedVersion, StorageInEffect, StorageType } from './types.ts';

export function storageInEffect(
  dependencies: Record<string, unknown>,
  mode: DeploymentMode,
  believed: BelievedVersion,
): StorageInEffect {
  const blocks = MSG_STREAM_TYPES.filter((mq) => {
    const block = dependencies[mq];
    return isRecord(block) && Object.keys(block).length > 0;
  });
  const declared = dependencies.msgStreamType;
  const fallback = operatorDefaultStorage(mode, believed.atLeast26);
  const defaultReason = (state: string) =>
    mode === 'cluster'
      ? `msgStreamType ${state}, so the operator picks ${MQ_LABELS[fallback]}, its default in cluster mode whatever the version`
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
    reason = `msgStreamType "${String(declared)}" is not a value the CRD accepts, so the API server refuses the resource; were it empty, ${defaultReason('were empty').replace(/^msgStreamType were empty, so /, '')}`;
  }
  return { type, explicit, invalid, declared, reason, blocks, side: sideOf(type, dependencies) };
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
