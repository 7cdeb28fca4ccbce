/**
 * The milvus-helm chart's message-storage keys as JSON Schema, from the Helm front end's zod schema
 * (helm/chart/valuesSchema.ts): `milvus-mq schema --helm` writes it for yaml-language-server, and
 * the wizard's and check page's editor gives completion and hover on values files with it (the
 * chart ships no values.schema.json). Draft-07, as yaml-language-server reads it everywhere.
 */
import * as z from 'zod';
import { HelmValuesSchema, NEWEST_CHART } from '../chart/index.ts';

let cached: Record<string, unknown> | null = null;

export function helmValuesJsonSchema(): Record<string, unknown> {
  cached ??= {
    ...(z.toJSONSchema(HelmValuesSchema, { target: 'draft-7', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >),
    title: `milvus-helm values: message storage (chart ${NEWEST_CHART.version})`,
    description: `The keys of the milvus-helm chart (zilliztech/milvus) that decide Milvus's message storage; defaults from chart ${NEWEST_CHART.version}. Other keys of the chart are allowed.`,
  };
  return structuredClone(cached);
}
