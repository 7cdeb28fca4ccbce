/** `--format json`: the findings as one JSON document, for other tools. */
import type { CheckRun, Output } from './types.ts';

/**
 * `{"files":[{"file","diagnostics":[{"severity","code","message","path","line","column","item"?,"fix"?}]}]}`
 * ("item": the finding's index in a `kind: List`'s items, from 0 as in `path` and in explain's JSON)
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
      ...(d.item !== undefined ? { item: d.item } : {}),
      ...(d.fix ? { fix: d.fix } : {}),
    })),
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

export const jsonOutput: Output = {
  name: 'json',
  description:
    '{"files":[{"file","diagnostics":[{"severity","code","message",\n"path","line","column","item"?,"fix"?}]}]} ("item": index in a\nkind: List\'s items, from 0 as in "path")',
  format: formatJson,
};
