/**
 * Text differences as replacements of the old text: what an editor applies so that the parts a
 * change did not touch stay byte for byte (and its cursor, folds and undo history with them).
 * Pure string work, shared by the pages' editor, the code actions and the language server.
 */

/** Replace `before.slice(start, end)` (UTF-16 offsets into the old text) with `text`. */
export interface TextReplacement {
  start: number;
  end: number;
  text: string;
}

/**
 * The smallest single replacement that turns `before` into `after`: the changed middle between
 * the common prefix and suffix.
 */
export function minimalReplacement(before: string, after: string): TextReplacement {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // Never split a surrogate pair: step back if the prefix ends on a high surrogate.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Past this many cells (changed old lines times changed new lines) the line comparison is not
 * run and the changed middle becomes one replacement: still correct, only less fine-grained.
 */
const MAX_TABLE_CELLS = 4_000_000;

/**
 * The replacements, in order and not overlapping, that turn `before` into `after`, one per run of
 * changed lines, each trimmed to the characters that differ. A fix that renames one key and adds
 * a line further down gives two small edits, not one that spans the lines in between.
 */
export function lineReplacements(before: string, after: string): TextReplacement[] {
  if (before === after) return [];
  const a = linesOf(before);
  const b = linesOf(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  const hunks: [number, number, number, number][] =
    n * m > MAX_TABLE_CELLS ? [[head, head + n, head, head + m]] : changedRuns(a, b, head, n, m);

  const aStart = offsets(a);
  const bStart = offsets(b);
  return hunks.map(([a0, a1, b0, b1]) => {
    const start = aStart[a0]!;
    const end = aStart[a1]!;
    const inner = minimalReplacement(before.slice(start, end), after.slice(bStart[b0]!, bStart[b1]!));
    return { start: start + inner.start, end: start + inner.end, text: inner.text };
  });
}

/** Lines with their line breaks, so that joining them gives the text back. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function offsets(lines: readonly string[]): number[] {
  const out = [0];
  for (const line of lines) out.push(out[out.length - 1]! + line.length);
  return out;
}

/**
 * The runs of lines that differ in the middle a[head, head+n) against b[head, head+m), from a
 * longest common subsequence of lines: [oldFrom, oldTo, newFrom, newTo] each.
 */
function changedRuns(
  a: readonly string[],
  b: readonly string[],
  head: number,
  n: number,
  m: number,
): [number, number, number, number][] {
  // lcs[i * (m + 1) + j]: length of the longest common subsequence of a's middle from i and b's from j.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[head + i] === b[head + j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
  const runs: [number, number, number, number][] = [];
  let i = 0;
  let j = 0;
  let open: [number, number] | null = null;
  const close = () => {
    if (open) runs.push([head + open[0], head + i, head + open[1], head + j]);
    open = null;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[head + i] === b[head + j]) {
      close();
      i++;
      j++;
      continue;
    }
    open ??= [i, j];
    if (j < m && (i === n || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) j++;
    else i++;
  }
  close();
  return runs;
}

/** `before` with the replacements made (they must be in order and not overlap). */
export function applyReplacements(before: string, replacements: readonly TextReplacement[]): string {
  let out = '';
  let at = 0;
  for (const r of replacements) {
    out += before.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + before.slice(at);
}
