// "Compare with the running manifest": the live object (or the file last applied) beside the new
// file; what applying the new file does to the running Milvus shows in place in the editor and here.
import { useId } from 'react';
import type { DiffResult } from '../../model/change/diff.ts';
import type { Diagnostic } from '../../model/diagnostics.ts';
import { DiagnosticsList } from '../check/DiagnosticsList.tsx';
import { SwitchPlanView } from './SwitchPlanView.tsx';

interface ComparePanelProps {
  running: string;
  onRunningChange: (text: string) => void;
  diff: DiffResult | null;
  onGoTo: (d: Diagnostic) => void;
}

const noFix = () => undefined;

export function ComparePanel({ running, onRunningChange, diff, onGoTo }: ComparePanelProps) {
  const id = useId();
  const changes = diff?.new ?? [];
  const oldProblems = diff?.old ?? [];
  return (
    <section className="compare-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Compare with the running manifest</h2>
      <label htmlFor={`${id}-running`}>
        Running manifest: <code>kubectl get milvus NAME -o yaml</code>, or the file last applied
      </label>
      <textarea
        id={`${id}-running`}
        className="compare-running"
        rows={10}
        spellCheck={false}
        value={running}
        onChange={(e) => onRunningChange(e.target.value)}
      />
      {diff && (
        <div aria-live="polite">
          {oldProblems.length > 0 && (
            <p role="alert" className="check-failure">
              The running manifest cannot be read:{' '}
              {oldProblems.map((d) => `line ${d.line}: ${d.message}`).join(' ')}
            </p>
          )}
          {oldProblems.length === 0 && (
            <p role="status" className="compare-summary">
              {changes.length === 0
                ? 'Applying this manifest changes nothing about the message storage of the running Milvus.'
                : `Applying this manifest to the running Milvus: ${changes.length} ${changes.length === 1 ? 'consequence' : 'consequences'}.`}
            </p>
          )}
          {changes.length > 0 && <DiagnosticsList diagnostics={changes} onGoTo={onGoTo} onApplyFix={noFix} of="from the apply" />}
          {diff.pairs.map(
            (pair) => pair.plan && <SwitchPlanView key={pair.name} plan={pair.plan} name={pair.name} />,
          )}
        </div>
      )}
    </section>
  );
}
