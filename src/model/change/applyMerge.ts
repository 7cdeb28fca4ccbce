/**
 * `kubectl apply` of a file onto a live object, for custom resources (no strategic merge: a JSON
 * merge patch, three-way, as kubectl's client-side apply computes it for CRs): the patch sets
 * every field NEW names, and deletes every field the last-applied configuration named that NEW no
 * longer names. A field neither names (one the operator defaulted) stays as the live object has it.
 * Lists are replaced whole.
 */
import { LAST_APPLIED, isObject, type Json } from './view.ts';

export function threeWayMerge(original: Json | null, modified: Json, current: Json): Json {
  const out: Json = structuredClone(current);
  for (const [key, value] of Object.entries(modified)) {
    if (value === null) {
      delete out[key];
      continue;
    }
    const live = out[key];
    const before = original && isObject(original[key]) ? (original[key] as Json) : null;
    out[key] =
      isObject(value) && isObject(live) ? threeWayMerge(before, value, live) : structuredClone(value);
  }
  if (original) {
    for (const key of Object.keys(original)) if (!(key in modified)) delete out[key];
  }
  return out;
}

/** The configuration kubectl recorded at the last apply, or null (created otherwise, or unreadable). */
export function lastApplied(obj: Json): Json | null {
  const annotations =
    isObject(obj.metadata) && isObject(obj.metadata.annotations) ? obj.metadata.annotations : null;
  const text = annotations?.[LAST_APPLIED];
  if (typeof text !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
