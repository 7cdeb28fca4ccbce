/**
 * Who each message storage is, without zod: its name as people write it and the sides it can run
 * on. The support matrix, the CLI's help and every page read this; the storage's descriptor
 * (storages/<id>.ts) spreads its entry, so a storage is named in one place.
 */
import type { MsgStreamType } from '../facts/operatorEnums.ts';

/**
 * embedded: inside the Milvus pod (or Milvus's own process); in-cluster: a Helm release the operator
 * installs; external: a service the user runs (for Woodpecker, its own quorum service).
 */
export type StorageSide = 'embedded' | 'in-cluster' | 'external';

export interface StorageIdentity {
  id: MsgStreamType;
  label: string;
  sides: readonly StorageSide[];
}

export const STORAGE_CATALOG = {
  rocksmq: { id: 'rocksmq', label: 'RocksMQ', sides: ['embedded'] },
  natsmq: { id: 'natsmq', label: 'NATS', sides: ['embedded'] },
  pulsar: { id: 'pulsar', label: 'Pulsar', sides: ['in-cluster', 'external'] },
  kafka: { id: 'kafka', label: 'Kafka', sides: ['in-cluster', 'external'] },
  woodpecker: { id: 'woodpecker', label: 'Woodpecker', sides: ['embedded', 'external'] },
} as const satisfies { [K in MsgStreamType]: StorageIdentity & { id: K } };

const identities: readonly StorageIdentity[] = Object.values(STORAGE_CATALOG);

/** Storages that can run outside Milvus: the ones with an "external" side. */
export const EXTERNAL_CAPABLE: readonly MsgStreamType[] = identities
  .filter((s) => s.sides.includes('external'))
  .map((s) => s.id);

/** Storages that run inside the Milvus pod only: nothing to choose between in-cluster and external. */
export const EMBEDDED_ONLY: readonly MsgStreamType[] = identities
  .filter((s) => s.sides.length === 1 && s.sides[0] === 'embedded')
  .map((s) => s.id);

export const MQ_LABELS = Object.fromEntries(identities.map((s) => [s.id, s.label])) as Record<
  MsgStreamType,
  string
>;
