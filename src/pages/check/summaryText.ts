// The one-line verdict over a check's diagnostics.
import type { Severity } from '../../model/findings/diagnostics.ts';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * "2 errors, 1 warning, 3 info notes", or "Ready to apply: no problems found" with no errors or
 * warnings. `onRunning`: the counts include what applying the file to the running manifest does.
 * `helm`: the text is Helm values, which `helm install` takes, not kubectl apply.
 */
export function summaryText(counts: Record<Severity, number>, onRunning = false, helm = false): string {
  const info = counts.info > 0 ? plural(counts.info, 'info note', 'info notes') : '';
  const target = onRunning ? ' to the running Milvus' : '';
  if (counts.error === 0 && counts.warning === 0) {
    const ready = helm
      ? 'Ready for helm install: no problems found'
      : `Ready to apply${target}: no problems found`;
    return info ? `${ready} (${info})` : ready;
  }
  const parts = [plural(counts.error, 'error', 'errors'), plural(counts.warning, 'warning', 'warnings')];
  if (info) parts.push(info);
  const counted = parts.join(', ');
  return onRunning ? `Applied to the running Milvus: ${counted}` : counted;
}
