/**
 * Small builders for the admission policy's CEL, so each rule in admissionRules.ts reads as its
 * condition. Only standard CEL is used (has(), size(), matches() with RE2 syntax, ternaries, string
 * equality): Kubernetes' CEL and @bufbuild/cel (the tests' evaluator) both have it. No
 * comprehension macros: the CRD's lists have no maxItems, so list items are read by index up to a
 * fixed bound (LIST_BOUNDS), which keeps every expression's cost constant.
 */

/** How many list items the policy reads; past these, only the CLI checks. */
export const LIST_BOUNDS = { brokers: 16, pools: 4, seedsPerPool: 8 } as const;

/** A CEL string literal (single quotes; backslashes and quotes escaped). */
export function str(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** `value.matches(r'regex')`: a raw string literal, so the regex reads as written. */
export function matches(value: string, regex: string): string {
  return `${value}.matches(${/['\n\r]/.test(regex) ? str(regex) : `r'${regex}'`})`;
}

/** `!(a && b && ...)`: validations hold when the bad case does not. */
export function not(...conditions: string[]): string {
  return `!(${conditions.join(' && ')})`;
}

/** The item `i` of a list, when the list has one: `size(l) > i && cond(l[i])`. */
export function item(list: string, i: number, condition: (it: string) => string): string {
  return `(size(${list}) > ${i} && ${condition(`${list}[${i}]`)})`;
}

/** Any of the first `bound` items satisfies `condition` (unrolled, no loop). */
export function anyOfFirst(list: string, bound: number, condition: (it: string) => string): string {
  return `(${Array.from({ length: bound }, (_, i) => item(list, i, condition)).join(' || ')})`;
}

/** A field of a map when present, else a fallback: `has(m.f) ? m.f : fallback`. */
export function fieldOr(map: string, field: string, fallback: string): string {
  return `has(${map}.${field}) ? ${map}.${field} : ${fallback}`;
}
