/**
 * A small line diff, for previewing a fix before it is applied (as an editor's quick fix shows
 * its change). Lines common to both ends are trimmed first; the changed middle is diffed by
 * longest common subsequence while small, and shown as removed-then-added when large.
 */
export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
  /** 1-based line in the old text (same and removed lines) or in the new one (added lines). */
  line: number;
}

/** Cells of the LCS table above which the middle is shown as a block replacement. */
const LCS_LIMIT = 40_000;

function middleDiff(a: string[], b: string[], aStart: number, bStart: number): DiffLine[] {
  if (a.length * b.length > LCS_LIMIT) {
    return [
      ...a.map((text, i) => ({ kind: 'removed' as const, text, line: aStart + i + 1 })),
      ...b.map((text, i) => ({ kind: 'added' as const, text, line: bStart + i + 1 })),
    ];
  }
  // lcs[i][j]: length of the LCS of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]!, line: aStart + i + 1 });
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      out.push({ kind: 'added', text: b[j]!, line: bStart + j + 1 });
      j += 1;
    } else {
      out.push({ kind: 'removed', text: a[i]!, line: aStart + i + 1 });
      i += 1;
    }
  }
  return out;
}

/** The changed lines of `after` against `before`, with up to `context` unchanged lines around them. */
export function lineDiff(before: string, after: string, context = 2): DiffLine[] {
  if (before === after) return [];
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const lead = a.slice(Math.max(0, start - context), start).map((text, i, all) => ({
    kind: 'same' as const,
    text,
    line: start - all.length + i + 1,
  }));
  const trail = a.slice(endA, Math.min(a.length, endA + context)).map((text, i) => ({
    kind: 'same' as const,
    text,
    line: endA + i + 1,
  }));
  return [...lead, ...middleDiff(a.slice(start, endA), b.slice(start, endB), start, start), ...trail];
}

/** A run of unchanged lines left out of a diff view: how many, from which old line. */
export interface SkippedLines {
  kind: 'skipped';
  count: number;
  line: number;
}

/**
 * The diff as a reader wants a long one: unchanged runs longer than twice `context` shrink to
 * their first and last `context` lines around a "N unchanged lines" mark.
 */
export function collapseUnchanged(lines: readonly DiffLine[], context = 3): (DiffLine | SkippedLines)[] {
  const out: (DiffLine | SkippedLines)[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.kind !== 'same') {
      out.push(lines[i]!);
      i += 1;
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]!.kind === 'same') end += 1;
    const run = lines.slice(i, end);
    const keepHead = i === 0 ? 0 : context;
    const keepTail = end === lines.length ? 0 : context;
    if (run.length > keepHead + keepTail + 1) {
      out.push(...run.slice(0, keepHead));
      out.push({ kind: 'skipped', count: run.length - keepHead - keepTail, line: run[keepHead]!.line });
      out.push(...run.slice(run.length - keepTail));
    } else {
      out.push(...run);
    }
    i = end;
  }
  return out;
}
