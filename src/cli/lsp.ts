/** `milvus-mq lsp --stdio`: the language server over standard input and output, as editors start one. */
import { commandLine } from './args.ts';
import { LSP_HELP } from './help.ts';
import type { Io } from './io.ts';

export async function runLsp(args: string[], io: Io): Promise<number> {
  const parsed = commandLine(io, 'lsp', LSP_HELP, args, { stdio: { type: 'boolean' } }, false);
  if (typeof parsed === 'number') return parsed;
  // Loaded only now (a static import inside, which the bundle's CommonJS interop needs):
  // `milvus-mq check` never pays for the protocol library.
  (await import('./lsp/stdio.ts')).serveStdio();
  // The server runs until the client sends `exit` or closes standard input: the library then ends
  // the process itself (exit code 0 after a `shutdown` request, 1 without one).
  return new Promise<number>(() => {});
}
