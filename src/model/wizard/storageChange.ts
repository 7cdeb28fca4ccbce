/**
 * What to tell a user who opened a running deployment's manifest and then chose another message
 * storage: it cannot be swapped under a running Milvus, and for RocksMQ -> NATS there is a
 * documented procedure (DOMAIN.md section 7).
 */
import { MQ_LABELS, type MsgStreamType } from '../facts/support.ts';
import type { WizardValues } from './values/values.ts';
import { walSwitchVerdict } from '../change/walSwitch.ts';
import { versionFromImage } from '../facts/versions.ts';
import { fieldDefault } from './fieldMeta.ts';
import { kubectlApplyCommand } from './output.ts';

export interface StorageChangeAdvice {
  from: MsgStreamType;
  to: MsgStreamType;
  /** Why the change needs care. */
  summary: string;
  /** The migration checklist, for the one change with a documented procedure. */
  checklist: string[] | null;
  /** About the message-storage switch of Milvus 3.0+, when this manifest's image is 3.0 or later. */
  onlineSwitch: string | null;
}

// The schema declares it (storages/natsmq.ts); a missing one would show as an empty path.
const NATS_STORE_DIR_DEFAULT = fieldDefault('natsmq.server.storeDir') ?? '';

export function storageChangeAdvice(from: MsgStreamType, values: WizardValues): StorageChangeAdvice | null {
  const to = values.msgStreamType;
  if (from === to) return null;
  const summary =
    `This manifest came from a deployment that uses ${MQ_LABELS[from]}; you chose ${MQ_LABELS[to]}. ` +
    'The message storage cannot change while Milvus runs: applying this manifest to the running Milvus ' +
    `does not move the data in ${MQ_LABELS[from]}, and Milvus can lose messages that were not flushed.`;
  // The RocksMQ -> NATS checklist holds for 2.3 to 2.5 only: NATS is gone from 2.6 on.
  const checklist = from === 'rocksmq' && to === 'natsmq' ? rocksmqToNatsChecklist(values) : null;
  return { from, to, summary, checklist, onlineSwitch: onlineSwitchNote(from, values) };
}

function rocksmqToNatsChecklist(values: WizardValues): string[] {
  const storeDir = values.natsmq.server.storeDir || NATS_STORE_DIR_DEFAULT;
  return [
    'Stop all DDL operations (creating or dropping collections, partitions and indexes).',
    'Call FlushAll, and stop Milvus once it returns.',
    `Apply this manifest (msgStreamType: natsmq and the NATS settings): ${kubectlApplyCommand(values.namespace)}`,
    `Start Milvus and check its logs for mqType=natsmq, and that a jetstream directory exists in the NATS store directory ${storeDir}.`,
    'Optionally back up and then remove the RocksMQ data.',
  ];
}

function onlineSwitchNote(from: MsgStreamType, values: WizardValues): string | null {
  const version = versionFromImage(values.image);
  if (!version) return null;
  const verdict = walSwitchVerdict(values.mode, from, values.msgStreamType, version);
  if (verdict.kind === 'too-old') return null;
  return verdict.kind === 'supported'
    ? `${verdict.summary} Use that procedure instead of applying this manifest: applying it changes msgStreamType without moving the data.`
    : verdict.summary;
}
