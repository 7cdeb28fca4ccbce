/**
 * Is this text Helm values of the milvus chart? A YAML map with no apiVersion or kind and a top-level
 * key some chart version has (cluster, pulsarv3, standalone, image …), or `helm get values` output.
 * Read through the parse layer (read/sources.ts), like any values file.
 */
import { CHART_VERSIONS } from './chart/versions.ts';
import { readValuesFile } from './read/sources.ts';

let chartKeys: Set<string> | null = null;

export function looksLikeHelmValues(text: string): boolean {
  const read = readValuesFile('', text);
  if (read.header) return true;
  const values = read.values;
  if (!values || 'apiVersion' in values || 'kind' in values) return false;
  chartKeys ??= new Set(CHART_VERSIONS.flatMap((c) => c.topLevelKeys));
  return Object.keys(values).some((k) => chartKeys!.has(k));
}
