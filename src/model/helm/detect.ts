/**
 * Is this text Helm values of the milvus chart? A YAML map with no apiVersion or kind and a top-level
 * key some chart version has (cluster, pulsarv3, standalone, image …), or `helm get values` output.
 * Read through the parse layer (read/sources.ts), like any values file.
 */
import { CHART_VERSIONS } from './chart/versions.ts';
import { readValuesFile } from './read/sources.ts';

let chartKeys: Set<string> | null = null;

/** A YAML map with apiVersion or kind: a Kubernetes object (a Milvus resource, a List), never values. */
export function readsAsResource(text: string): boolean {
  const values = readValuesFile('', text).values;
  return values !== null && isResource(values);
}

const isResource = (values: object) => 'apiVersion' in values || 'kind' in values;

export function looksLikeHelmValues(text: string): boolean {
  const read = readValuesFile('', text);
  if (read.header) return true;
  const values = read.values;
  if (!values || isResource(values)) return false;
  chartKeys ??= new Set(CHART_VERSIONS.flatMap((c) => c.topLevelKeys));
  return Object.keys(values).some((k) => chartKeys!.has(k));
}
