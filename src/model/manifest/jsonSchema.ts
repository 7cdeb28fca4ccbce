/**
 * The manifest schema as JSON Schema, for monaco-yaml's hover help, completion and validation.
 * Built from the same zod schema the checker walks, so the editor and the checker agree on every
 * field name, enum and description.
 */
import * as z from 'zod';
import { MilvusManifestSchema } from './schema.ts';

let cached: object | null = null;

export function manifestJsonSchema(): object {
  // Output mode: a CRD-declared (pruning) level gets `additionalProperties: false`, so the editor
  // completes and flags the same keys the API server keeps.
  cached ??= z.toJSONSchema(MilvusManifestSchema, { unrepresentable: 'any' }) as object;
  return structuredClone(cached);
}
