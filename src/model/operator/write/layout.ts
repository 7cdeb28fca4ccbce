/**
 * Where each wizard value lives in a manifest: the common fields below, and each storage's field
 * table (storages/). One list of entries (path -> value) serves the generator (write the defined
 * ones), the merge onto a user's own manifest (change only the entries whose value differs) and,
 * through `field`, the way back from a place in the manifest to the form field it comes from.
 *
 * Only what is in effect is written: the settings of the chosen storage, of its chosen side
 * (external or in-cluster), and optional fields that are set.
 */
import { textCodec } from '../../storages/codecs.ts';
import type { Entry, ManifestPath, StorageContext, ValuePath } from '../../storages/descriptor.ts';
import { writeFields } from '../../storages/fieldTable.ts';
import { storageOf } from '../../storages/index.ts';
import { rocksmqPersistenceBase } from '../../storages/rocksmq.ts';
import type { WizardValues } from '../../wizard/values/valuesObject.ts';
import { versionFromImage } from '../../facts/versions.ts';

export type { Entry, ManifestPath, ValuePath };
export { rocksmqPersistenceBase };

export const MILVUS_GROUP = 'milvus.io';

export function resourceKind(v: Pick<WizardValues, 'apiVersion' | 'mode'>): {
  apiVersion: string;
  kind: string;
} {
  if (v.apiVersion === 'v1beta1') return { apiVersion: `${MILVUS_GROUP}/v1beta1`, kind: 'Milvus' };
  return { apiVersion: `${MILVUS_GROUP}/v1alpha1`, kind: v.mode === 'cluster' ? 'MilvusCluster' : 'Milvus' };
}

/** A v1alpha1 `Milvus` keeps its component settings directly under `spec`. */
export function componentsPath(v: StorageContext): ManifestPath {
  return v.apiVersion === 'v1alpha1' && v.mode === 'standalone' ? ['spec'] : ['spec', 'components'];
}

/** A field of the wizard that is not a storage's: where it goes and what is written there. */
interface CommonEntry {
  field: ValuePath;
  path: (v: WizardValues) => ManifestPath;
  write: (v: WizardValues) => unknown;
}

/**
 * The common fields, in the order a fresh manifest lists them. The importer reads name, namespace
 * and image back through the same codec; mode, version and storage it takes from resolve/, as the
 * checker sees them.
 */
export const COMMON_FIELDS: readonly CommonEntry[] = [
  { field: ['apiVersion'], path: () => ['apiVersion'], write: (v) => resourceKind(v).apiVersion },
  { field: ['apiVersion'], path: () => ['kind'], write: (v) => resourceKind(v).kind },
  { field: ['name'], path: () => ['metadata', 'name'], write: (v) => v.name },
  { field: ['namespace'], path: () => ['metadata', 'namespace'], write: (v) => textCodec.write(v.namespace) },
  {
    field: ['mode'],
    path: () => ['spec', 'mode'],
    write: (v) => (v.apiVersion === 'v1beta1' ? v.mode : undefined),
  },
  { field: ['image'], path: (v) => [...componentsPath(v), 'image'], write: (v) => textCodec.write(v.image) },
  // A digest or a non-version tag hides the version; the label keeps it visible to the operator.
  {
    field: ['milvusVersion'],
    path: (v) => [...componentsPath(v), 'version'],
    write: (v) =>
      v.image !== '' && versionFromImage(v.image) === null ? `v${v.milvusVersion}.0` : undefined,
  },
  {
    field: ['msgStreamType'],
    path: () => ['spec', 'dependencies', 'msgStreamType'],
    write: (v) => v.msgStreamType,
  },
];

/** Every place the wizard writes, in the order a fresh manifest lists them. */
export function manifestEntries(v: WizardValues): Entry[] {
  const common = COMMON_FIELDS.map((c) => ({ path: c.path(v), value: c.write(v), field: c.field }));
  return [...common, ...writeFields(storageOf(v.msgStreamType), v[v.msgStreamType], v)];
}
