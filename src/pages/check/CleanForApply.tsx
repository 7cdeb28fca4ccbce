// "Clean for apply": a live object pasted on the check page made ready to apply again
// (model/operator/live/clean.ts, the same as `milvus-mq clean`), with what went, why, and what stayed.
import { useId, useState } from 'react';
import { cleanForApply, removalGroups, type CleanResult } from '../../model/operator/live/clean.ts';

interface CleanForApplyProps {
  text: string;
  /** The text holds a live object (a status): only then is the button offered. */
  live: boolean;
  /** Puts the cleaned text in the editor as one undoable edit. */
  onClean: (text: string) => void;
}

/** Paths shown per group before "and N more" (a chart's merged values are hundreds). */
const SHOWN = 8;

export function CleanForApply({ text, live, onClean }: CleanForApplyProps) {
  const id = useId();
  // The report belongs to the text it produced; an edit after it hides it.
  const [report, setReport] = useState<CleanResult | null>(null);
  const shown = report && (report.problem || report.text === text) ? report : null;
  // After cleaning, the text is no live object any more: the report stays, the button goes.
  if (!live && !shown) return null;
  return (
    <section className="clean-apply" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Clean for apply</h3>
      {live && (
        <p className="check-note">
          This is a live object (<code>kubectl get milvus -o yaml</code>). Clean it to apply it again, or in
          another cluster: the status, the server&apos;s metadata and the defaults the operator wrote back go;
          what you set stays.
        </p>
      )}
      {live && (
        <button
          type="button"
          className="check-button"
          onClick={() => {
            const result = cleanForApply(text);
            setReport(result);
            if (!result.problem) onClean(result.text);
          }}
        >
          Clean for apply
        </button>
      )}
      {shown?.problem && (
        <p role="alert" className="check-failure">
          Not cleaned: line {shown.problem.line}, column {shown.problem.column}: {shown.problem.message} Your
          text is unchanged.
        </p>
      )}
      {shown && !shown.problem && (
        <div role="status" className="clean-report">
          {shown.resources.map((r) => (
            <div key={`${r.documentIndex}-${r.item ?? ''}`}>
              <p>
                <strong>
                  {r.name}
                  {r.item !== undefined ? ` (item ${r.item + 1})` : ''}
                </strong>
                : {r.removed.length} {r.removed.length === 1 ? 'field' : 'fields'} removed;{' '}
                {r.usedLastApplied
                  ? 'the last-applied annotation told which fields you set.'
                  : 'no last-applied annotation, so only exact operator defaults were removed.'}{' '}
                Ctrl+Z in the editor brings them back.
              </p>
              <ul>
                {removalGroups(r).map((g) => (
                  <li key={g.reason}>
                    Removed {g.title} ({g.paths.length}): {g.why}.{' '}
                    <span className="clean-paths">
                      {g.paths.slice(0, SHOWN).join(', ')}
                      {g.paths.length > SHOWN ? `, and ${g.paths.length - SHOWN} more` : ''}
                    </span>
                  </li>
                ))}
                {r.kept.map((k) => (
                  <li key={k.path} className={`clean-kept-${k.severity}`}>
                    <strong>{k.severity === 'warning' ? 'Warning: ' : 'Kept: '}</strong>
                    <code>{k.path}</code>. {k.message}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
