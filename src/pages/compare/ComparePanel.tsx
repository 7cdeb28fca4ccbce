// "Compare with the running manifest": the live object (or the file last applied) in an editor of
// its own, beside the new file; the two as a line diff; what applying the new file does to the
// running Milvus, in place in the editor and here, with the fixes that keep what runs.
import { useId, useMemo } from 'react';
import { YamlEditor, toEditorMarker } from '../../editor/index.ts';
import type { DiffResult } from '../../model/change/diff.ts';
import type { Diagnostic } from '../../model/findings/diagnostics.ts';
import type { DiffLine } from '../../model/text/lineDiff.ts';
import { DiagnosticsList } from '../check/DiagnosticsList.tsx';
import { ManifestDiff } from './ManifestDiff.tsx';
import { SwitchPlanView } from './SwitchPlanView.tsx';

interface ComparePanelProps {
  running: string;
  onRunningChange: (text: string) => void;
  /** The new manifest (the one being checked). */
  next: string;
  diff: DiffResult | null;
  onGoTo: (d: Diagnostic) => void;
  /** Applies a consequence's fix to the new manifest. */
  onApplyFix: (d: Diagnostic) => void;
  previewFix: (d: Diagnostic) => DiffLine[];
}

const RUNNING_MODEL_PATH = 'file:///running-manifest.yaml';

export function ComparePanel({
  running,
  onRunningChange,
  next,
  diff,
  onGoTo,
  onApplyFix,
  previewFix,
}: ComparePanelProps) {
  const id = useId();
  const changes = diff?.new ?? [];
  const oldProblems = diff?.old ?? [];
  const runningMarkers = useMemo(() => (diff?.old ?? []).map(toEditorMarker), [diff]);
  return (
    <section className="compare-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Compare with the running manifest</h2>
      <p className="check-note">
        Running manifest: <code>kubectl get milvus NAME -o yaml</code>, or the file last applied.
      </p>
      <div className="compare-running">
        <YamlEditor
          value={running}
          onChange={onRunningChange}
          ariaLabel="Running manifest"
          modelPath={RUNNING_MODEL_PATH}
          markers={runningMarkers}
          height="min(50vh, 24rem)"
        />
      </div>
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
          {changes.length > 0 && (
            <DiagnosticsList
              diagnostics={changes}
              onGoTo={onGoTo}
              onApplyFix={onApplyFix}
              previewFix={previewFix}
              of="from the apply"
            />
          )}
          {oldProblems.length === 0 && <ManifestDiff running={running} next={next} />}
          {diff.pairs.map(
            (pair) => pair.plan && <SwitchPlanView key={pair.name} plan={pair.plan} name={pair.name} />,
          )}
        </div>
      )}
    </section>
  );
}
