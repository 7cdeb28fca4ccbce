// Pure text helpers for the plain-text fallback. The text difference the Monaco editor applies is the
// model's (model/editing/textDiff.ts, which the code actions use too), imported from there: the
// fallback is in the first load, and a re-export here would bring the differ into it.

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
