// The language server as it ships: the bundle scripts/build-cli.mjs writes (dist/cli/, the files
// package.json publishes), started as an editor starts it. Without a build (unit tests run before
// `npm run build` in `npm test`), the test bundles into a temporary directory first, never into
// dist/cli/, which another test may be starting a server from.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { checkManifest } from '../../model/operator/checker/index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BUILT = join(ROOT, 'dist', 'cli');
let bundle = BUILT;
let scratch: string | null = null;
let server: ChildProcess | null = null;
let connection: MessageConnection | null = null;

beforeAll(() => {
  // A build from before CODES.md was shipped beside the bundle counts as none.
  if (existsSync(join(BUILT, 'milvus-mq.mjs')) && existsSync(join(BUILT, 'CODES.md'))) return;
  scratch = mkdtempSync(join(tmpdir(), 'milvus-mq-bundle-'));
  bundle = join(scratch, 'cli');
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--outdir', bundle], {
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
}, 120_000);

afterAll(() => {
  connection?.dispose();
  server?.kill();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the bundled milvus-mq lsp --stdio', () => {
  it('initializes, and publishes for an opened manifest the checker’s findings, each linked to the CODES.md shipped beside it', async () => {
    const proc = spawn(process.execPath, [join(bundle, 'milvus-mq.mjs'), 'lsp', '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    server = proc;
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const client = createMessageConnection(
      new StreamMessageReader(proc.stdout),
      new StreamMessageWriter(proc.stdin),
    );
    connection = client;
    const uri = 'file:///work/external-pulsar-endpoints.yaml';
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        if (params.uri === uri) resolve(params);
      }),
    );
    client.listen();
    const init: { serverInfo?: { name: string }; capabilities: { hoverProvider?: boolean } } =
      await client.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    expect(init.serverInfo?.name, stderr).toBe('milvus-mq');
    expect(init.capabilities.hoverProvider).toBe(true);
    await client.sendNotification('initialized', {});

    const text = readFileSync(join(ROOT, 'test/fixtures/docs/external-pulsar-endpoints.yaml'), 'utf8');
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: 1, text },
    });
    const { diagnostics, version } = await published;
    expect(version).toBe(1);
    const expected = checkManifest(text).diagnostics;
    expect(expected.length).toBeGreaterThan(0);
    expect(diagnostics.map((d) => [d.code, d.range.start.line + 1, d.message])).toEqual(
      expected.map((d) => [d.code, d.line, d.message]),
    );
    for (const d of diagnostics) {
      const href = d.codeDescription?.href ?? '';
      expect(href.startsWith(`file://`), String(d.code)).toBe(true);
      const file = fileURLToPath(href.split('#')[0]!);
      expect(file).toBe(join(bundle, 'CODES.md'));
      expect(existsSync(file)).toBe(true);
    }

    await client.sendRequest('shutdown');
    const exited = new Promise<number | null>((resolve) => proc.on('exit', resolve));
    await client.sendNotification('exit');
    expect(await exited).toBe(0);
  }, 30_000);
});
