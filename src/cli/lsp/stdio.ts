/** The server on standard input and output, the transport editors start it with. */
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from './server.ts';

export function serveStdio(): void {
  const connection = createConnection(process.stdin, process.stdout);
  // Standard output carries the protocol: anything else printed there would break it.
  console.log = (...data: unknown[]) => connection.console.log(data.map(String).join(' '));
  console.warn = (...data: unknown[]) => connection.console.warn(data.map(String).join(' '));
  startServer(connection);
}
