// The checker's fixes as Monaco code actions (Ctrl+. and the lightbulb), from the same module
// the language server uses (model/editing/codeActions.ts): a fix is written once. Registered
// once, with the rest of Monaco's set-up, for every YAML editor; each editor hands in the check
// of its own model.
import type { editor as MonacoEditorNs, languages, IRange } from 'monaco-editor';
import { quickFixesAt } from '../model/editing/codeActions.ts';
import type { CheckedText } from './types.ts';

type Monaco = typeof import('monaco-editor');

const checks = new Map<string, CheckedText>();

/** The check of the model at `uri` (a model URI as a string), or none. */
export function setCheckFor(uri: string, checked: CheckedText | null | undefined): void {
  if (checked) checks.set(uri, checked);
  else checks.delete(uri);
}

export function registerQuickFixes(monaco: Monaco): void {
  monaco.languages.registerCodeActionProvider(
    'yaml',
    {
      provideCodeActions(
        model: MonacoEditorNs.ITextModel,
        range: IRange,
        context: languages.CodeActionContext,
      ) {
        const none = { actions: [], dispose() {} };
        const checked = checks.get(model.uri.toString());
        // Offsets of an older check do not fit the text the user has since changed.
        if (!checked || checked.text !== model.getValue()) return none;
        const found = quickFixesAt(checked.text, checked.diagnostics, {
          line: range.startLineNumber,
          endLine: range.endLineNumber,
        });
        const versionId = model.getVersionId();
        const actions: languages.CodeAction[] = found.map((action) => ({
          title: action.title,
          kind: 'quickfix',
          isPreferred: action.preferred,
          diagnostics: context.markers.filter((m) =>
            action.diagnostics.some((d) => d.code === m.code && d.line === m.startLineNumber),
          ),
          edit: {
            edits: action.edits.map((e) => {
              const start = model.getPositionAt(e.start);
              const end = model.getPositionAt(e.end);
              return {
                resource: model.uri,
                versionId,
                textEdit: {
                  range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
                  text: e.text,
                },
              };
            }),
          },
        }));
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
}
