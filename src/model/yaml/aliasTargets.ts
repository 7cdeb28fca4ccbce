/** Walking a composed document in document order, and the node each alias names. */
import { isAlias, isCollection, isPair, isScalar, type Alias, type Document, type Node } from 'yaml';

/** Pre-order, document-order walk of a document's nodes (keys before values), without recursion. */
export function forEachNode(doc: Document.Parsed, visit: (node: Node) => void): void {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const value = stack.pop();
    if (isPair(value)) {
      stack.push(value.value, value.key);
      continue;
    }
    if (!isScalar(value) && !isAlias(value) && !isCollection(value)) continue;
    visit(value);
    if (isCollection(value)) for (let i = value.items.length - 1; i >= 0; i--) stack.push(value.items[i]);
  }
}

/**
 * Each alias with the node it names: the last node before it with that anchor, found by keeping
 * the latest node per anchor name during one walk in document order.
 */
export function aliasTargetsOf(doc: Document.Parsed): Map<Alias, Node> {
  const latest = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  forEachNode(doc, (node) => {
    if (isAlias(node)) {
      const target = latest.get(node.source);
      if (target) targets.set(node, target);
    } else if ((isScalar(node) || isCollection(node)) && node.anchor) latest.set(node.anchor, node);
  });
  return targets;
}

