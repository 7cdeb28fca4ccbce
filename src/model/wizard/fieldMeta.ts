/**
 * Help text for a form field, read from the `.meta({ description })` of the values schema, so the
 * schema stays the only place that says what a field means.
 */
import type * as z from 'zod';
import { descriptionOf, schemaAt } from '../manifest/introspect.ts';
import { WizardValuesObject } from '../values.ts';

/** A form path (`kafka.tls.tlsCert`, `woodpecker.quorumBufferPools.0.name`) as schema path steps. */
function formPathSteps(path: string): (string | number)[] {
  return path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

/** The description of a field, by its form path: the outermost one found on its wrappers. */
export function describeField(path: string, root: z.core.$ZodType = WizardValuesObject): string | undefined {
  const schema = schemaAt(root, formPathSteps(path));
  return schema ? descriptionOf(schema) : undefined;
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
