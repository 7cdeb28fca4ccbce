/**
 * The checker's findings on the wizard's own preview, placed on the form field they are about. The
 * place comes from layout.ts read backwards (each entry's manifest path -> its `field`), so a field
 * the layout writes is found again with no second table. A finding inside a list the layout writes
 * whole (brokerList[1], quorumBufferPools[0].seeds[2]) lands on that item's field.
 */
import { formatPath, type Diagnostic } from '../findings/diagnostics.ts';
import { manifestEntries, type ValuePath } from '../operator/write/layout.ts';
import type { WizardValues } from './values/values.ts';

/** The name react-hook-form gives a field: `kafka.brokerList.0`. */
export function fieldName(field: ValuePath): string {
  return field.join('.');
}

/** `a.b[0].c` -> ['a', 'b', 0, 'c'] (the checker's display path; keys hold no dots in what the wizard writes). */
function parseDisplayPath(path: string): ValuePath {
  const out: ValuePath = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) out.push(Number(match[2]));
    else if (match[1] !== undefined) out.push(match[1]);
  }
  return out;
}

/** A reverse map of one set of values: a manifest display path -> the field it is written from, or null. */
export function fieldLookup(v: WizardValues): (manifestPath: string) => ValuePath | null {
  const byPath = new Map<string, ValuePath>();
  for (const entry of manifestEntries(v)) byPath.set(formatPath(entry.path), entry.field);
  return (manifestPath) => {
    const parts = parseDisplayPath(manifestPath);
    // The longest entry path that holds this one: the entry itself, or a list it writes whole.
    for (let n = parts.length; n > 0; n -= 1) {
      const field = byPath.get(formatPath(parts.slice(0, n)));
      if (!field) continue;
      const rest = parts.slice(n);
      // Inside a list the item is a field of its own; inside anything else the entry is the field.
      return typeof rest[0] === 'number' ? [...field, ...rest] : field;
    }
    return null;
  };
}

export interface PlacedFindings {
  /** Findings by the name of the field they are about. */
  byField: ReadonlyMap<string, readonly Diagnostic[]>;
  /** Each finding's field name, or null for one no field shows (it belongs to its step, or to review). */
  fieldOf: ReadonlyMap<Diagnostic, string | null>;
}

export function placeFindings(v: WizardValues, diagnostics: readonly Diagnostic[]): PlacedFindings {
  const lookup = fieldLookup(v);
  const byField = new Map<string, Diagnostic[]>();
  const fieldOf = new Map<Diagnostic, string | null>();
  for (const d of diagnostics) {
    const field = d.documentIndex === 0 ? lookup(d.path) : null;
    const name = field ? fieldName(field) : null;
    fieldOf.set(d, name);
    if (name === null) continue;
    const list = byField.get(name) ?? [];
    list.push(d);
    byField.set(name, list);
  }
  return { byField, fieldOf };
}

/**
 * The form's problems the checker does not already say on the same field (review lists each problem
 * once): a rule both make is said by the checker; the form's own (a name Kubernetes refuses, the
 * chosen version against the image) stay.
 */
export function formProblemsBesideFindings<P extends { path: string; message: string }>(
  problems: readonly P[],
  placed: PlacedFindings,
): P[] {
  return problems.filter((p) => {
    const findings = placed.byField.get(p.path.replace(/\[(\d+)\]/g, '.$1')) ?? [];
    return !findings.some((d) => d.severity === 'error' || d.message === p.message);
  });
}
