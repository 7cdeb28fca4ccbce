// One code and one message for each kind of bad input, whichever entry point reads it (issue #20):
// check (checkBytes), diff, clean, the check page's paste (checkManifest on text) and upload.
import { describe, expect, it } from 'vitest';
import { checkBytes, checkManifest } from '../../model/operator/checker/index.ts';
import { diffManifests } from '../../model/change/diff.ts';
import { cleanForApply } from '../../model/operator/live/clean.ts';
import { readManifestFile } from './readManifestFile.ts';
import { BAD_INPUT, readInputBytes } from '../../model/yaml/decode.ts';
import { LIMITS } from '../../model/yaml/limits.ts';

const GOOD = 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: m\n';
const enc = (s: string) => new TextEncoder().encode(s);

const CASES: { kind: string; bytes: Uint8Array; code: string; message: string }[] = [
  {
    kind: 'binary',
    bytes: new Uint8Array([0x6b, 0x3a, 0x00, 0x01, 0xff]),
    code: 'binary-input',
    message: BAD_INPUT.binary,
  },
  { kind: 'empty', bytes: enc(''), code: 'empty-input', message: BAD_INPUT.empty },
  { kind: 'blank', bytes: enc(' \n\t\n# a comment\n'), code: 'empty-input', message: BAD_INPUT.empty },
  {
    kind: 'invalid UTF-8',
    bytes: new Uint8Array([0x61, 0x3a, 0x20, 0xe9, 0x0a]),
    code: 'invalid-utf8',
    message: 'The byte 0xE9 here is not valid UTF-8',
  },
];

describe('bad input gets the same code and words at every entry point', () => {
  describe.each(CASES)('$kind', ({ bytes, code, message }) => {
    const same = (d: { code: string; message: string } | undefined) => {
      expect(d?.code).toBe(code);
      expect(d?.message).toContain(message);
    };
    it('readInputBytes (the model)', () => {
      const read = readInputBytes(bytes);
      expect(read.ok).toBe(false);
      if (!read.ok) same(read);
    });
    it('check (checkBytes)', () => same(checkBytes(bytes).diagnostics[0]));
    it('the check page upload', async () => {
      const read = await readManifestFile({
        name: 'f.yaml',
        size: bytes.length,
        type: '',
        arrayBuffer: async () => bytes.slice().buffer,
      });
      expect(read.ok).toBe(false);
      if (!read.ok) same({ code: read.code, message: read.message });
    });
    // Text entry points (paste, Compare's running manifest, diff, clean) see decoded text: the
    // blank and binary cases reach them as text.
    if (code !== 'invalid-utf8') {
      const text = new TextDecoder().decode(bytes);
      it('paste (checkManifest on text)', () => same(checkManifest(text).diagnostics[0]));
      it('diff and Compare (OLD and NEW)', () => {
        const asOld = diffManifests(text, GOOD);
        same(asOld.old[0]);
        same(diffManifests(GOOD, text).new[0]);
      });
      if (code === 'empty-input')
        it('clean', () => expect(cleanForApply(text).problem?.message).toBe(message));
    }
  });

  it('too large: the same code, the size in the words, before any parse', () => {
    const big = new Uint8Array(LIMITS.maxInputChars + 1).fill(0x61);
    const read = readInputBytes(big);
    expect(read).toMatchObject({
      ok: false,
      code: 'input-too-large',
      message: BAD_INPUT.tooLarge(big.length),
    });
    expect(checkBytes(big).diagnostics[0]).toMatchObject({
      code: 'input-too-large',
      message: BAD_INPUT.tooLarge(big.length),
    });
    expect(checkManifest('a'.repeat(big.length)).diagnostics[0]).toMatchObject({
      code: 'input-too-large',
      message: BAD_INPUT.tooLarge(big.length),
    });
  });
});
