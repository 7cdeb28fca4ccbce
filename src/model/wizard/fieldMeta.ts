/**
 * Help text for a form field, read from the `.meta({ description })` of the values schema, so the
 * schema stays the only place that says what a field means.
 */
import * as z from 'zod';
import { WizardValuesObject } from '../values.ts';

/** The parts of zod's internal definition that tell how to reach the schema inside a wrapper. */
interface WalkableDef {
  type: string;
  innerType?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  in?: z.core.$ZodType;
  out?: z.core.$ZodType;
}

const defOf = (schema: z.core.$ZodType): WalkableDef => schema._zod.def as unknown as WalkableDef;

/** The schema and every wrapper (default, optional, preprocess ...) down to the structural one, outermost first. */
function wrapperChain(schema: z.core.$ZodType): z.core.$ZodType[] {
  const chain = [schema];
  let current = schema;
  for (;;) {
    const def = defOf(current);
    let next: z.core.$ZodType | undefined;
    if (def.innerType) next = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) {
      // z.preprocess is pipe(transform, schema); .transform() is pipe(schema, transform).
      next = defOf(def.in).type === 'transform' ? def.out : def.in;
    }
    if (!next) return chain;
    chain.push(next);
    current = next;
  }
}

function childOf(schema: z.core.$ZodType, key: string): z.core.$ZodType | undefined {
  const chain = wrapperChain(schema);
  const def = defOf(chain[chain.length - 1] as z.core.$ZodType);
  if (def.type === 'object' && def.shape && Object.hasOwn(def.shape, key)) return def.shape[key];
  if (def.type === 'array' && /^\d+$/.test(key)) return def.element;
  return undefined;
}

/** The schema of a field, by its form path (`kafka.tls.tlsCert`, `woodpecker.quorumBufferPools.0.name`). */
export function schemaAt(
  path: string,
  root: z.core.$ZodType = WizardValuesObject,
): z.core.$ZodType | undefined {
  let node: z.core.$ZodType | undefined = root;
  for (const key of path.split('.')) {
    if (!node) return undefined;
    node = childOf(node, key);
  }
  return node;
}

/** The description of a field: the outermost one found on its wrappers. */
export function describeField(path: string, root: z.core.$ZodType = WizardValuesObject): string | undefined {
  const schema = schemaAt(path, root);
  if (!schema) return undefined;
  for (const layer of wrapperChain(schema)) {
    const description = z.globalRegistry.get(layer)?.description;
    if (description) return description;
  }
  return undefined;
}

// "Default 4222." / "Milvus default 4320 (3 days)." at the start of a sentence; not "the operator default for ...".
const DEFAULT_IN_TEXT = /(?:^|[.;:]\s+|Milvus\s)[Dd]efault(?:\s+is)?\s+([^\s,;()]+)/;

/** The default value a description names ("Default 4222." -> "4222"), for placeholders. */
export function defaultFromDescription(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const match = DEFAULT_IN_TEXT.exec(description);
  if (!match?.[1]) return undefined;
  const value = match[1].replace(/\.$/, '');
  return value === '' ? undefined : value;
}

/** The default a field's description names. */
export function fieldDefault(path: string): string | undefined {
  return defaultFromDescription(describeField(path));
}
