/**
 * Validation: the checker's findings as LSP diagnostics, with the same codes, severities,
 * messages and positions as `milvus-mq check` (1-based line and column there, 0-based here).
 *
 * No `codeDescription`: LSP requires an absolute URI for it, and the project has no published
 * address for CODES.md yet (package.json names no repository or homepage).
 */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Severity } from '../../model/findings/diagnostics.ts';

export const SOURCE = 'milvus-mq';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Where a finding is: its own end when the checker gives one, else the rest of its line (as the page's markers). */
export function rangeOf(d: Diagnostic, document: TextDocument): Range {
  const line = Math.max(0, d.line - 1);
  const start = { line, character: Math.max(0, d.column - 1) };
  if (d.endLine !== undefined && d.endColumn !== undefined) {
    const end = { line: Math.max(0, d.endLine - 1), character: Math.max(0, d.endColumn - 1) };
    if (end.line > start.line || (end.line === start.line && end.character > start.character))
      return { start, end };
  }
  const lineEnd = document.offsetAt({ line: line + 1, character: 0 });
  const lineText = document.getText({ start: { line, character: 0 }, end: document.positionAt(lineEnd) });
  return { start, end: { line, character: lineText.replace(/\r?\n$/, '').length } };
}

export function toLspDiagnostic(d: Diagnostic, document: TextDocument): LspDiagnostic {
  return {
    range: rangeOf(d, document),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: SOURCE,
    message: d.message,
  };
}

export function toLspDiagnostics(
  diagnostics: readonly Diagnostic[],
  document: TextDocument,
): LspDiagnostic[] {
  return diagnostics.map((d) => toLspDiagnostic(d, document));
}
