/**
 * What to tell a user who opened a running deployment's manifest and then chose another message
 * storage: it cannot be swapped under a running Milvus, and for RocksMQ -> NATS there is a
 * documented procedure (DOMAIN.md section 7).
 */
import { MQ_LABELS, type MsgStreamType } from '../support.ts';
import type { WizardValues } from '../values.ts';
import { ONLINE_WAL_SWITCH_SINCE, compareVersions, formatVersion, versionFromImage } from '../versions.ts';
import { fieldDefault } from './fieldMeta.ts';
import { kubectlApplyCommand } from './output.ts';

export interface StorageChangeAdvice {
  from: MsgStreamType;
  to: MsgStreamType;
  /** Why the change needs care. */
  summary: string;
  /** The migration checklist, for the one change with a documented procedure. */
  checklist: string[] | null;
  /** About the online switch of Milvus 2.6.13+, when it applies to this manifest's image. */
  onlineSwitch: string | null;
}

const NATS_STORE_DIR_DEFAULT = fieldDefault('natsmq.server.storeDir') ?? '/var/lib/milvus/nats';

export function storageChangeAdvice(from: MsgStreamType, values: WizardValues): StorageChangeAdvice | null {
  const to = values.msgStreamType;
  if (from === to) return null;
  const summary =
    `This manifest came from a deployment that uses ${MQ_LABELS[from]}; you chose ${MQ_LABELS[to]}. ` +
    'The message storage cannot change while Milvus runs: applying this manifest to the running Milvus ' +
    `does not move the data in ${MQ_LABELS[from]}, and Milvus can lose messages that were not flushed.`;
  const checklist = from === 'rocksmq' && to === 'natsmq' ? rocksmqToNatsChecklist(values) : null;
  return { from, to, summary, checklist, onlineSwitch: onlineSwitchNote(values.image) };
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

function onlineSwitchNote(image: string): string | null {
  const version = versionFromImage(image);
  if (!version || compareVersions(version, ONLINE_WAL_SWITCH_SINCE) < 0) return null;
  return (
    `Milvus ${formatVersion(version)} can switch the message storage online (the WAL switch, ` +
    `since ${formatVersion(ONLINE_WAL_SWITCH_SINCE)}): follow the Milvus documentation for that switch instead of redeploying.`
  );
}
