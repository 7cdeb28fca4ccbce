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
      expect(result.message).toMatch(/dump\.yaml is 10\.0 MB; the checker takes files up to 10 MB/);
  });

  it('refuses an image by its type', async () => {
    const result = await readManifestFile(file('cat.png', ['xx'], 'image/png'));
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/cat\.png is not a text file/),
    });
  });

  it('refuses binary content even without a type', async () => {
    const result = await readManifestFile(file('data.yaml', [new Uint8Array([0x6b, 0x00, 0x01, 0x02])]));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/not a text file/) });
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
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/not UTF-8/) });
  });
});
