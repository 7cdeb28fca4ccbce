// The one-line verdict over a check's diagnostics.
import type { Severity } from '../../model/diagnostics.ts';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2 errors, 1 warning, 3 info notes", or "Ready to apply: no problems found" with no errors or warnings. */
export function summaryText(counts: Record<Severity, number>): string {
  const info = counts.info > 0 ? plural(counts.info, 'info note', 'info notes') : '';
  if (counts.error === 0 && counts.warning === 0) {
    return info ? `Ready to apply: no problems found (${info})` : 'Ready to apply: no problems found';
  }
  const parts = [plural(counts.error, 'error', 'errors'), plural(counts.warning, 'warning', 'warnings')];
  if (info) parts.push(info);
  return parts.join(', ');
}
