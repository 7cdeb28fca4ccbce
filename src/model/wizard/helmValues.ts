/** Helm values the user types as YAML (the in-cluster Kafka's extra values): a map, or nothing. */
import { parseDocument } from 'yaml';

export type HelmValuesResult = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/** Keys the wizard writes from its own fields; typed here they would be ignored. */
const OWNED_KEYS = ['replicaCount'];

export function parseHelmValues(text: string): HelmValuesResult {
  if (text.trim() === '') return { ok: true, value: {} };
  const doc = parseDocument(text);
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    const first = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, message: `${line ? `Line ${line}: ` : ''}${first || 'not valid YAML'}` };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'Write the Helm values as a map of keys, e.g. "heapOpts: -Xmx1G".' };
  }
  const owned = OWNED_KEYS.find((key) => Object.hasOwn(value, key));
  if (owned)
    return {
      ok: false,
      message: `Set ${owned} in the Replica count field above; it is not taken from here.`,
    };
  return { ok: true, value: value as Record<string, unknown> };
}
