/**
 * `--set` and `--set-string` as Helm reads them (helm.sh/helm/v3 pkg/strvals/parser.go): one
 * argument holds assignments separated by commas (`a=1,b=2`); a key is dotted (`a.b.c`), with list
 * indices (`a.b[0]=x`, `a[1].c=y`); `\,` `\.` `\=` escape; `{x,y}` is a list. `--set` types a value
 * as Helm's typedVal does: true/false, null, an integer (not one with a leading zero), else a
 * string; `--set-string` keeps every value a string.
 */
import type { YamlPath } from '../../findings/diagnostics.ts';

export interface SetAssignment {
  path: (string | number)[];
  value: unknown;
  /** [start, end) of the assignment in its argument, for pointing at it. */
  range: [number, number];
}

export type StrvalsResult =
  { ok: true; assignments: SetAssignment[] } | { ok: false; message: string; offset: number };

const MAX_INDEX = 65536; // Helm refuses larger list indices too (parser.go MaxIndex)

/** Helm's typedVal: what `--set` makes of a value's text. */
export function typedValue(text: string, asString: boolean): unknown {
  if (asString) return text;
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (text === '0') return 0;
  // A leading zero keeps the text (a version, a zip code), as Helm does.
  if (/^-?[1-9]\d*$/.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
  return text;
}

/** Splits at `sep` outside escapes (and outside `{…}` when `braces`); returns pieces with their offsets. */
function split(text: string, sep: string, braces: boolean): { part: string; start: number }[] {
  const out: { part: string; start: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (braces && c === '{') depth++;
    else if (braces && c === '}') depth = Math.max(0, depth - 1);
    else if (c === sep && depth === 0) {
      out.push({ part: text.slice(start, i), start });
      start = i + 1;
    }
  }
  out.push({ part: text.slice(start), start });
  return out;
}

const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

function parseKey(key: string): (string | number)[] | string {
  const path: (string | number)[] = [];
  for (const { part } of split(key, '.', false)) {
    const m = /^((?:[^[\\]|\\.)*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return `"${unescape(part)}" is not a key (a name, then [index] for a list item)`;
    if (m[1] === '' && path.length === 0 && m[2] === '') return 'a key is empty';
    if (m[1] !== '') path.push(unescape(m[1]!));
    for (const index of m[2]!.matchAll(/\[(\d+)\]/g)) {
      const n = Number(index[1]);
      if (n > MAX_INDEX) return `the list index ${n} is larger than Helm allows (${MAX_INDEX})`;
      path.push(n);
    }
  }
  if (path.length === 0 || path.some((p) => p === '')) return 'a key is empty';
  return path;
}

export function parseSet(argument: string, asString = false): StrvalsResult {
  const assignments: SetAssignment[] = [];
  for (const { part, start } of split(argument, ',', true)) {
    if (part === '') continue;
    const eq = split(part, '=', false);
    if (eq.length < 2) return { ok: false, message: `"${part}" has no "=": write key=value`, offset: start };
    const keyText = eq[0]!.part;
    const valueText = part.slice(keyText.length + 1);
    const path = parseKey(keyText);
    if (typeof path === 'string') return { ok: false, message: path, offset: start };
    const value =
      valueText.startsWith('{') && valueText.endsWith('}')
        ? split(valueText.slice(1, -1), ',', false)
            .filter(({ part: p }) => p !== '')
            .map(({ part: p }) => typedValue(unescape(p), asString))
        : typedValue(unescape(valueText), asString);
    assignments.push({ path, value, range: [start, start + part.length] });
  }
  return { ok: true, assignments };
}

/** `a.b[0]` for a path (as `--set` writes it). */
export function setKey(path: YamlPath): string {
  return path.reduce<string>(
    (s, p) => (typeof p === 'number' ? `${s}[${p}]` : s === '' ? p : `${s}.${p}`),
    '',
  );
}
