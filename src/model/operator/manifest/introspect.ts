/**
 * Reading a zod schema's shape: which keys a level declares, whether it keeps unknown keys, what
 * type a leaf expects, the schema at a path. The one walker over zod schemas: the checker walks
 * YAML nodes with it along the manifest schema (so that schema stays the one description of the
 * CRD), and the wizard finds a field's help in the values schema with it.
 *
 * Understood: object, array, record, enum, literal, string, boolean, number, union, unknown, the
 * wrappers that hold an inner type (optional, nullable, default, prefault, catch, readonly ...)
 * and the pipes of z.preprocess and .transform().
 */
import * as z from 'zod';

type Schema = z.core.$ZodType;

/** The parts of zod's internal definition that tell how to reach the schema inside a wrapper. */
interface WrapperDef {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
}

function stepInto(schema: Schema): Schema | undefined {
  const def = schema._zod.def as unknown as WrapperDef;
  if (def.innerType) return def.innerType;
  if (def.type === 'pipe' && def.in && def.out) {
    // z.preprocess is pipe(transform, schema); .transform() is pipe(schema, transform).
    return (def.in._zod.def as unknown as WrapperDef).type === 'transform' ? def.out : def.in;
  }
  return undefined;
}

/** The schema and every wrapper (default, optional, preprocess ...) down to the structural one, outermost first. */
function wrapperChain(schema: Schema): Schema[] {
  const chain = [schema];
  for (let next = stepInto(schema); next; next = stepInto(next)) chain.push(next);
  return chain;
}

/** The schema under its wrappers. */
export function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let next = stepInto(current); next; next = stepInto(current)) current = next;
  return current;
}

/** The `.meta({ description })` of a field: the outermost one found on its wrappers. */
/** The `.meta()` of a schema and its wrappers merged, the outermost winning per key. */
export function metaOf(schema: Schema): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  for (const layer of wrapperChain(schema).reverse()) Object.assign(meta, z.globalRegistry.get(layer));
  return meta;
}

export function descriptionOf(schema: Schema): string | undefined {
  for (const layer of wrapperChain(schema)) {
    const description = z.globalRegistry.get(layer)?.description;
    if (description) return description;
  }
  return undefined;
}

export type SchemaShape =
  | { kind: 'object'; keys: Readonly<Record<string, Schema>>; freeForm: boolean }
  | { kind: 'array'; element: Schema }
  | { kind: 'record'; value: Schema }
  | { kind: 'any' }
  | { kind: 'scalar'; schema: Schema };

export function shapeOf(schema: Schema): SchemaShape {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    const catchall = inner.def.catchall;
    return {
      kind: 'object',
      keys: inner.shape as Record<string, Schema>,
      freeForm: catchall !== undefined && !(catchall instanceof z.ZodNever),
    };
  }
  if (inner instanceof z.ZodArray) return { kind: 'array', element: inner.element as Schema };
  if (inner instanceof z.ZodRecord) return { kind: 'record', value: inner.valueType as Schema };
  if (inner instanceof z.ZodUnknown || inner instanceof z.ZodAny) return { kind: 'any' };
  return { kind: 'scalar', schema: inner };
}

/** The declared keys of an object level (empty for anything else). */
export function knownKeys(schema: Schema): string[] {
  const shape = shapeOf(schema);
  return shape.kind === 'object' ? Object.keys(shape.keys) : [];
}

/** The field `key` of an object level; own properties only (`__proto__` is just an unknown key). */
export function fieldOf(schema: Schema, key: string): Schema | undefined {
  const shape = shapeOf(schema);
  if (shape.kind !== 'object') return undefined;
  return Object.hasOwn(shape.keys, key) ? shape.keys[key] : undefined;
}

/** The schema at a path of keys (numbers step into arrays), or undefined when the path leaves it. */
export function schemaAt(schema: Schema, path: readonly (string | number)[]): Schema | undefined {
  let current: Schema | undefined = schema;
  for (const part of path) {
    if (current === undefined) return undefined;
    const shape = shapeOf(current);
    if (typeof part === 'number') current = shape.kind === 'array' ? shape.element : undefined;
    else if (shape.kind === 'object')
      current = Object.hasOwn(shape.keys, part) ? shape.keys[part] : undefined;
    else if (shape.kind === 'record') current = shape.value;
    else current = undefined;
  }
  return current;
}

export function isOptional(schema: Schema): boolean {
  return schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault;
}

export function acceptsNull(schema: Schema): boolean {
  return (schema as z.ZodType).safeParse(null).success;
}

/** The allowed values of an enum or literal leaf (null for other types). */
export function enumValues(schema: Schema): readonly string[] | null {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodEnum) return inner.options.map(String);
  if (inner instanceof z.ZodLiteral) return [...inner.values].map(String);
  return null;
}

/** The element schema of a union's list option (`z.union([z.string(), z.array(z.string())])`), or null. */
export function listOption(schema: Schema): Schema | null {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodUnion)) return null;
  const list = (inner.options as readonly Schema[]).map(unwrap).find((o) => o instanceof z.ZodArray);
  return list instanceof z.ZodArray ? (list.element as Schema) : null;
}

/** Does a scalar value fit this leaf? */
export function acceptsScalar(schema: Schema, value: unknown): boolean {
  return (schema as z.ZodType).safeParse(value).success;
}

/** What a leaf expects, in words: "a boolean (true or false)", "one of: a, b". */
export function expectedText(schema: Schema): string {
  const inner = unwrap(schema);
  const values = enumValues(inner);
  if (values)
    return values.length === 1
      ? `"${values[0]}"`
      : `one of ${values.map((v) => (v === '' ? '""' : v)).join(', ')}`;
  if (inner instanceof z.ZodUnion) {
    const options = inner.options as readonly Schema[];
    if (options.some((o) => unwrap(o) instanceof z.ZodBoolean)) return 'a boolean (true or false)';
    const number = options.map(unwrap).find((o) => o instanceof z.ZodNumber);
    if (number) return expectedText(number);
    return options.map(expectedText).join(' or ');
  }
  if (inner instanceof z.ZodBoolean) return 'a boolean (true or false)';
  if (inner instanceof z.ZodNumber) return inner.isInt ? 'a whole number' : 'a number';
  if (inner instanceof z.ZodString) return 'a string';
  const shape = shapeOf(inner);
  if (shape.kind === 'object' || shape.kind === 'record') return 'a map of keys and values';
  if (shape.kind === 'array') return 'a list';
  return 'a value';
}
