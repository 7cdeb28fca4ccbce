/**
 * The zod builders of the wizard's fields, with structured metadata: the help text, the label,
 * the placeholder, the unit and the default that applies when the field is left empty. The form
 * reads them through wizard/fieldMeta.ts; nothing parses them out of the help text.
 */
import '../wizard/values/zodSetup.ts';
import * as z from 'zod';

export type FieldMeta = {
  /** The help shown beside the field. */
  description: string;
  /**
   * The help under the Helm target, where `description` says what the operator does (who installs,
   * its defaults); the chart's key is added to either by helm/write/fieldHelp.ts.
   */
  helm?: string;
  /** The field's label in the form. */
  label?: string;
  /** Shown in an empty input when there is no default to show. */
  placeholder?: string;
  /** Shown after the input, e.g. "minutes". */
  unit?: string;
  /** What applies when the field is left empty (Milvus's or the operator's own default). */
  default?: string | number | boolean;
  /** What a text field holds, where the schema alone does not say it (the test data makes valid ones). */
  format?: 'host:port' | 'quantity';
};

/** Empty form inputs (`''`, `NaN` from an empty number field, `null`) mean "not set". */
function emptyToUndefined(value: unknown): unknown {
  if (value === '' || value === null) return undefined;
  if (typeof value === 'number' && Number.isNaN(value)) return undefined;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return value;
}

export const optionalInt = (min: number, max: number, meta: FieldMeta) =>
  z
    .preprocess(emptyToUndefined, z.number().int(`Enter a whole number`).min(min).max(max).optional())
    .meta(meta);

export const optionalBool = (meta: FieldMeta) => z.boolean().optional().meta(meta);

export const text = (meta: FieldMeta) => z.string().trim().default('').meta(meta);

export const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T, meta: FieldMeta) =>
  z.enum(values).optional().meta(meta);

/** A Kubernetes quantity such as `20Gi`, `500m`, `4`. */
export const QUANTITY = /^[+]?(\d+(\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
export const quantity = (meta: FieldMeta) =>
  z
    .string()
    .trim()
    .default('')
    .refine((v) => v === '' || QUANTITY.test(v), 'Use a Kubernetes quantity such as 20Gi, 512Mi, 500m or 4')
    .meta({ format: 'quantity', ...meta });

/** A list of `host:port` addresses. */
export const addressList = (meta: FieldMeta) =>
  z.array(z.string().trim().meta({ format: 'host:port' })).meta(meta);
