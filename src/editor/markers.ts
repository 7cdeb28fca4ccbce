// Turns the checker's markers into Monaco marker data. Pure (no Monaco import) so it is unit-tested
// in Node; Monaco's numeric severities are copied here as constants.
import type { EditorMarker } from './types.ts';

/** monaco.MarkerSeverity values. */
export const MARKER_SEVERITY = { hint: 1, info: 2, warning: 4, error: 8 } as const;

/** Owner name under which the checker's markers are set, apart from monaco-yaml's own. */
export const MARKER_OWNER = 'milvus-checker';

/** The fields of monaco.editor.IMarkerData this module fills. */
export interface MarkerData {
  severity: (typeof MARKER_SEVERITY)[keyof typeof MARKER_SEVERITY];
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  code?: string;
  source: string;
}

/**
 * Places markers in `text`, clamping positions into the document so a marker computed for an older
 * text (or with a bad position) still shows on a real line instead of being dropped by Monaco.
 * A marker with no end underlines from its column to the end of its line.
 */
export function toMarkerData(markers: readonly EditorMarker[], text: string): MarkerData[] {
  const lineLengths = text.split(/\r\n|\r|\n/).map((l) => l.length);
  const lastLine = lineLengths.length;
  const clampLine = (line: number) => Math.min(Math.max(1, Math.trunc(line) || 1), lastLine);
  const maxColumn = (line: number) => (lineLengths[line - 1] ?? 0) + 1;
  const clampColumn = (line: number, column: number) =>
    Math.min(Math.max(1, Math.trunc(column) || 1), maxColumn(line));

  return markers.map((m) => {
    const startLineNumber = clampLine(m.line);
    const startColumn = clampColumn(startLineNumber, m.column);
    let endLineNumber = m.endLine === undefined ? startLineNumber : clampLine(m.endLine);
    let endColumn =
      m.endColumn === undefined ? maxColumn(endLineNumber) : clampColumn(endLineNumber, m.endColumn);
    if (endLineNumber < startLineNumber || (endLineNumber === startLineNumber && endColumn < startColumn)) {
      endLineNumber = startLineNumber;
      endColumn = maxColumn(startLineNumber);
    }
    const data: MarkerData = {
      severity: MARKER_SEVERITY[m.severity],
      message: m.message,
      startLineNumber,
      startColumn,
      endLineNumber,
      endColumn,
      source: MARKER_OWNER,
    };
    if (m.code !== undefined) data.code = m.code;
    return data;
  });
}
