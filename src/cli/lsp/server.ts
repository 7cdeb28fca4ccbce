/**
 * `milvus-mq lsp`: the checker as a language server. This file only wires the protocol to the
 * features, one module each over the same analysis of a document (after yaml-language-server's
 * services): validation.ts, codeActions.ts, hover.ts, completion.ts.
 */
import {
  CodeActionKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyses } from './analysis.ts';
import { FIX_ALL_KIND, codeActions } from './codeActions.ts';
import { completion } from './completion.ts';
import { hover } from './hover.ts';
import { checkOptionsOf, helmOptionsOf, readSettings } from './settings.ts';
import { toLspDiagnostics } from './validation.ts';

export interface ServerOptions {
  debounceMs?: number;
}

export function startServer(connection: Connection, serverOptions: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Analyses((analysis) => {
    const document = documents.get(analysis.uri);
    if (!document || document.version !== analysis.version) return;
    void connection.sendDiagnostics({
      uri: analysis.uri,
      version: analysis.version,
      diagnostics: toLspDiagnostics(analysis.result.diagnostics, document),
    });
  }, serverOptions.debounceMs);

  const applySettings = (raw: unknown) => {
    const settings = readSettings(raw);
    const { options, problem } = checkOptionsOf(settings);
    analyses.options = options;
    analyses.helmOptions = helmOptionsOf(settings);
    if (problem)
      void connection.window.showWarningMessage(`milvus-mq: ${problem}. That setting is ignored.`);
  };

  connection.onInitialize((params): InitializeResult => {
    applySettings(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' '] },
      },
      serverInfo: { name: 'milvus-mq' },
    };
  });

  connection.onDidChangeConfiguration(({ settings }) => {
    applySettings(settings);
    analyses.invalidate();
    for (const document of documents.all()) analyses.schedule(document, true);
  });

  documents.onDidOpen(({ document }) => analyses.schedule(document, true));
  documents.onDidChangeContent(({ document }) => analyses.schedule(document));
  documents.onDidClose(({ document }) => {
    analyses.close(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  const open = (uri: string) => documents.get(uri);
  connection.onCodeAction((params) => {
    const document = open(params.textDocument.uri);
    const analysis = document && analyses.forRequest(document);
    // Edits are offsets into the checked text: only an analysis of the current text will do.
    return document && analysis ? codeActions(params, document, analysis) : [];
  });
  connection.onHover((params) => {
    const document = open(params.textDocument.uri);
    return document ? hover(params, analyses.recent(document)) : null;
  });
  connection.onCompletion((params) => {
    const document = open(params.textDocument.uri);
    return document ? completion(params, analyses.recent(document)) : [];
  });

  documents.listen(connection);
  connection.listen();
}
