/** `--format json`: the findings as one JSON document, for other tools. */
import type { CheckRun, Output } from './types.ts';

/**
 * `{"files":[{"file","diagnostics":[{"severity","code","message","path","line","column","fix"?}]}]}`
 * (files that could not be read are named on standard error, and make the exit status 2).
 */
export function formatJson(run: CheckRun): string {
  const files = run.reports.map((report) => ({
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

export const jsonOutput: Output = {
  name: 'json',
  description:
    '{"files":[{"file","diagnostics":[{"severity","code","message",\n"path","line","column","fix"?}]}]}',
  format: formatJson,
};
