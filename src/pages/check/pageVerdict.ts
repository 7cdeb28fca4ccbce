// One verdict for the check page. With a running manifest in Compare, the page judges the result
// of `kubectl apply` onto it: the summary counts Compare's consequences with the checker's
// findings, and "What will run" shows the merged object, not the file as if freshly installed.
import type { ResolvedResource } from '../../model/operator/checker/index.ts';
import type { DiffResult } from '../../model/change/diff.ts';
import type { Diagnostic } from '../../model/findings/diagnostics.ts';

/** The comparison, when it judges the file against a running manifest that was read. */
export function appliedDiff(diff: DiffResult | null): DiffResult | null {
  return diff && diff.old.length === 0 && diff.pairs.length > 0 ? diff : null;
}

const keyOf = (d: Diagnostic) => `${d.documentIndex}:${d.line}:${d.column}:${d.code}`;

/** The checker's findings and the apply's consequences, each once (NEW's read problems are in both). */
export function verdictDiagnostics(checker: readonly Diagnostic[], diff: DiffResult | null): Diagnostic[] {
  const applied = appliedDiff(diff);
  if (!applied) return [...checker];
  const seen = new Set(checker.map(keyOf));
  return [...checker, ...applied.new.filter((d) => !seen.has(keyOf(d)))];
}

/** "What will run" after the apply: each resource of the file that changes a running one, merged. */
export function resolvedAfterApply(
  resolved: readonly ResolvedResource[],
  diff: DiffResult | null,
): ResolvedResource[] {
  const applied = appliedDiff(diff);
  if (!applied) return [...resolved];
  return resolved.map((r) => {
    const pair = applied.pairs.find((p) => p.documentIndex === r.documentIndex && p.item === r.item);
    return pair ? { ...r, view: pair.applied } : r;
  });
}
