/**
 * A language client for the tests: the server runs in this process, connected through in-memory
 * streams by the protocol library's own stream transport, and the client side is vscode-jsonrpc's
 * message connection (the library under vscode-languageserver), so every message crosses the wire
 * format an editor uses.
 */
import { PassThrough } from 'node:stream';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { startServer, type ServerOptions } from './server.ts';

export interface TestClient {
  connection: MessageConnection;
  /** Opens a document and resolves with its first diagnostics. */
  open(uri: string, text: string): Promise<PublishDiagnosticsParams>;
  /** Resolves with the next diagnostics published for `uri` (after the debounce). */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams>;
  change(uri: string, version: number, changes: unknown[]): void;
  dispose(): void;
}

export async function startTestClient(
  initializationOptions: unknown = {},
  serverOptions: ServerOptions = {},
): Promise<TestClient> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  // Reader and writer objects, not the streams: given streams, the library would end this
  // process when they close.
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(server, serverOptions);
  const connection = createMessageConnection(
    new StreamMessageReader(toClient),
    new StreamMessageWriter(toServer),
  );
  const waiting = new Map<string, ((params: PublishDiagnosticsParams) => void)[]>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const queue = waiting.get(params.uri);
    queue?.shift()?.(params);
  });
  connection.onNotification('window/showMessage', () => {});
  connection.onNotification('window/logMessage', () => {});
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: {},
    initializationOptions,
  });
  await connection.sendNotification('initialized', {});

  const nextDiagnostics = (uri: string) =>
    new Promise<PublishDiagnosticsParams>((resolve) => {
      const queue = waiting.get(uri) ?? [];
      queue.push(resolve);
      waiting.set(uri, queue);
    });
  return {
    connection,
    nextDiagnostics,
    open(uri, text) {
      const published = nextDiagnostics(uri);
      void connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'yaml', version: 1, text },
      });
      return published;
    },
    change(uri, version, contentChanges) {
      void connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges,
      });
    },
    dispose() {
      connection.dispose();
      server.dispose();
      toServer.destroy();
      toClient.destroy();
    },
  };
}
