// "Compare with the running manifest" (or values): the running text in an editor of its own, beside
// the new one; the two as a line diff; what applying the new text does to the running Milvus, in
// place in the editor and here, with the fixes that keep what runs. A manifest is applied with
// kubectl apply, values with helm upgrade (model/change/compare.ts picks, as `milvus-mq diff` and
// `diff --helm` do).
import { useId, useMemo } from 'react';
import { YamlEditor, toEditorMarker } from '../../editor/index.ts';
import type { CompareAs, CompareResult } from '../../model/change/compare.ts';
import type { Diagnostic } from '../../model/findings/diagnostics.ts';
import type { DiffLine } from '../../model/text/lineDiff.ts';
import { DiagnosticsList } from '../check/DiagnosticsList.tsx';
import { Toggle } from '../shared/Toggle.tsx';
import { ManifestDiff } from './ManifestDiff.tsx';
import { SwitchPlanView } from './SwitchPlanView.tsx';
import { COMPARE_WORDS } from './compareWords.tsx';

interface ComparePanelProps {
  /** What the new text was read as: what the running one is compared as. */
  as: CompareAs;
  running: string;
  onRunningChange: (text: string) => void;
  /** The new text (the one being checked). */
  next: string;
  comparison: CompareResult | null;
  /** helm upgrade --reuse-values (Helm values only). */
  reuseValues: boolean;
  onReuseValuesChange: (on: boolean) => void;
  onGoTo: (d: Diagnostic) => void;
  /** Applies a consequence's fix to the new text. */
  onApplyFix: (d: Diagnostic) => void;
  previewFix: (d: Diagnostic) => DiffLine[];
}

const RUNNING_MODEL_PATH = 'file:///running-manifest.yaml';

export function ComparePanel({
  as,
  running,
  onRunningChange,
  next,
  comparison,
  reuseValues,
  onReuseValuesChange,
  onGoTo,
  onApplyFix,
  previewFix,
}: ComparePanelProps) {
  const id = useId();
  const words = COMPARE_WORDS[as];
  const compared = comparison && comparison.as !== 'mixed' ? comparison : null;
  const changes = compared?.new ?? [];
  const oldProblems = compared?.old ?? [];
  const runningMarkers = useMemo(() => (compared?.old ?? []).map(toEditorMarker), [compared]);
  return (
    <section className="compare-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{words.heading}</h2>
      <p className="check-note">{words.source}</p>
      {as === 'helm' && (
        <Toggle
          className="compare-reuse-values"
          checked={reuseValues}
          onChange={onReuseValuesChange}
          label={
            <>
              helm upgrade <code>--reuse-values</code>
            </>
          }
          help="On: the new values merge over the running ones. Off (helm's default, and the docs' helm upgrade -i): the chart's defaults and the new values alone, so what only the running values set is reset."
        />
      )}
      <div className="compare-running">
        <YamlEditor
          value={running}
          onChange={onRunningChange}
          ariaLabel={words.running}
          modelPath={RUNNING_MODEL_PATH}
          markers={runningMarkers}
          height="min(50vh, 24rem)"
        />
      </div>
      {comparison?.as === 'mixed' && (
        <p role="alert" className="check-failure">
          {comparison.message}
        </p>
      )}
      {compared && (
        <div aria-live="polite">
          {oldProblems.length > 0 && (
            <p role="alert" className="check-failure">
              {words.unreadable} {oldProblems.map((d) => `line ${d.line}: ${d.message}`).join(' ')}
            </p>
          )}
          {oldProblems.length === 0 && (
            <p role="status" className="compare-summary">
              {changes.length === 0
                ? words.nothing
                : `${words.some} ${changes.length} ${changes.length === 1 ? 'consequence' : 'consequences'}.`}
            </p>
          )}
          {changes.length > 0 && (
            <DiagnosticsList
              diagnostics={changes}
              onGoTo={onGoTo}
              onApplyFix={onApplyFix}
              previewFix={previewFix}
              of={words.of}
            />
          )}
          {oldProblems.length === 0 && <ManifestDiff as={as} running={running} next={next} />}
          {compared.pairs.map(
            (pair) => pair.plan && <SwitchPlanView key={pair.name} plan={pair.plan} name={pair.name} />,
          )}
        </div>
      )}
    </section>
  );
}
