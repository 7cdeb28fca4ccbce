/**
 * What the form shows for a field (help, label, placeholder, unit, default), read from the
 * structured `.meta()` of the values schema (storages/fieldSchemas.ts FieldMeta), so the schema
 * stays the only place that says what a field means.
 */
import * as z from 'zod';
import type { FieldMeta } from '../storages/fieldSchemas.ts';
import { WizardValuesObject } from '../valuesObject.ts';

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

/** The metadata of a field: for each key, the outermost value found on its wrappers. */
export function fieldMetaOf(path: string, root: z.core.$ZodType = WizardValuesObject): Partial<FieldMeta> | undefined {
  const schema = schemaAt(path, root);
  if (!schema) return undefined;
  const meta: Partial<FieldMeta> = {};
  for (const layer of wrapperChain(schema).reverse()) Object.assign(meta, z.globalRegistry.get(layer));
  return meta;
}

/** The description of a field (its help). */
export function describeField(path: string, root: z.core.$ZodType = WizardValuesObject): string | undefined {
  return fieldMetaOf(path, root)?.description || undefined;
}

/** The default that applies when the field is left empty, as the form shows it ("4222", "on"). */
export function fieldDefault(path: string): string | undefined {
  const value = fieldMetaOf(path)?.default;
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  return String(value);
}

/** The label, placeholder and unit the form shows for a field. */
export function fieldLabel(path: string): string | undefined {
  return fieldMetaOf(path)?.label;
}

export function fieldPlaceholder(path: string): string | undefined {
  return fieldMetaOf(path)?.placeholder;
}

export function fieldUnit(path: string): string | undefined {
  return fieldMetaOf(path)?.unit;
}
