// The running manifest and the new one as a line diff. A live object is compared as "Clean for
// apply" makes it (model/operator/live/clean.ts), so the status and the operator's defaults do not drown
// the lines the user changed. Helm values are compared as they are.
import { useId, useMemo } from 'react';
import type { CompareAs } from '../../model/change/compare.ts';
import { cleanForApply } from '../../model/operator/live/clean.ts';
import { collapseUnchanged, lineDiff } from '../../model/text/lineDiff.ts';
import { DIFF_MARK as MARK, DIFF_SAID as SAID } from '../check/diffMarks.ts';

const NAMES = {
  manifest: {
    both: 'The two manifests',
    running: 'the running manifest',
    next: 'the new one',
    label: 'Line changes, running manifest to new manifest',
  },
  helm: {
    both: 'The two values files',
    running: 'the running values',
    next: 'the new ones',
    label: 'Line changes, running values to new values',
  },
} as const;

export function ManifestDiff({ as, running, next }: { as: CompareAs; running: string; next: string }) {
  const id = useId();
  const { lines, cleaned } = useMemo(() => {
    const clean = as === 'manifest' ? cleanForApply(running) : null;
    const usable = clean !== null && !clean.problem && clean.resources.some((r) => r.removed.length > 0);
    const old = usable ? clean.text : running;
    return { lines: collapseUnchanged(lineDiff(old, next, 3), 3), cleaned: usable };
  }, [as, running, next]);
  const names = NAMES[as];
  const added = lines.filter((l) => l.kind === 'added').length;
  const removed = lines.filter((l) => l.kind === 'removed').length;
  return (
    <section className="manifest-diff" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Line changes</h3>
      <p className="check-note">
        {lines.length === 0
          ? `${names.both} are the same, line for line.`
          : `${removed} ${removed === 1 ? 'line' : 'lines'} removed, ${added} added, from ${names.running} to ${names.next}.`}
        {cleaned &&
          ' The running manifest is a live object: it is compared as Clean for apply makes it, without its status and the defaults the operator wrote back.'}
      </p>
      {lines.length > 0 && (
        <pre className="manifest-diff-lines" tabIndex={0} aria-label={names.label}>
          {lines.map((l, i) =>
            l.kind === 'skipped' ? (
              <span key={i} className="manifest-diff-skipped">
                {`… ${l.count} unchanged ${l.count === 1 ? 'line' : 'lines'}\n`}
              </span>
            ) : (
              <span key={i} className={`fix-preview-${l.kind}`}>
                <span className="check-visually-hidden">{SAID[l.kind]}</span>
                <span aria-hidden="true">
                  {String(l.line).padStart(4)} {MARK[l.kind]}{' '}
                </span>
                {l.text}
                {'\n'}
              </span>
            ),
          )}
        </pre>
      )}
    </section>
  );
}
