import { useId } from 'react';
import type { Diagnostic, Severity } from '../../model/findings/diagnostics.ts';
import type { DiffLine } from '../../model/text/lineDiff.ts';
import { DiagnosticItem } from './DiagnosticItem.tsx';

const GROUPS: { severity: Severity; heading: string }[] = [
  { severity: 'error', heading: 'Errors' },
  { severity: 'warning', heading: 'Warnings' },
  { severity: 'info', heading: 'Info' },
];

interface DiagnosticsListProps {
  diagnostics: readonly Diagnostic[];
  onGoTo: (diagnostic: Diagnostic) => void;
  onApplyFix: (diagnostic: Diagnostic) => void;
  previewFix?: (diagnostic: Diagnostic) => DiffLine[];
  /**
   * Whose findings these are, when a page shows two lists ("from the apply"): each group is a
   * landmark, and two landmarks of one page must not share a name (axe landmark-unique).
   */
  of?: string;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.documentIndex - b.documentIndex || a.line - b.line || a.column - b.column;
}

export function DiagnosticsList({ diagnostics, onGoTo, onApplyFix, previewFix, of }: DiagnosticsListProps) {
  const idPrefix = useId();
  const showDocument = diagnostics.some((d) => d.documentIndex > 0);
  return (
    <div className="diagnostics">
      {GROUPS.map(({ severity, heading }) => {
        const group = diagnostics.filter((d) => d.severity === severity).sort(byPosition);
        if (group.length === 0) return null;
        const headingId = `${idPrefix}-${severity}`;
        return (
          <section
            key={severity}
            className={`diagnostics-group diagnostics-group-${severity}`}
            aria-labelledby={headingId}
          >
            <h3 id={headingId}>
              {of ? `${heading} ${of}` : heading} <span className="diagnostics-count">({group.length})</span>
            </h3>
            <ul className="diagnostics-items">
              {group.map((d, i) => (
                <DiagnosticItem
                  key={`${d.documentIndex}:${d.line}:${d.column}:${d.code}:${d.path}:${i}`}
                  diagnostic={d}
                  showDocument={showDocument}
                  onGoTo={onGoTo}
                  onApplyFix={onApplyFix}
                  previewFix={previewFix}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
