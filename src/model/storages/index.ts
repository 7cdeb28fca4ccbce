/**
 * Every message storage the wizard knows, registered in one list. The values schema, the
 * generator, the merge, the importer, the password list, the test data and the generated
 * comments all walk this list; adding a storage is adding its descriptor here.
 */
import type { MsgStreamType } from '../facts/operatorEnums.ts';
import type { StorageDescriptor } from './descriptor.ts';
import { kafka } from './kafka.ts';
import { natsmq } from './natsmq.ts';
import { pulsar } from './pulsar.ts';
import { rocksmq } from './rocksmq.ts';
import { woodpecker } from './woodpecker.ts';

const REGISTERED = [rocksmq, natsmq, pulsar, kafka, woodpecker] as const;

/** Every storage, in the order the wizard offers them. */
export const STORAGES: readonly StorageDescriptor[] = REGISTERED;

/** The descriptor of each storage, by its msgStreamType. */
export const STORAGE_BY_ID = Object.fromEntries(REGISTERED.map((s) => [s.id, s])) as unknown as {
  [S in (typeof REGISTERED)[number] as S['id']]: S;
};

export function storageOf(id: MsgStreamType): StorageDescriptor {
  return STORAGE_BY_ID[id];
}

export type { Entry, FieldEntry, ManifestPath, StorageContext, StorageDescriptor } from './descriptor.ts';
