/**
 * Validation: the checker's findings as LSP diagnostics, with the same codes, severities,
 * messages and positions as `milvus-mq check` (1-based line and column there, 0-based here), and a
 * `codeDescription` linking to the code's entry in the CODES.md beside the server (codesLink.ts).
 */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Severity } from '../../model/findings/diagnostics.ts';
import { codeLinks } from './codesLink.ts';

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
  const href = codeLinks().hrefOf(d.code);
  return {
    range: rangeOf(d, document),
    severity: SEVERITY[d.severity],
    code: d.code,
    ...(href ? { codeDescription: { href } } : {}),
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
