/**
 * Code actions: the model's quick fixes (model/editing/codeActions.ts, the same the pages' editor
 * offers on Ctrl+.) as LSP code actions: kind `quickfix`, `isPreferred` for a safe fix, a
 * workspace edit of the lines the fix changes. "Apply all safe fixes" is a `source.fixAll`
 * action, offered when the client asks for that kind (on save, or a "fix all" command).
 */
import {
  CodeActionKind,
  type CodeAction as LspCodeAction,
  type CodeActionParams,
  type Diagnostic as LspDiagnostic,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { allSafeFixes, quickFixesAt, type CodeAction } from '../../model/editing/codeActions.ts';
import type { Analysis } from './analysis.ts';
import { toLspDiagnostic } from './validation.ts';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.milvus-mq`;

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

function toLsp(action: CodeAction, kind: string, document: TextDocument): LspCodeAction {
  const diagnostics: LspDiagnostic[] = action.diagnostics.map((d) => toLspDiagnostic(d, document));
  const edits = action.edits.map((e) => ({
    range: { start: document.positionAt(e.start), end: document.positionAt(e.end) },
    newText: e.text,
  }));
  return {
    title: action.title,
    kind,
    diagnostics,
    ...(action.preferred ? { isPreferred: true } : {}),
    edit: { changes: { [document.uri]: edits } },
  };
}

export function codeActions(
  params: CodeActionParams,
  document: TextDocument,
  analysis: Analysis,
): LspCodeAction[] {
  const { only } = params.context;
  const { text, result } = analysis;
  const out: LspCodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    const span = { line: params.range.start.line + 1, endLine: params.range.end.line + 1 };
    for (const action of quickFixesAt(text, result.diagnostics, span))
      out.push(toLsp(action, CodeActionKind.QuickFix, document));
  }
  // Only on request: a lightbulb on every line would offer it everywhere.
  if (only && wants(only, FIX_ALL_KIND)) {
    const all = allSafeFixes(text, result.diagnostics);
    if (all) out.push(toLsp(all, FIX_ALL_KIND, document));
  }
  return out;
}
