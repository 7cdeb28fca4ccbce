/** RocksMQ: embedded in the Milvus pod (standalone only); its settings live in milvus.yaml. */
import '../wizard/values/zodSetup.ts';
import * as z from 'zod';
import { STORAGE_CATALOG } from './catalog.ts';
import { intCodec } from './codecs.ts';
import { defineStorage, type ManifestPath, type StorageContext } from './descriptor.ts';
import { optionalInt } from './fieldSchemas.ts';
import { CONFIG, DEPS, PersistenceSchema, persistenceFields } from './shared.ts';

export const RocksmqSchema = z.object({
  persistence: PersistenceSchema.prefault({}),
  retentionTimeInMinutes: optionalInt(0, 52_560_000, {
    description:
      'spec.config.rocksmq.retentionTimeInMinutes: how long acknowledged messages are kept (minutes). Milvus default 4320 (3 days).',
    label: 'Retention time (retentionTimeInMinutes)',
    default: 4320,
    unit: 'minutes',
  }),
  retentionSizeInMB: optionalInt(0, 1_048_576, {
    description:
      'spec.config.rocksmq.retentionSizeInMB: how much acknowledged data each topic keeps (MB). Milvus default 8192.',
    label: 'Retention size (retentionSizeInMB)',
    default: 8192,
    unit: 'MB',
  }),
});

/**
 * Where RocksMQ's `persistence` block goes: a v1alpha1 Milvus keeps it in `spec.persistence`, which
 * the conversion to v1beta1 puts in place of `dependencies.rocksmq.persistence`
 * (apis/milvus.io/v1alpha1/milvus_webhook.go ConvertSpecTo), so one written there would be lost.
 */
export function rocksmqPersistenceBase(ctx: StorageContext): ManifestPath {
  return ctx.apiVersion === 'v1alpha1' && ctx.mode === 'standalone' ? ['spec'] : [...DEPS, 'rocksmq'];
}

const config = [...CONFIG, 'rocksmq'];

export const rocksmq = defineStorage({
  ...STORAGE_CATALOG.rocksmq,
  schema: RocksmqSchema,
  fields: [
    ...persistenceFields(rocksmqPersistenceBase),
    { value: ['retentionTimeInMinutes'], manifest: [...config, 'retentionTimeInMinutes'], codec: intCodec },
    { value: ['retentionSizeInMB'], manifest: [...config, 'retentionSizeInMB'], codec: intCodec },
  ],
  blockComment: () => 'RocksMQ runs inside the Milvus pod; persistence keeps its data on a PVC.',
  configComment: "RocksMQ settings live in Milvus's own configuration (milvus.yaml).",
});
