/**
 * Moving around a parsed YAML document by path, following aliases without expanding them, and
 * finding where a key or value sits in the source.
 */
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { YamlPath } from '../findings/diagnostics.ts';
import { aliasTargetsOf } from './aliasTargets.ts';

export type Range = readonly [number, number];

/** A mapping key as text; null for keys that are not scalars (`? [a, b]: c`). */
export function keyText(pair: Pair): string | null {
  const key: unknown = pair.key;
  // With merge keys on, the YAML library gives `<<` a symbol as its value.
  if (isScalar(key)) return typeof key.value === 'symbol' ? '<<' : String(key.value);
  if (key === null || typeof key !== 'object') return key === null ? null : String(key);
  return null;
}

/** The pair of `map` whose key is `key` (the last one, as YAML loaders keep the last duplicate). */
export function findPair(map: YAMLMap, key: string): Pair | undefined {
  let found: Pair | undefined;
  for (const item of map.items) if (keyText(item) === key) found = item;
  return found;
}

/** YAML 1.1 merge keys (`<<: *base`), which kubectl honours: not a field of their own. */
export function isMergeKey(pair: Pair): boolean {
  return keyText(pair) === '<<';
}

const MAX_ALIAS_HOPS = 32;

/**
 * Follows aliases to the node they name, through a map from each alias to its anchor's node (built
 * by the parse in one pass, or here on the first alias met): never a search of the document.
 */
export class Resolver {
  private targets: Map<Alias, Node> | null;
  /** Each map's pairs by key (the last of duplicates), built on the first lookup: no scan per key. */
  private readonly indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly doc: Document.Parsed,
    aliasTargets?: Map<Alias, Node>,
  ) {
    this.targets = aliasTargets ?? null;
  }

  resolve(value: unknown): Node | null {
    let node: unknown = value;
    for (let hops = 0; isAlias(node); hops++) {
      if (hops >= MAX_ALIAS_HOPS) return null;
      this.targets ??= aliasTargetsOf(this.doc);
      node = this.targets.get(node) ?? null;
    }
    if (node === null || node === undefined || typeof node !== 'object') return null;
    if (isScalar(node) || isCollection(node)) return node;
    return null;
  }

  /**
   * The pair for `key` in a map, looking through YAML 1.1 merge keys (`<<: *base`) as kubectl
   * does: the map's own keys first, then the merged maps in order.
   */
  pairOf(map: YAMLMap, key: string, depth = 0): Pair | undefined {
    const own = this.index(map).get(key);
    if (own || depth > MAX_ALIAS_HOPS) return own;
    for (const item of map.items) {
      if (!isMergeKey(item)) continue;
      for (const source of this.mergeSources(item.value)) {
        const found = this.pairOf(source, key, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** The pairs of a map as kubectl sees them: its own, then merged ones it does not override. */
  entries(map: YAMLMap, depth = 0): Pair[] {
    const own = map.items.filter((item) => !isMergeKey(item));
    if (own.length === map.items.length || depth > MAX_ALIAS_HOPS) return own;
    const seen = new Set(own.map(keyText));
    const merged: Pair[] = [];
    for (const item of map.items) {
      if (!isMergeKey(item)) continue;
      for (const source of this.mergeSources(item.value)) {
        for (const pair of this.entries(source, depth + 1)) {
          const key = keyText(pair);
          if (seen.has(key)) continue;
          seen.add(key);
          merged.push(pair);
        }
      }
    }
    return [...own, ...merged];
  }

  private mergeSources(value: unknown): YAMLMap[] {
    const node = this.resolve(value);
    if (isMap(node)) return [node];
    if (isSeq(node)) return node.items.map((item) => this.map(item)).filter((m): m is YAMLMap => m !== null);
    return [];
  }

  map(value: unknown): YAMLMap | null {
    const node = this.resolve(value);
    return isMap(node) ? node : null;
  }

  seq(value: unknown): YAMLSeq | null {
    const node = this.resolve(value);
    return isSeq(node) ? node : null;
  }

  private index(map: YAMLMap): Map<string, Pair> {
    let index = this.indexes.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        const key = keyText(item);
        if (key !== null) index.set(key, item);
      }
      this.indexes.set(map, index);
    }
    return index;
  }

  /** The plain value of a scalar (after aliases); undefined for collections and missing nodes. */
  scalar(value: unknown): unknown {
    const node = this.resolve(value);
    return isScalar(node) ? node.value : undefined;
  }
}

/** What a path leads to: the value node, the pair holding it (maps), and how far the path got. */
export interface Located {
  /** The value at the full path, or null when the path does not exist. */
  value: Node | null;
  /** The pair of the last map step that matched (its key is where "this key" diagnostics point). */
  pair: Pair | null;
  /** The node (key or item) of the deepest step that matched, for pointing at a missing key's parent. */
  deepest: Node | null;
  /** How many path parts matched. */
  depth: number;
}

export function locate(resolver: Resolver, root: unknown, path: YamlPath): Located {
  let current: Node | null = resolver.resolve(root);
  let pair: Pair | null = null;
  let deepest: Node | null = null;
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    if (typeof part === 'number') {
      const seq = isSeq(current) ? current : null;
      const item: unknown = seq?.items[part];
      if (item === undefined) return { value: null, pair, deepest, depth: i };
      deepest = isScalar(item) || isCollection(item) || isAlias(item) ? (item as Node) : deepest;
      pair = null;
      current = resolver.resolve(item);
    } else {
      const map = isMap(current) ? current : null;
      const found = map ? resolver.pairOf(map, part) : undefined;
      if (!found) return { value: null, pair, deepest, depth: i };
      pair = found;
      deepest = isScalar(found.key) ? found.key : deepest;
      current = resolver.resolve(found.value);
    }
  }
  return { value: current, pair, deepest, depth: path.length };
}

export function rangeOf(node: unknown): Range | null {
  if (node !== null && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: readonly number[] | null }).range;
    if (range && range.length >= 2) return [range[0]!, range[1]!];
  }
  return null;
}

/** Walks every node below `root` (no alias following), iteratively, with an upper bound on visits. */
export function* nodesBelow(root: unknown, limit = Number.MAX_SAFE_INTEGER): Generator<Node> {
  const stack: unknown[] = [root];
  let visited = 0;
  while (stack.length > 0 && visited < limit) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if (isScalar(node) || isAlias(node) || isCollection(node)) {
      visited++;
      yield node;
      if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
}
