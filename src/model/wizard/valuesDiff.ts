/**
 * Values as the difference from a baseline, so that share links and drafts stay short: only what
 * the user changed is written. Lists and scalars are replaced whole; `null` stands for a field
 * that is set in the baseline but not in the values (JSON has no `undefined`).
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** JSON of the parts of `values` that differ from `baseline`; `{}` when nothing does. */
export function diffFrom(values: unknown, baseline: unknown): Record<string, Json> {
  const out: Record<string, Json> = {};
  if (!isPlainObject(values)) return out;
  const base = isPlainObject(baseline) ? baseline : {};
  for (const [key, value] of Object.entries(values)) {
    const before = base[key];
    if (sameJson(value, before)) continue;
    if (value === undefined) {
      out[key] = null;
    } else if (isPlainObject(value) && isPlainObject(before)) {
      const nested = diffFrom(value, before);
      if (Object.keys(nested).length > 0) out[key] = nested;
    } else {
      out[key] = JSON.parse(JSON.stringify(value)) as Json;
    }
  }
  return out;
}

/** The baseline with a diff applied (the inverse of `diffFrom`); the baseline is not changed. */
export function applyDiff<T>(baseline: T, diff: unknown): T {
  const result = structuredClone(baseline) as unknown;
  if (!isPlainObject(diff) || !isPlainObject(result)) return result as T;
  applyInto(result, diff);
  return result as T;
}

function applyInto(target: Record<string, unknown>, diff: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(diff)) {
    // A diff comes from a URL or from storage: never let it reach the prototype.
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const current = target[key];
    if (value === null) target[key] = undefined;
    else if (isPlainObject(value) && isPlainObject(current)) applyInto(current, value);
    else target[key] = value;
  }
}
