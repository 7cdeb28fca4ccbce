// Pure text helpers shared by the Monaco editor and the plain-text fallback.

/** The smallest single replacement that turns `before` into `after` (offsets into `before`). */
export interface TextReplacement {
  start: number;
  end: number;
  text: string;
}

/**
 * Finds the changed middle between the common prefix and suffix. Replacing only that keeps the
 * cursor, scroll position and folded regions of the untouched parts when a new text comes in.
 */
export function minimalReplacement(before: string, after: string): TextReplacement {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // Never split a surrogate pair: step back if the prefix ends on a high surrogate.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Offset of a 1-based line/column in `text`, clamped into the text (CRLF counts as one break). */
export function offsetOfPosition(text: string, line: number, column = 1): number {
  const breaks = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (let current = 1; current < line; current++) {
    const match = breaks.exec(text);
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  const rest = text.slice(lineStart);
  const lineEnd = rest.search(/\r\n|\r|\n/);
  const lineLength = lineEnd === -1 ? rest.length : lineEnd;
  return lineStart + Math.min(Math.max(0, Math.trunc(column) - 1), lineLength);
}
