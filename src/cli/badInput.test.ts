// Issue #20: check, diff, explain and clean give a binary or an empty file the same code and the
// same words (the model's, model/yaml/decode.ts BAD_INPUT), and all exit 1.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_INPUT } from '../model/yaml/decode.ts';
import { nodeIo } from './io.ts';
import { main } from './main.ts';

const dir = mkdtempSync(join(tmpdir(), 'milvus-mq-bad-'));
const GOOD = join(dir, 'good.yaml');
writeFileSync(GOOD, 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: m\n');
const BINARY = join(dir, 'bin.yaml');
writeFileSync(BINARY, Buffer.from([0x6b, 0x3a, 0x00, 0x01, 0xff, 0x00]));
const EMPTY = join(dir, 'empty.yaml');
writeFileSync(EMPTY, '\n  \n');

async function cli(argv: string[]) {
  let all = '';
  const code = await main(argv, { ...nodeIo(), out: (t) => (all += t), err: (t) => (all += t) });
  return { code, all };
}

const COMMANDS: [string, (file: string) => string[]][] = [
  ['check', (f) => ['check', f]],
  ['explain', (f) => ['explain', f]],
  ['clean', (f) => ['clean', f, '-o', join(dir, 'out.yaml')]],
  ['diff (OLD)', (f) => ['diff', f, GOOD]],
  ['diff (NEW)', (f) => ['diff', GOOD, f]],
];

describe.each([
  { kind: 'binary', file: BINARY, code: 'binary-input', message: BAD_INPUT.binary },
  { kind: 'empty', file: EMPTY, code: 'empty-input', message: BAD_INPUT.empty },
])('a $kind file', ({ file, code, message }) => {
  it.each(COMMANDS)('%s names it with the same code and words', async (_name, argv) => {
    const result = await cli(argv(file));
    expect(result.code).toBe(1);
    expect(result.all).toContain(file);
    expect(result.all).toContain(code);
    expect(result.all).toContain(message);
  });
});
