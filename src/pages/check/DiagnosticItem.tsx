import { useId } from 'react';
import type { Diagnostic } from '../../model/findings/diagnostics.ts';
import type { DiffLine } from '../../model/text/lineDiff.ts';
import { FixPreview } from './FixPreview.tsx';
import { IdentifierText, PathText } from '../shared/IdentifierText.tsx';

interface DiagnosticItemProps {
  diagnostic: Diagnostic;
  /** Show which YAML document of a multi-document file the problem is in. */
  showDocument: boolean;
  onGoTo: (diagnostic: Diagnostic) => void;
  onApplyFix: (diagnostic: Diagnostic) => void;
  /** The lines the diagnostic's fix would change. */
  /** The fix's change as a diff; lists whose fixes apply elsewhere (a comparison) have none. */
  previewFix?: (diagnostic: Diagnostic) => DiffLine[];
}

export function DiagnosticItem({
  diagnostic: d,
  showDocument,
  onGoTo,
  onApplyFix,
  previewFix,
}: DiagnosticItemProps) {
  const fixId = useId();
  return (
    <li className={`diagnostic diagnostic-${d.severity}`} data-code={d.code} data-line={d.line}>
      <div className="diagnostic-head">
        <button type="button" className="diagnostic-goto" onClick={() => onGoTo(d)}>
          <span className="diagnostic-line">
            {showDocument && `Document ${d.documentIndex + 1}, `}Line {d.line}
          </span>
          {d.path && (
            <code className="diagnostic-path">
              <PathText path={d.path} />
            </code>
          )}
        </button>
        <span className="diagnostic-code">{d.code}</span>
      </div>
      <p className="diagnostic-message">
        <IdentifierText text={d.message} />
      </p>
      {d.fix && (
        <div className="diagnostic-fix">
          <p id={fixId} className="diagnostic-fix-title">
            <span className="diagnostic-fix-label">{d.fix.safe ? 'Safe fix:' : 'Fix:'}</span> {d.fix.title}
          </p>
          <button
            type="button"
            className="check-button check-button-small"
            aria-describedby={fixId}
            onClick={() => onApplyFix(d)}
          >
            Apply fix
          </button>
          {previewFix && <FixPreview diff={() => previewFix(d)} />}
        </div>
      )}
    </li>
  );
}
