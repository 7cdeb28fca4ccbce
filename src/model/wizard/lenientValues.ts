/**
 * The values the preview shows while the form holds a half-typed or invalid field: a field that
 * fails the schema's shape takes its value from a fallback (the previous values), so one bad field
 * never blanks the whole preview and never writes something the user did not mean.
 *
 * When the fallback's own value is invalid too (a user's manifest may hold a name the schema
 * refuses), that value is kept as it is: it came from the user's manifest, and a merge then leaves
 * it there untouched instead of replacing it with a default.
 */
import { parseValuesShape, type WizardValues } from './values/values.ts';
import { wizardDefaults } from './wizardDefaults.ts';

type Key = PropertyKey;

function getAt(root: unknown, path: readonly Key[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<Key, unknown>)[key];
  }
  return node;
}

/** Sets `value` at `path`; `undefined` for a list item removes the item. False when the path is unusable. */
function setAt(root: unknown, path: readonly Key[], value: unknown): boolean {
  if (path.length === 0) return false;
  const parent = getAt(root, path.slice(0, -1));
  if (typeof parent !== 'object' || parent === null) return false;
  const key = path[path.length - 1] as Key;
  if (Array.isArray(parent) && typeof key === 'number' && value === undefined) {
    parent.splice(key, 1);
    return true;
  }
  (parent as Record<Key, unknown>)[key] = structuredClone(value);
  return true;
}

const pathKey = (path: readonly Key[]) => JSON.stringify(path.map(String));
const MAX_ROUNDS = 6;

export function lenientValues(raw: unknown, fallback: WizardValues): WizardValues {
  let candidate: unknown;
  try {
    candidate = structuredClone(raw);
  } catch {
    return fallback;
  }
  const fromFallback = new Set<string>();
  const keptInvalid: (readonly Key[])[] = [];
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const result = parseValuesShape(candidate);
    if (result.success) {
      for (const path of keptInvalid) setAt(result.data, path, getAt(fallback, path));
      return result.data;
    }
    // Deepest paths and highest list indexes first, so removing an item does not shift another issue's path.
    const paths = result.error.issues
      .map((issue) => issue.path)
      .sort(deepestLast)
      .reverse();
    for (const path of paths) {
      const key = pathKey(path);
      let ok: boolean;
      if (!fromFallback.has(key)) {
        fromFallback.add(key);
        ok = setAt(candidate, path, getAt(fallback, path));
      } else {
        // The fallback is invalid here too: parse with the default, then put the fallback's value back.
        keptInvalid.push(path);
        ok = setAt(candidate, path, getAt(wizardDefaults(), path));
      }
      if (!ok) return fallback;
    }
  }
  return fallback;
}

function deepestLast(a: readonly Key[], b: readonly Key[]): number {
  if (a.length !== b.length) return a.length - b.length;
  const last = (p: readonly Key[]) => {
    const k = p[p.length - 1];
    return typeof k === 'number' ? k : -1;
  };
  return last(a) - last(b);
}
