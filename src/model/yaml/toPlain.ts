/**
 * A composed node as plain JavaScript data, the way kubectl reads it: aliases through the alias
 * map (yaml's own `toJS` searches the document for every alias: quadratic), merge keys applied,
 * scalars as their values. Bounded: a document whose aliases expand past `budget` nodes throws.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { isMergeKey, keyText, type Resolver } from './yamlNav.ts';

export class ExpansionError extends Error {}

export function toPlain(resolver: Resolver, root: unknown, budget = 100_000): unknown {
  let left = budget;
  const convert = (value: unknown, depth: number): unknown => {
    if (--left < 0) throw new ExpansionError('Aliases in this document expand too far to read it.');
    const node = resolver.resolve(value);
    if (node === null || depth > 200) return null;
    if (isScalar(node)) return typeof node.value === 'symbol' ? '<<' : node.value;
    if (isSeq(node)) return node.items.map((item) => convert(item, depth + 1));
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      // Without a merge key the map's own pairs are its entries: no copy of them per map.
      for (const pair of node.items.some(isMergeKey) ? resolver.entries(node) : node.items) {
        const key = keyText(pair);
        if (key === null) continue;
        const converted = convert(pair.value, depth + 1);
        // A `__proto__` key is data here, never the object's prototype (the only key an assignment
        // to a plain object treats otherwise; defineProperty for every key was slow on wide maps).
        if (key === '__proto__')
          Object.defineProperty(out, key, { value: converted, enumerable: true, writable: true, configurable: true });
        else out[key] = converted;
      }
      return out;
    }
    return null;
  };
  return convert(root, 0);
}
