import type { EditorMarker } from './types.ts';
import type { Diagnostic } from '../model/findings/diagnostics.ts';

/** A checker diagnostic as an editor marker (both pages show the checker's findings in their editor). */
export function toEditorMarker(d: Diagnostic): EditorMarker {
  const marker: EditorMarker = {
    severity: d.severity,
    message: d.message,
    line: d.line,
    column: d.column,
    code: d.code,
  };
  if (d.endLine !== undefined) marker.endLine = d.endLine;
  if (d.endColumn !== undefined) marker.endColumn = d.endColumn;
  return marker;
}
