/**
 * Walks a YAML subtree alongside the manifest schema and reports, to a visitor, the three things
 * the schema can tell: a key the level does not declare, a value of the wrong type, a required
 * key that is missing. The walk goes only as deep as the schema does (free-form parts are not
 * entered), so its cost follows the schema, not the size of the document; but a free-form level
 * may hold many keys, each an unknown key to report, so the walk of a resource is made once and its
 * findings replayed to each rule that asks (schema, pruned fields, typos).
 */
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { YamlPath } from '../../findings/diagnostics.ts';
import { acceptsScalar, isOptional, listOption, shapeOf } from '../manifest/introspect.ts';
import type { CheckContext } from './context.ts';
import { keyText } from '../../yaml/yamlNav.ts';

type Schema = Parameters<typeof shapeOf>[0];

export interface UnknownKey {
  readonly path: YamlPath;
  readonly key: string;
  readonly pair: Pair;
  /** The declared keys of the level. */
  readonly known: string[];
  /** The level keeps unknown keys (free-form) instead of pruning them. */
  readonly freeForm: boolean;
}

/** An unknown key whose path is made only when a rule reads it (most keys of a wide map are let be). */
class UnknownKeyAt implements UnknownKey {
  constructor(
    private readonly parent: YamlPath,
    readonly key: string,
    readonly pair: Pair,
    readonly known: string[],
    readonly freeForm: boolean,
  ) {}

  get path(): YamlPath {
    return [...this.parent, this.key];
  }
}

export interface Mismatch {
  path: YamlPath;
  node: Node;
  schema: Schema;
}

export interface MissingKey {
  /** Path of the map that lacks the key. */
  parent: YamlPath;
  key: string;
}

export interface SchemaVisitor {
  unknownKey?(info: UnknownKey): void;
  mismatch?(info: Mismatch): void;
  missing?(info: MissingKey): void;
}

/** Visits at most this many nodes per walk, whatever aliases make the tree look like. */
const MAX_VISITS = 200_000;

type Finding =
  | { kind: 'unknownKey'; info: UnknownKey }
  | { kind: 'mismatch'; info: Mismatch }
  | { kind: 'missing'; info: MissingKey };

const walked = new WeakMap<CheckContext, Finding[]>();

/**
 * Walks the resource's whole schema (from its root), reporting to `visitor` in document order:
 * the walk is made on the first call for a resource and its findings replayed on later calls.
 */
export function walkResourceSchema(ctx: CheckContext, visitor: SchemaVisitor): void {
  let findings = walked.get(ctx);
  if (!findings) {
    const found: Finding[] = [];
    walkSchema(ctx, ctx.resource.schema, [], {
      unknownKey: (info) => found.push({ kind: 'unknownKey', info }),
      mismatch: (info) => found.push({ kind: 'mismatch', info }),
      missing: (info) => found.push({ kind: 'missing', info }),
    });
    findings = found;
    walked.set(ctx, findings);
  }
  for (const finding of findings) {
    if (finding.kind === 'unknownKey') visitor.unknownKey?.(finding.info);
    else if (finding.kind === 'mismatch') visitor.mismatch?.(finding.info);
    else visitor.missing?.(finding.info);
  }
}

function walkSchema(ctx: CheckContext, schema: Schema, path: YamlPath, visitor: SchemaVisitor): void {
  let visits = 0;
  const walk = (level: Schema, raw: unknown, at: YamlPath): void => {
    if (++visits > MAX_VISITS) return;
    const node = ctx.resolver.resolve(raw);
    if (node === null || (isScalar(node) && node.value === null)) return;
    const shape = shapeOf(level);
    switch (shape.kind) {
      case 'any':
        return;
      case 'scalar': {
        const element = isSeq(node) ? listOption(level) : null;
        if (element && isSeq(node)) {
          node.items.forEach((item, i) => walk(element, item, [...at, i]));
          return;
        }
        if (!isScalar(node) || !acceptsScalar(level, node.value))
          visitor.mismatch?.({ path: at, node, schema: level });
        return;
      }
      case 'array':
        if (!isSeq(node)) {
          visitor.mismatch?.({ path: at, node, schema: level });
          return;
        }
        node.items.forEach((item, i) => walk(shape.element, item, [...at, i]));
        return;
      case 'record':
        if (!isMap(node)) {
          visitor.mismatch?.({ path: at, node, schema: level });
          return;
        }
        for (const pair of ctx.resolver.entries(node)) {
          const key = keyText(pair);
          if (key !== null) walk(shape.value, pair.value, [...at, key]);
        }
        return;
      case 'object': {
        if (!isMap(node)) {
          visitor.mismatch?.({ path: at, node, schema: level });
          return;
        }
        const present = new Set<string>();
        const known = Object.keys(shape.keys);
        for (const pair of ctx.resolver.entries(node)) {
          const key = keyText(pair);
          if (key === null) continue;
          if (Object.hasOwn(shape.keys, key)) {
            if (ctx.resolver.scalar(pair.value) !== null) present.add(key);
            walk(shape.keys[key]!, pair.value, [...at, key]);
          } else visitor.unknownKey?.(new UnknownKeyAt(at, key, pair, known, shape.freeForm));
        }
        for (const key of known) {
          if (!present.has(key) && !isOptional(shape.keys[key]!)) visitor.missing?.({ parent: at, key });
        }
        return;
      }
    }
  };
  walk(schema, ctx.node(path), path);
}
