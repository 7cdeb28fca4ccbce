/** Woodpecker: embedded in Milvus (2.6+), or its own quorum service (cluster mode, 3.0+). */
import '../wizard/values/zodSetup.ts';
import * as z from 'zod';
import { WOODPECKER_STORAGE_TYPES } from '../facts/operatorEnums.ts';
import { STORAGE_CATALOG } from './catalog.ts';
import { enumCodec, isRecord, type Codec } from './codecs.ts';
import { defineStorage } from './descriptor.ts';
import { addressList, optionalEnum } from './fieldSchemas.ts';
import { CONFIG, DEPS, externalField } from './shared.ts';

export const WoodpeckerSchema = z.object({
  external: z.boolean().default(false).meta({
    description:
      'Embedded (false, the default) or Woodpecker as a separate service with quorum buffer pools (true).',
  }),
  quorumBufferPools: z
    .array(
      z.object({
        name: z.string().trim().meta({
          label: 'Pool name (name)',
          placeholder: 'default',
          description: 'Name of the quorum buffer pool.',
        }),
        seeds: addressList({
          description: 'Seed addresses of the pool, each host:port (service port 18080).',
        }),
      }),
    )
    .default([])
    .meta({ description: 'Quorum buffer pools of an external Woodpecker service.' }),
  storageType: optionalEnum(WOODPECKER_STORAGE_TYPES, {
    label: 'Storage type (woodpecker.storage.type)',
    description: 'spec.config.woodpecker.storage.type: minio (object storage) or local disk. Default minio.',
    default: 'minio',
  }),
});

type Own = z.output<typeof WoodpeckerSchema>;
const base = [...DEPS, 'woodpecker'];

/** The pools as written; on reading, what is not a pool, a name or a seed is left out. */
const poolsCodec: Codec = {
  write: (value) => (Array.isArray(value) && value.length > 0 ? value : undefined),
  read: (raw) =>
    Array.isArray(raw)
      ? raw.filter(isRecord).map((pool) => ({
          name: typeof pool.name === 'string' ? pool.name : '',
          seeds: Array.isArray(pool.seeds)
            ? pool.seeds.filter((s): s is string => typeof s === 'string')
            : [],
        }))
      : [],
};

export const woodpecker = defineStorage({
  ...STORAGE_CATALOG.woodpecker,
  schema: WoodpeckerSchema,
  fields: [
    externalField<Own>(base),
    {
      value: ['quorumBufferPools'],
      manifest: [...base, 'quorumBufferPools'],
      codec: poolsCodec,
      when: (own: Own) => own.external,
    },
    // In service mode the operator writes storage.type: service itself (pkg/controllers/configmaps.go).
    {
      value: ['storageType'],
      manifest: [...CONFIG, 'woodpecker', 'storage', 'type'],
      codec: enumCodec(WOODPECKER_STORAGE_TYPES),
      when: (own: Own) => !own.external,
    },
  ],
  blockComment: (own) =>
    own.external
      ? 'Woodpecker as a service: Milvus writes to these quorum buffer pools.'
      : 'Woodpecker runs embedded in Milvus.',
  configComment: "Woodpecker settings live in Milvus's own configuration (milvus.yaml).",
});
