/**
 * The language server on a 1 MB manifest and on a 1 MB Helm values file: a real `milvus-mq lsp
 * --stdio` process, a document opened, then typed into (one character every 30 ms, incremental changes), and the time from the
 * last keystroke to the diagnostics of that version. The budget is a second; the debounce
 * (200 ms) is part of it. Runs in `npm run bench`, or alone: `npx tsx bench/lsp.ts`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { manifestOfLines, valuesOfBytes } from './manifests.ts';

const root = join(import.meta.dirname, '..');
const KEYSTROKES = 10;
const TYPING_INTERVAL_MS = 30;
const ROUNDS = 5;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type LspDocument = 'manifest' | 'values';

/** The document, and the line typed into (a value a person edits: the release's name, a zone). */
const DOCUMENTS: Record<LspDocument, { text: () => string; line: RegExp }> = {
  // About 1 MB: each body line is some 25 bytes.
  manifest: { text: () => manifestOfLines(40_000), line: /^( {2}name: .*)$/m },
  values: { text: () => valuesOfBytes(1_000_000), line: /^( {4}zone: .*)$/m },
};

export interface LspFigures {
  document: LspDocument;
  bytes: number;
  openToDiagnostics: number;
  /** Last keystroke -> diagnostics of that version, one per round. */
  afterTyping: number[];
  /** Diagnostics published per round (one per pause means the debounce held). */
  publishesPerRound: number[];
}

export async function measureLanguageServer(document: LspDocument = 'manifest'): Promise<LspFigures> {
  const typed = DOCUMENTS[document];
  let text = typed.text();
  const server = spawn(process.execPath, [join(root, 'bin', 'milvus-mq.mjs'), 'lsp', '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createMessageConnection(
    new StreamMessageReader(server.stdout),
    new StreamMessageWriter(server.stdin),
  );
  const uri = 'file:///bench/large.yaml';
  let published: { version: number | undefined; at: number }[] = [];
  let waiting: { version: number; resolve: (at: number) => void } | null = null;
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const at = performance.now();
    published.push({ version: params.version, at });
    if (waiting && params.version === waiting.version) waiting.resolve(at);
  });
  connection.listen();
  const diagnosticsOf = (version: number) =>
    new Promise<number>((resolve) => {
      waiting = { version, resolve };
    });

  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification('initialized', {});
  const opened = diagnosticsOf(1);
  const t0 = performance.now();
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'yaml', version: 1, text },
  });
  const openToDiagnostics = (await opened) - t0;

  const afterTyping: number[] = [];
  const publishesPerRound: number[] = [];
  let version = 1;
  // Type at the end of one value's line, as a person renaming the release.
  const first = typed.line.exec(text)!;
  const line = text.slice(0, first.index).split('\n').length - 1;
  for (let round = 0; round < ROUNDS; round++) {
    published = [];
    let last = 0;
    for (let k = 0; k < KEYSTROKES; k++) {
      version++;
      const character = text.split('\n', line + 1)[line]!.length;
      text = text.replace(typed.line, '$1x');
      const done = version === 1 + (round + 1) * KEYSTROKES ? diagnosticsOf(version) : null;
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
      });
      last = performance.now();
      if (done) afterTyping.push((await done) - last);
      else await sleep(TYPING_INTERVAL_MS);
    }
    publishesPerRound.push(published.length);
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  return { document, bytes: Buffer.byteLength(text), openToDiagnostics, afterTyping, publishesPerRound };
}

export function printLanguageServer(f: LspFigures): void {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const sorted = [...f.afterTyping].sort((a, b) => a - b);
  console.log(
    `  ${f.document === 'values' ? 'Helm values file' : 'manifest'}: ${(f.bytes / 1_000_000).toFixed(2)} MB; open -> diagnostics ${ms(f.openToDiagnostics)}`,
  );
  console.log(
    `  last keystroke -> diagnostics (${KEYSTROKES} keystrokes ${TYPING_INTERVAL_MS} ms apart, ${ROUNDS} rounds): median ${ms(sorted[Math.floor(sorted.length / 2)]!)}, worst ${ms(sorted.at(-1)!)} (budget 1,000 ms, 200 ms of it the debounce)`,
  );
  console.log(
    `  diagnostics published per round of typing: ${f.publishesPerRound.join(', ')} (one per pause)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('## Language server: 1 MB manifest, 1 MB Helm values file');
  printLanguageServer(await measureLanguageServer('manifest'));
  printLanguageServer(await measureLanguageServer('values'));
}
