/**
 * Bytes -> text the way kubectl reads a manifest: UTF-8 (a BOM is dropped), or UTF-16 when the
 * file starts with a UTF-16 byte-order mark (kubectl's YAML reader converts UTF-16 to UTF-8).
 * Invalid UTF-8 is refused at its first bad byte, with its line and column: a lenient decoder
 * would turn it into U+FFFD and the file would pass while kubectl refuses it.
 */
import { LIMITS } from './limits.ts';

export type Decoded =
  | { ok: true; text: string; encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' }
  | {
      ok: false;
      code: 'invalid-utf8' | 'utf32-input' | 'invalid-utf16';
      message: string;
      line: number;
      column: number;
    };

/**
 * The one home of the words for input that is not a manifest at all: check, diff, explain, clean,
 * the check page (upload, drop, paste) and Compare's running manifest all say these.
 */
export const BAD_INPUT = {
  tooLarge: (bytes: number) =>
    `The input is ${(bytes / (1024 * 1024)).toFixed(1)} MB; milvus-mq reads at most ${LIMITS.maxInputChars / (1024 * 1024)} MB. A Milvus manifest is a few kilobytes: check that this is the right file.`,
  binary: 'The input contains NUL bytes: it is binary data, not YAML text. kubectl cannot read it either.',
  empty: 'The input is empty (or only blanks and comments): there is no Milvus resource in it.',
} as const;

export type BadInputCode =
  'input-too-large' | 'binary-input' | 'empty-input' | 'invalid-utf8' | 'utf32-input' | 'invalid-utf16';
export type ReadInput =
  | { ok: true; text: string; encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' }
  | { ok: false; code: BadInputCode; message: string; line: number; column: number };

/** Whitespace and comments only: YAML with no document in it. */
export function isBlankYaml(text: string): boolean {
  return /^(?:[ \t\r\n\uFEFF]|#[^\n]*)*$/.test(text);
}

/**
 * A file's bytes as every entry point reads them: refused when too large, binary, not decodable
 * (decodeBytes) or blank, in that order, with the same code and message wherever it is read.
 */
export function readInputBytes(bytes: Uint8Array): ReadInput {
  const refuse = (code: BadInputCode, message: string): ReadInput => ({
    ok: false,
    code,
    message,
    line: 1,
    column: 1,
  });
  if (bytes.length > LIMITS.maxInputChars) return refuse('input-too-large', BAD_INPUT.tooLarge(bytes.length));
  const decoded = decodeBytes(bytes);
  // UTF-16 text holds NUL bytes for every ASCII character: binary only when the decoded text has NUL.
  if (decoded.ok ? decoded.text.includes('\u0000') : bytes.includes(0))
    return refuse('binary-input', BAD_INPUT.binary);
  if (!decoded.ok) return decoded;
  if (isBlankYaml(decoded.text)) return refuse('empty-input', BAD_INPUT.empty);
  return decoded;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

export function decodeBytes(bytes: Uint8Array): Decoded {
  const [b0, b1, b2, b3] = bytes;
  if (
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) ||
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
  ) {
    return {
      ok: false,
      code: 'utf32-input',
      message:
        'The file is UTF-32 (it starts with a UTF-32 byte-order mark). kubectl reads UTF-8 and UTF-16 only: save it as UTF-8.',
      line: 1,
      column: 1,
    };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? 'UTF-16LE' : 'UTF-16BE';
    try {
      const text = new TextDecoder(encoding.toLowerCase(), { fatal: true }).decode(bytes);
      return { ok: true, text, encoding };
    } catch {
      return {
        ok: false,
        code: 'invalid-utf16',
        message: `The file starts with a ${encoding} byte-order mark but is not valid ${encoding} text: kubectl cannot read it. Save it as UTF-8.`,
        line: 1,
        column: 1,
      };
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const lineStart = before.lastIndexOf('\n') + 1;
    let line = 1;
    for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
    return {
      ok: false,
      code: 'invalid-utf8',
      message: `The byte ${hex(bytes[at] ?? 0)} here is not valid UTF-8: kubectl refuses the file. Save it as UTF-8 (is part of it in another encoding, such as Latin-1?).`,
      line,
      column: before.length - lineStart + 1,
    };
  }
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
