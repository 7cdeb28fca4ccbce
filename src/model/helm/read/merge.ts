/**
 * The values Helm renders with: the user's inputs merged in order (a later one wins; maps merge
 * deeply; a list replaces a list; `null` deletes the key, the chart's default included: Helm's
 * pkg/chartutil coalesce), over the chart version's defaults. Each key remembers which input last
 * wrote it, so a finding lands on that input's line. Linear in the size of the inputs.
 */
import type { YamlPath } from '../../findings/diagnostics.ts';
import { chartDefault } from '../chart/versions.ts';
import type { ChartScalar, ChartVersionFacts } from '../chart/types.ts';
import { isJson, type Json, type ReadValues } from './sources.ts';

const keyOf = (path: YamlPath) => path.join('\u0000');

export interface ValueAt {
  value: unknown;
  /** user: an input sets it; default: the chart's values.yaml; deleted: an input set it (or a parent) to null; absent: neither. */
  from: 'user' | 'default' | 'deleted' | 'absent';
  /** The input that set it (user, deleted). */
  input?: number;
}

export class MergedValues {
  readonly user: Json;
  private readonly origin = new Map<string, number>();
  /** One input (a values file alone, as the language server reads it): its values are the merge. */
  private readonly single: boolean;

  constructor(
    readonly inputs: readonly ReadValues[],
    readonly chart: ChartVersionFacts,
  ) {
    const only = inputs.length === 1 ? inputs[0]!.values : null;
    this.single = only !== null;
    // Alone, nothing merges into the input's values, so they are not copied key by key (the copy
    // and its origin map were a tenth of a 1 MB file's check); read-only from here.
    this.user = only ?? {};
    if (this.single) return;
    inputs.forEach((input, index) => {
      if (input.values) this.mergeInto(this.user, input.values, null, index);
    });
  }

  /** `path`: keyOf of the map's own path (null at the top), extended a key at a time (no array per key). */
  private mergeInto(target: Json, source: Json, path: string | null, input: number): void {
    for (const key of Object.keys(source)) {
      const value = source[key];
      const here = path === null ? key : `${path}\u0000${key}`;
      this.origin.set(here, input);
      const current = target[key];
      if (isJson(value) && isJson(current)) {
        this.mergeInto(current, value, here, input);
      } else {
        const copy = isJson(value) ? this.copyMarking(value, here, input) : value;
        if (key === '__proto__')
          Object.defineProperty(target, key, {
            value: copy,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        else target[key] = copy;
      }
    }
  }

  /** A fresh map (never the input's own object), with every key below marked as this input's. */
  private copyMarking(value: Json, path: string, input: number): Json {
    const out: Json = {};
    this.mergeInto(out, value, path, input);
    return out;
  }

  /** The value at a path as the chart's templates see it. */
  get(path: YamlPath): ValueAt {
    let node: unknown = this.user;
    for (let i = 0; i < path.length; i++) {
      if (node === null) return { value: undefined, from: 'deleted', input: this.inputOf(path.slice(0, i)) };
      const next = isJson(node)
        ? node[path[i] as string]
        : Array.isArray(node)
          ? node[path[i] as number]
          : undefined;
      if (next === undefined) {
        const fallback = chartDefault(this.chart, path.join('.'));
        return fallback === undefined
          ? { value: undefined, from: 'absent' }
          : { value: fallback, from: 'default' };
      }
      node = next;
    }
    if (node === null) return { value: undefined, from: 'deleted', input: this.inputOf(path) };
    return { value: node, from: 'user', input: this.inputOf(path) };
  }

  /** The scalar at a path (the chart's default where no input sets it). */
  value(path: YamlPath): unknown {
    return this.get(path).value;
  }

  /** The input that last wrote the path, or the nearest ancestor it wrote. */
  inputOf(path: YamlPath): number | undefined {
    // Alone: every key below a top-level key the input writes is its.
    if (this.single) return path.length > 0 && Object.hasOwn(this.user, path[0]!) ? 0 : undefined;
    for (let n = path.length; n > 0; n--) {
      const found = this.origin.get(keyOf(path.slice(0, n)));
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Whether any input sets this path (or deletes it). */
  isSet(path: YamlPath): boolean {
    const v = this.get(path);
    return v.from === 'user' || v.from === 'deleted';
  }

  /** The chart's default at a path (undefined: the key does not exist in this chart version). */
  chartDefault(path: YamlPath): ChartScalar | undefined {
    return chartDefault(this.chart, path.join('.'));
  }
}

/** Go templates' truth: false, 0, "", null, an empty map or list are false. */
export function truthy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isJson(value)) return Object.keys(value).length > 0;
  return true;
}
