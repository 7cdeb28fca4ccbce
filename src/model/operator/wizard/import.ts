/**
 * Manifest YAML -> wizard values, so that a manifest can be opened in the wizard. Reads the first
 * Milvus resource of a stream. Only the storage that will really run is read (as the operator
 * resolves it); the other storages keep the wizard's defaults, and whatever the wizard does not
 * model stays in the manifest, untouched by later edits (see `mergeIntoManifest`).
 */
import { parseStream } from '../../yaml/parseStream.ts';
import { toPlain } from '../../yaml/toPlain.ts';
import { Resolver } from '../../yaml/yamlNav.ts';
import { componentsPath, MILVUS_GROUP, type ManifestPath } from '../write/layout.ts';
import { resolve, type ResolvedMilvus } from '../resolve/index.ts';
import { enumCodec, textCodec, type Codec } from '../../storages/codecs.ts';
import { getAt, readFields, wrongTypeNote } from '../../storages/fieldTable.ts';
import { storageOf } from '../../storages/index.ts';
import {
  DEPLOYMENT_MODES,
  clampMinor,
  operatorDefaultStorage,
  type DeploymentMode,
  type MsgStreamType,
} from '../../facts/support.ts';
import { defaultValues, type WizardValues } from '../../wizard/values/valuesObject.ts';

export type ImportResult =
  | {
      ok: true;
      values: WizardValues;
      notes: string[];
      documentIndex: number;
      /** msgStreamType as the file writes it, when it is a value the wizard does not model ("foo"). */
      unknownMsgStreamType?: string;
    }
  | { ok: false; error: string; line?: number; column?: number };

/** Bounds the work on hostile input; the checker explains such input in detail. */
const MAX_IMPORT_CHARS = 2_000_000;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

export function importManifest(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, error: 'The manifest is too large to open in the wizard (over 2 MB).' };
  }
  // The checker's parse, with its bounds: size, binary data, nesting depth (the YAML library's
  // composer recurses), syntax, unresolvable aliases and alias bombs.
  let parsed;
  try {
    parsed = parseStream(text);
  } catch (e) {
    return { ok: false, error: `The YAML cannot be read: ${(e as Error).message}` };
  }
  const fatal = parsed.diagnostics.find((d) => d.severity === 'error');
  if (fatal) {
    return {
      ok: false,
      error: `Line ${fatal.line}: ${fatal.message}`,
      line: fatal.line,
      column: fatal.column,
    };
  }
  for (const { doc, index, aliasTargets } of parsed.documents) {
    let root: unknown;
    try {
      root = toPlain(new Resolver(doc, aliasTargets), doc.contents);
    } catch (e) {
      return { ok: false, error: `Document ${index + 1} cannot be read: ${(e as Error).message}` };
    }
    if (!isObj(root)) continue;
    const apiVersion = root.apiVersion;
    const kind = root.kind;
    if (typeof apiVersion !== 'string' || !apiVersion.startsWith(`${MILVUS_GROUP}/`)) continue;
    if (kind !== 'Milvus' && kind !== 'MilvusCluster') continue;
    return { ok: true, documentIndex: index, ...readValues(root, apiVersion, kind) };
  }
  return {
    ok: false,
    error: 'No Milvus resource (apiVersion milvus.io/..., kind Milvus or MilvusCluster) in this YAML.',
  };
}

function readValues(root: Obj, apiVersion: string, kind: 'Milvus' | 'MilvusCluster') {
  const v = defaultValues();
  const notes: string[] = [];
  const read = (codec: Codec, path: ManifestPath): unknown =>
    codec.read(getAt(root, path), (expected) => notes.push(wrongTypeNote(path, expected)));
  const text = (path: ManifestPath) => read(textCodec, path) as string;

  v.apiVersion = apiVersion === `${MILVUS_GROUP}/v1beta1` ? 'v1beta1' : 'v1alpha1';
  if (v.apiVersion === 'v1beta1') {
    v.mode =
      (read(enumCodec(DEPLOYMENT_MODES), ['spec', 'mode']) as DeploymentMode | undefined) ?? 'standalone';
  } else {
    v.mode = kind === 'MilvusCluster' ? 'cluster' : 'standalone';
  }
  v.name = text(['metadata', 'name']);
  v.namespace = text(['metadata', 'namespace']);
  v.image = text([...componentsPath(v), 'image']);
  // Version and storage as the checker sees them: one resolution stage, so the two cannot disagree.
  const resolved = resolve(root);
  v.milvusVersion = clampMinor(resolved.judged.version);
  if (resolved.judged.source === 'running' && resolved.running.every((run) => run.source === 'default')) {
    notes.push(`No image is set: the operator runs its default image, Milvus ${resolved.judged.label}.`);
  } else if (resolved.judged.source === 'believed') {
    notes.push(
      `The image "${v.image}" has no version tag; the operator reads it as Milvus ${resolved.judged.label}, and the wizard shows Milvus ${v.milvusVersion}.`,
    );
  }
  v.msgStreamType = storageFor(resolved, notes);
  const declared = resolved.storage.declared;
  const unknown =
    declared !== undefined && declared !== null && declared !== '' && declared !== v.msgStreamType;

  readFields(storageOf(v.msgStreamType), root, v[v.msgStreamType], v, notes);
  return { values: v, notes, ...(unknown ? { unknownMsgStreamType: String(declared) } : {}) };
}

function storageFor(resolved: ResolvedMilvus, notes: string[]): MsgStreamType {
  const { storage, mode } = resolved;
  if (storage.explicit && storage.type !== 'custom') return storage.type;
  const fallback = operatorDefaultStorage(mode, resolved.believed.atLeast26);
  if (!storage.explicit && !storage.invalid) {
    notes.push(`msgStreamType is not set: the operator resolves it to ${storage.type}.`);
    return storage.type as MsgStreamType;
  }
  notes.push(
    `msgStreamType "${String(storage.declared)}" is not one the wizard models; it shows ${fallback} and leaves the manifest's value alone.`,
  );
  return fallback;
}
