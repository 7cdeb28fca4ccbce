/** `--format text`: compiler-style lines, a fix hint under each, and a summary line. */
import { countBySeverity } from '../findings/diagnostics.ts';
import type { CheckRun, FileReport, Output } from './types.ts';

/**
 * `file:line:col severity code message`, a fix hint under it, and a summary line. A finding about an
 * item of a `kind: List` names it after the position, counting from 1: `file:12:5 (item 3) error …`.
 */
export function formatText(run: CheckRun): string {
  const lines: string[] = [];
  for (const report of run.reports) {
    for (const d of report.diagnostics) {
      const item = d.item === undefined ? '' : ` (item ${d.item + 1})`;
      lines.push(`${report.file}:${d.line}:${d.column}${item} ${d.severity} ${d.code} ${d.message}`);
      if (d.fix) lines.push(`    fix${d.fix.safe ? ' (safe)' : ''}: ${d.fix.title}`);
    }
  }
  lines.push(summaryLine(run.reports, run.unreadable.length));
  return `${lines.join('\n')}\n`;
}

/** The last line; files that could not be read are named on standard error and counted here. */
export function summaryLine(reports: readonly FileReport[], unreadable = 0): string {
  const counts = countBySeverity(reports.flatMap((r) => r.diagnostics));
  // A Helm release's --set arguments are inputs of their own (a finding lands on its argument), not files.
  const setArguments = reports.filter((r) => /^--set(-string)? /.test(r.file)).length;
  const fileCount = reports.length - setArguments;
  const fileWords = `${fileCount} ${plural(fileCount, 'file')}`;
  const setWords = `${setArguments} --set ${plural(setArguments, 'argument')}`;
  const files = setArguments === 0 ? fileWords : fileCount === 0 ? setWords : `${fileWords} and ${setWords}`;
  const resources = reports.reduce((sum, r) => sum + r.milvusResources, 0);
  const checked = `${resources} Milvus ${plural(resources, 'resource')}`;
  const notRead = unreadable === 0 ? '' : `; ${unreadable} ${plural(unreadable, 'file')} could not be read`;
  if (counts.error + counts.warning + counts.info === 0) {
    return unreadable === 0
      ? `No problems found in ${files} (${checked}).`
      : `Checked ${files} (${checked})${notRead}.`;
  }
  const parts = [
    `${counts.error} ${plural(counts.error, 'error')}`,
    `${counts.warning} ${plural(counts.warning, 'warning')}`,
    `${counts.info} ${plural(counts.info, 'info')}`,
  ];
  return `${parts.join(', ')} in ${files} (${checked})${notRead}.`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

export const textOutput: Output = {
  name: 'text',
  description:
    '(default) one line per finding, FILE:LINE:COL SEVERITY CODE MESSAGE\n(FILE:LINE:COL (item N) ... for the N-th item of a kind: List),\nthen the fix, if any, on an indented line, and a summary line',
  format: formatText,
};
