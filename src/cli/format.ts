/** How `check` prints its findings: compiler-style lines, or JSON for other tools. */
import { countBySeverity, type Diagnostic } from '../model/diagnostics.ts';

export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
  milvusResources: number;
}

/** `file:line:col severity code message`, a fix hint under it, and a summary line. */
export function formatText(reports: readonly FileReport[], unreadable = 0): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      lines.push(`${report.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
      if (d.fix) lines.push(`    fix${d.fix.safe ? ' (safe)' : ''}: ${d.fix.title}`);
    }
  }
  lines.push(summaryLine(reports, unreadable));
  return `${lines.join('\n')}\n`;
}

/** The last line; files that could not be read are named on standard error and counted here. */
export function summaryLine(reports: readonly FileReport[], unreadable = 0): string {
  const counts = countBySeverity(reports.flatMap((r) => r.diagnostics));
  const files = `${reports.length} ${plural(reports.length, 'file')}`;
  const resources = reports.reduce((sum, r) => sum + r.milvusResources, 0);
  const checked = `${resources} Milvus ${plural(resources, 'resource')}`;
  const notRead = unreadable === 0 ? '' : `; ${unreadable} ${plural(unreadable, 'file')} could not be read`;
  if (counts.error + counts.warning + counts.info === 0) {
    return unreadable === 0 ? `No problems found in ${files} (${checked}).` : `Checked ${files} (${checked})${notRead}.`;
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

/** `{"files":[{"file","diagnostics":[{"severity","code","message","path","line","column","fix"?}]}]}` */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((report) => ({
    file: report.file,
    diagnostics: report.diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      path: d.path,
      line: d.line,
      column: d.column,
      ...(d.fix ? { fix: d.fix } : {}),
    })),
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
