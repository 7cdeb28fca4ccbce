/**
 * What the form shows for a field (help, label, placeholder, unit, default), read from the
 * structured `.meta()` of the values schema (storages/fieldSchemas.ts FieldMeta), so the schema
 * stays the only place that says what a field means.
 */
import type * as z from 'zod';
import { metaOf, schemaAt } from '../operator/manifest/introspect.ts';
import type { FieldMeta } from '../storages/fieldSchemas.ts';
import { WizardValuesObject } from './values/valuesObject.ts';

/** A form path (`kafka.tls.tlsCert`, `woodpecker.quorumBufferPools.0.name`) as schema path steps. */
function formPathSteps(path: string): (string | number)[] {
  return path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

/** The metadata of a field, by its form path: for each key, the outermost value found on its wrappers. */
export function fieldMetaOf(
  path: string,
  root: z.core.$ZodType = WizardValuesObject,
): Partial<FieldMeta> | undefined {
  const schema = schemaAt(root, formPathSteps(path));
  return schema ? (metaOf(schema) as Partial<FieldMeta>) : undefined;
}

/** The description of a field (its help). */
export function describeField(path: string, root: z.core.$ZodType = WizardValuesObject): string | undefined {
  return fieldMetaOf(path, root)?.description || undefined;
}

/**
 * The help of a field for the chosen target: on Helm, its `helm` help where the description speaks
 * of the operator. The chart's key is added where the value goes (helm/write/fieldHelp.ts).
 */
export function describeFieldFor(path: string, target: 'operator' | 'helm'): string | undefined {
  const meta = fieldMetaOf(path);
  return (target === 'helm' ? meta?.helm : undefined) || meta?.description || undefined;
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
