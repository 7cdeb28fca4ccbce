/**
 * The manifest schema as JSON Schema, for monaco-yaml's hover help, completion and validation.
 * Built from the same zod schema the checker walks, so the editor and the checker agree on every
 * field name, enum and description.
 */
import * as z from 'zod';
import { MilvusManifestSchema, MilvusV1beta1Schema } from './schema.ts';

let cached: object | null = null;

export function manifestJsonSchema(): object {
  // Output mode: a CRD-declared (pruning) level gets `additionalProperties: false`, so the editor
  // completes and flags the same keys the API server keeps.
  cached ??= z.toJSONSchema(MilvusManifestSchema, { unrepresentable: 'any' }) as object;
  return structuredClone(cached);
}

/**
 * The v1beta1 `Milvus` resource alone, as a file for yaml-language-server (`milvus-mq schema`):
 * draft-07, which every yaml-language-server release reads, with the descriptions and enums of the
 * same zod schema.
 */
export function milvusResourceJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(MilvusV1beta1Schema, { target: 'draft-7', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >),
    title: 'Milvus (milvus.io/v1beta1)',
  };
}
