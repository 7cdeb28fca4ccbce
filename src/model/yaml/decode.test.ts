import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8 } from './decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('reading bytes as kubectl does', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(decodeBytes(utf8('\ufeffkind: Milvus\n'))).toEqual({ ok: true, text: 'kind: Milvus\n', encoding: 'UTF-8' });
  });

  it('refuses invalid UTF-8 inside a value, at the bad byte’s line and column', () => {
    const bytes = new Uint8Array([...utf8('kind: Milvus\nmetadata:\n  name: caf'), 0xe9, ...utf8('\n')]);
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({ ok: false, code: 'invalid-utf8', line: 3, column: 12 });
    expect(decoded.ok ? '' : decoded.message).toMatch(/0xE9.*not valid UTF-8/);
  });

  it('finds overlong forms, surrogates and cut-off sequences', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8(utf8('ok ✓ 😀'))).toBe(utf8('ok ✓ 😀').length);
  });

  it('decodes UTF-16 with a byte-order mark, either byte order', () => {
    const text = 'kind: Milvus\n';
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = new Uint8Array([0xfe, 0xff, ...Array.from(text).flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(decodeBytes(le)).toEqual({ ok: true, text, encoding: 'UTF-16LE' });
    expect(decodeBytes(be)).toEqual({ ok: true, text, encoding: 'UTF-16BE' });
  });

  it('names UTF-32 plainly', () => {
    const decoded = decodeBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x6b, 0, 0, 0]));
    expect(decoded).toMatchObject({ ok: false, code: 'utf32-input' });
  });
});
