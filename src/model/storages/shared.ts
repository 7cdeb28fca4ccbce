/**
 * Pieces that several storages share: the embedded storages' persistence block and the in-cluster
 * release's lifecycle (deletionPolicy, pvcDeletion).
 */
import '../wizard/values/zodSetup.ts';
import * as z from 'zod';
import { DELETION_POLICIES } from '../facts/operatorEnums.ts';
import { boolCodec, enumCodec, flagCodec, textCodec } from './codecs.ts';
import type { FieldEntry, ManifestPath, StorageContext } from './descriptor.ts';
import { optionalBool, optionalEnum, quantity, text } from './fieldSchemas.ts';

export const DEPS = ['spec', 'dependencies'];
export const CONFIG = ['spec', 'config'];

export const PersistenceSchema = z
  .object({
    enabled: z.boolean().default(true).meta({
      label: 'Keep the data on a volume (persistence.enabled)',
      description:
        'Keep the message data on a PersistentVolumeClaim. Without it the data lives on the pod and is lost when the pod restarts (the operator default is off).',
      // milvus-helm 5.0.19 values.yaml: standalone.persistence.enabled: true.
      helm: "Keep the message data on a PersistentVolumeClaim. Without it the data lives on the pod and is lost when the pod restarts (the chart's default is on).",
    }),
    pvcDeletion: z.boolean().default(false).meta({
      label: 'Delete the volume with the Milvus resource (pvcDeletion)',
      description: 'Delete the PVC, and with it the data, when the Milvus resource is deleted.',
    }),
    storageSize: quantity({
      label: 'Size (storage request)',
      placeholder: 'e.g. 20Gi',
      description:
        'Size of the volume to request (persistentVolumeClaim.spec.resources.requests.storage), e.g. 20Gi.',
    }),
    storageClassName: text({
      label: 'Storage class (storageClassName)',
      placeholder: 'Cluster default',
      description: 'StorageClass of the new PVC; empty uses the cluster default StorageClass.',
    }),
    existingClaim: text({
      label: 'Existing claim (existingClaim)',
      placeholder: 'None',
      description: 'Use this existing PVC instead of creating one (persistentVolumeClaim.existingClaim).',
    }),
  })
  .meta({ description: 'Persistence of the embedded message storage (persistence.*).' });

type Persistence = z.output<typeof PersistenceSchema>;

/**
 * The persistence block of an embedded storage under `base`. Its volume settings mean nothing
 * without persistence (the operator ignores them then), so they are in effect only when it is on;
 * absent, it reads as off: the operator's default, not the wizard's.
 */
export function persistenceFields<Own extends { persistence: Persistence }>(
  base: (ctx: StorageContext) => ManifestPath,
): FieldEntry<Own>[] {
  const at =
    (...rest: string[]) =>
    (ctx: StorageContext) => [...base(ctx), 'persistence', ...rest];
  const pvc = (...rest: string[]) => at('persistentVolumeClaim', ...rest);
  const on = (own: Own) => own.persistence.enabled;
  return [
    { value: ['persistence', 'enabled'], manifest: at('enabled'), codec: flagCodec },
    { value: ['persistence', 'pvcDeletion'], manifest: at('pvcDeletion'), codec: flagCodec, when: on },
    { value: ['persistence', 'existingClaim'], manifest: pvc('existingClaim'), codec: textCodec, when: on },
    {
      value: ['persistence', 'storageClassName'],
      manifest: pvc('spec', 'storageClassName'),
      codec: textCodec,
      when: on,
    },
    {
      value: ['persistence', 'storageSize'],
      manifest: pvc('spec', 'resources', 'requests', 'storage'),
      codec: textCodec,
      when: on,
    },
  ];
}

/**
 * `<base>.external`: the side switch of a storage that can run outside Milvus. Written only when
 * on; absent reads as off (the operator's default). The table lists it first: `when` of the
 * side's fields reads it.
 */
export function externalField<Own extends { external: boolean }>(base: ManifestPath): FieldEntry<Own> {
  return { value: ['external'], manifest: [...base, 'external'], codec: flagCodec };
}

/** The lifecycle of an in-cluster release (inCluster.deletionPolicy and pvcDeletion). */
export const inClusterLifecycleShape = {
  deletionPolicy: optionalEnum(DELETION_POLICIES, {
    label: 'Deletion policy (deletionPolicy)',
    description:
      'What happens to the in-cluster release when Milvus is deleted: Retain keeps it, Delete removes it. Default Retain.',
    default: 'Retain',
  }),
  pvcDeletion: optionalBool({
    label: 'Delete PVCs (pvcDeletion)',
    description: 'With deletionPolicy Delete, also delete its PVCs (its data).',
  }),
};

export function inClusterLifecycleFields<Own extends { inCluster: unknown }>(
  base: ManifestPath,
  inCluster: (own: Own) => boolean,
): FieldEntry<Own>[] {
  return [
    {
      value: ['inCluster', 'deletionPolicy'],
      manifest: [...base, 'inCluster', 'deletionPolicy'],
      codec: enumCodec(DELETION_POLICIES),
      when: inCluster,
    },
    {
      value: ['inCluster', 'pvcDeletion'],
      manifest: [...base, 'inCluster', 'pvcDeletion'],
      codec: boolCodec,
      when: inCluster,
    },
  ];
}
