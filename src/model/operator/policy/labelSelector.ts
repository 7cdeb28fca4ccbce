/**
 * A Kubernetes label selector in kubectl's words (`env=prod,tier in (a,b),!legacy`), read into the
 * matchLabels / matchExpressions object a namespaceSelector takes.
 */

export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

export type SelectorResult = { ok: true; selector: LabelSelector } | { ok: false; message: string };

// A label key: an optional DNS-subdomain prefix and a name of 1-63 characters.
const KEY = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

/** Splits at commas outside parentheses. */
function terms(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  out.push(current.trim());
  return out;
}

export function parseLabelSelector(text: string): SelectorResult {
  const matchLabels: Record<string, string> = {};
  const matchExpressions: LabelSelectorRequirement[] = [];
  for (const term of terms(text)) {
    const bad = (why: string): SelectorResult => ({ ok: false, message: `"${term}" ${why}` });
    if (term === '') return { ok: false, message: 'an empty term (two commas, or a comma at an end)' };
    const set = /^(\S+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(term);
    const equal = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(term);
    const exists = /^(!?)\s*([^=!\s()]+)$/.exec(term);
    if (set) {
      const values = set[3]!.split(',').map((v) => v.trim());
      if (!KEY.test(set[1]!)) return bad('has a key that is not a label key');
      if (values.some((v) => !VALUE.test(v)) || values.every((v) => v === ''))
        return bad('needs label values in the parentheses');
      matchExpressions.push({ key: set[1]!, operator: set[2] === 'in' ? 'In' : 'NotIn', values });
    } else if (equal) {
      const [, key, op, value] = equal as unknown as [string, string, string, string];
      if (!KEY.test(key)) return bad('has a key that is not a label key');
      if (!VALUE.test(value)) return bad('has a value that is not a label value');
      if (op === '!=') matchExpressions.push({ key, operator: 'NotIn', values: [value] });
      else if (key in matchLabels && matchLabels[key] !== value)
        return bad(`contradicts ${key}=${matchLabels[key]}`);
      else matchLabels[key] = value;
    } else if (exists) {
      if (!KEY.test(exists[2]!)) return bad('has a key that is not a label key');
      matchExpressions.push({ key: exists[2]!, operator: exists[1] ? 'DoesNotExist' : 'Exists' });
    } else {
      return bad('is not key=value, key!=value, key in (a,b), key notin (a,b), key or !key');
    }
  }
  const selector: LabelSelector = {};
  if (Object.keys(matchLabels).length > 0) selector.matchLabels = matchLabels;
  if (matchExpressions.length > 0) selector.matchExpressions = matchExpressions;
  return { ok: true, selector };
}
