// What a fix will change, shown before it is applied: a few lines of diff, computed when opened.
import { useState } from 'react';
import type { DiffLine } from '../../model/text/lineDiff.ts';
import { DIFF_MARK as MARK, DIFF_SAID as SAID } from './diffMarks.ts';


export function FixPreview({ diff }: { diff: () => DiffLine[] }) {
  const [lines, setLines] = useState<DiffLine[] | null>(null);
  return (
    <details
      className="fix-preview"
      onToggle={(e) => {
        if (e.currentTarget.open && lines === null) setLines(diff());
      }}
    >
      <summary>Preview the change</summary>
      {lines !== null &&
        (lines.length === 0 ? (
          <p className="fix-preview-none">This fix changes nothing in the text as it is now.</p>
        ) : (
          <pre className="fix-preview-diff">
            {lines.map((l, i) => (
              <span key={i} className={`fix-preview-${l.kind}`}>
                <span className="check-visually-hidden">{SAID[l.kind]}</span>
                <span aria-hidden="true">{MARK[l.kind]} </span>
                {l.text}
                {'\n'}
              </span>
            ))}
          </pre>
        ))}
    </details>
  );
}
