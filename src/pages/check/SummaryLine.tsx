import { countBySeverity, type Diagnostic } from '../../model/findings/diagnostics.ts';
import { summaryText } from './summaryText.ts';
import type { CheckStatus } from '../../checkWorker/useWorkerCheck.ts';

interface SummaryLineProps {
  status: CheckStatus;
  diagnostics: readonly Diagnostic[] | null;
  /** The diagnostics include what applying the file to the running manifest does. */
  onRunning?: boolean;
  /** The text is read as Helm values. */
  helm?: boolean;
  /** Said instead of any verdict: the results are not about the text in the editor (a refused file). */
  notChecked?: string;
}

export function SummaryLine({
  status,
  diagnostics,
  onRunning = false,
  helm = false,
  notChecked,
}: SummaryLineProps) {
  let text: string;
  let tone: 'neutral' | 'clean' | 'problems' = 'neutral';
  if (notChecked !== undefined) {
    text = notChecked;
  } else if (status === 'empty') {
    text = 'Paste, upload or drop a manifest to check it.';
  } else if (status === 'failed') {
    text = 'The check did not finish.';
  } else if (!diagnostics) {
    text = 'Checking…';
  } else {
    const counts = countBySeverity(diagnostics);
    text = summaryText(counts, onRunning, helm);
    tone = counts.error + counts.warning === 0 ? 'clean' : 'problems';
  }
  return (
    <p role="status" className={`check-summary check-summary-${tone}`}>
      {text}
    </p>
  );
}
