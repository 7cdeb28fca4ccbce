/** Test helper: the nodes of a composed document as comparable rows (path, kind, value, range). */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

export interface NodeRow {
  path: string;
  kind: string;
  value: unknown;
  range: number[];
  anchor?: string;
}

export function treeRows(doc: Document.Parsed, exact = false): NodeRow[] {
  const rows: NodeRow[] = [];
  const visit = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    // Where a collection ends after trailing comments and blank lines is yaml's own detail: only
    // its start is compared (with `exact`, every end too).
    const collection = isMap(n) || isSeq(n);
    const range = !n.range ? [] : exact ? [...n.range] : collection ? [n.range[0]] : [n.range[0], n.range[1]];
    const row: NodeRow = {
      path,
      kind: isMap(n) ? (n.flow ? 'flow-map' : 'map') : isSeq(n) ? (n.flow ? 'flow-seq' : 'seq') : isAlias(n) ? 'alias' : isScalar(n) ? `scalar:${n.type ?? 'PLAIN'}` : 'other',
      value: isScalar(n) ? (typeof n.value === 'symbol' ? '<<merge>>' : n.value) : isAlias(n) ? n.source : null,
      range,
    };
    if ((isScalar(n) || isMap(n) || isSeq(n)) && n.anchor) row.anchor = n.anchor;
    rows.push(row);
    if (isMap(n) || isSeq(n)) {
      (n.items as unknown[]).forEach((item, i) => {
        if (isPair(item)) {
          visit(item.key, `${path}/${i}:key`);
          visit(item.value, `${path}/${i}:value`);
        } else visit(item, `${path}/${i}`);
      });
    }
  };
  visit(doc.contents, '');
  return rows;
}
