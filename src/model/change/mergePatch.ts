/**
 * A JSON merge patch (RFC 7386), as `kubectl patch --type merge` sends it and the API server applies
 * it to the stored object: a field the patch names is set (maps merged key by key), `null` deletes
 * it, and every field the patch does not name stays as stored. Lists are replaced whole. The Milvus
 * docs change a running Milvus this way (switch and upgrade pages).
 */
import { isObject, type Json } from './view.ts';

export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  const out: Json = isObject(target) ? structuredClone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = applyMergePatch(out[key], value);
  }
  return out;
}
