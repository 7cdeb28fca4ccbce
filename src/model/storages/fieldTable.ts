/**
 * The two walks over a storage's field table: values -> manifest entries (the generator and the
 * merge) and manifest -> values (the importer). Nothing here knows a particular field.
 */
import { isRecord } from './codecs.ts';
import { manifestPathOf, type Entry, type StorageContext, type StorageDescriptor } from './descriptor.ts';

type Own = Record<string, unknown>;

export function getAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

export function setAt(root: Own, path: readonly string[], value: unknown): void {
  let node = root;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (!isRecord(next)) node[key] = {};
    node = node[key] as Own;
  }
  node[path[path.length - 1] as string] = value;
}

/** The manifest entries of a storage's settings that are in effect, in the table's order. */
export function writeFields(storage: StorageDescriptor, own: unknown, ctx: StorageContext): Entry[] {
  const entries: Entry[] = [];
  for (const f of storage.fields) {
    if (f.when && !f.when(own)) continue;
    const path = manifestPathOf(f, ctx);
    const field = [storage.id, ...f.value];
    const value = getAt(own, f.value);
    if (f.spread) {
      const except = f.spread.except;
      for (const [key, item] of Object.entries(isRecord(value) ? value : {})) {
        if (!except.includes(key))
          entries.push({ path: [...path, key], value: item, field: [...field, key] });
      }
      continue;
    }
    entries.push({ path, value: f.codec.write(value), field });
  }
  return entries;
}

/** The importer's note on a value of the wrong type (the manifest keeps it). */
export function wrongTypeNote(path: readonly (string | number)[], expected: string): string {
  return `${path.join('.')} is not ${expected}; the wizard leaves it as it is.`;
}

/**
 * Reads a storage's settings out of a manifest into `own` (which starts as the schema's defaults),
 * noting each value of the wrong type.
 */
export function readFields(
  storage: StorageDescriptor,
  manifest: unknown,
  own: Own,
  ctx: StorageContext,
  notes: string[],
): void {
  for (const f of storage.fields) {
    if (f.when && !f.when(own)) continue;
    const path = manifestPathOf(f, ctx);
    const raw = getAt(manifest, path);
    if (f.spread) {
      const except = f.spread.except;
      setAt(
        own,
        f.value,
        isRecord(raw) ? Object.fromEntries(Object.entries(raw).filter(([key]) => !except.includes(key))) : {},
      );
      continue;
    }
    const wrong = (expected: string) =>
      notes.push(`${path.join('.')} is not ${expected}; the wizard leaves it as it is.`);
    setAt(own, f.value, f.codec.read(raw, wrong));
  }
}
