import { describe, expect, it } from 'vitest';
import { MAX_MANIFEST_BYTES, readManifestFile, type NamedBlob } from './readManifestFile.ts';

function file(name: string, content: BlobPart[], type = ''): NamedBlob {
  const blob = new Blob(content, { type });
  return { name, size: blob.size, type: blob.type, arrayBuffer: () => blob.arrayBuffer() };
}

describe('reading an uploaded manifest', () => {
  it('reads a YAML file as text, without a byte-order mark', async () => {
    const result = await readManifestFile(file('m.yaml', ['\uFEFFkind: Milvus\n']));
    expect(result).toEqual({ ok: true, text: 'kind: Milvus\n' });
  });

  it('refuses a file over 10 MB, saying its size', async () => {
    const big: NamedBlob = {
      name: 'dump.yaml',
      size: MAX_MANIFEST_BYTES + 1,
      type: '',
      arrayBuffer: () => Promise.reject(new Error('should not be read')),
    };
    const result = await readManifestFile(big);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(/^dump\.yaml: The input is 10\.0 MB; milvus-mq reads at most 10 MB/);
  });

  // Content decides, not the type the browser gives: a PNG's header holds NUL bytes.
  it('refuses an image by its content', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const result = await readManifestFile(file('cat.png', [png], 'image/png'));
    expect(result).toMatchObject({
      ok: false,
      code: 'binary-input',
      message: expect.stringMatching(/^cat\.png: .*binary data/),
    });
  });

  it('refuses binary content even without a type', async () => {
    const result = await readManifestFile(file('data.yaml', [new Uint8Array([0x6b, 0x00, 0x01, 0x02])]));
    expect(result).toMatchObject({
      ok: false,
      code: 'binary-input',
      message: expect.stringMatching(/binary data/),
    });
  });

  // kubectl reads UTF-16 with a byte-order mark; so do the CLI and the upload (model/yaml/decode.ts).
  it('reads UTF-16 with a byte-order mark, as kubectl does', async () => {
    const text = 'apiVersion: milvus.io/v1beta1\nkind: Milvus\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    const result = await readManifestFile({
      name: 'm.yaml',
      size: utf16.length,
      type: '',
      arrayBuffer: async () => utf16.buffer,
    });
    expect(result).toEqual({ ok: true, text });
  });

  it('refuses text that is not UTF-8', async () => {
    const result = await readManifestFile(
      file('latin1.yaml', [new Uint8Array([0x61, 0x3a, 0x20, 0xe9, 0x0a])]),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid-utf8',
      message: expect.stringMatching(/not valid UTF-8.*\(line 1, column 4\)$/),
    });
  });

  it('refuses an empty or blank file, saying so', async () => {
    for (const content of ['', '  \n# only a comment\n'])
      expect(await readManifestFile(file('e.yaml', [content]))).toMatchObject({
        ok: false,
        code: 'empty-input',
      });
  });
});
