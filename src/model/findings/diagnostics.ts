/**
 * What the checker reports. Plain data (no functions) so that diagnostics cross a Web Worker
 * boundary, print as JSON from the CLI and become editor markers unchanged.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A path into a YAML document, as the `yaml` Document API takes it. */
export type YamlPath = readonly (string | number)[];

/** One change to a parsed document; applied with the `yaml` Document API so comments survive. */
export type FixEdit =
  | { op: 'set'; path: YamlPath; value: unknown }
  | { op: 'delete'; path: YamlPath }
  /** Move the node at `from` to `to` (creating parents), keeping its comments. */
  | { op: 'move'; from: YamlPath; to: YamlPath }
  /**
   * Replace the text [start, end) of the whole input (offsets in UTF-16 code units) with `text`.
   * For what no path can reach, such as an invisible character that breaks the YAML syntax.
   */
  | { op: 'replace-text'; start: number; end: number; text: string };

export interface Fix {
  /** What the fix does, in words a user reads on a button's description. */
  title: string;
  /** Safe fixes change nothing the user meant: "Apply all safe fixes" applies only these. */
  safe: boolean;
  edits: FixEdit[];
}

export interface Diagnostic {
  severity: Severity;
  /** Stable identifier, e.g. `pruned-field`, documented in the README. */
  code: string;
  /** Names the field and says what happens in the cluster if it is left as is. */
  message: string;
  /** Display path, e.g. `spec.dependencies.kafka.brokerList[0]` (empty for the whole document). */
  path: string;
  /** 1-based line and column of the offending key or value (for a missing key: its parent). */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Index of the YAML document in a multi-document stream (0 for the first). */
  documentIndex: number;
  /** Index in `items` of the `kind: List` item the finding is about (0 for the first); absent otherwise. */
  item?: number;
  fix?: Fix;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function formatPath(path: YamlPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}

/** Top to bottom, then by column, the worst first, then by code: every front end reports in this order. */
export function sortDiagnostics(diagnostics: Diagnostic[]): void {
  diagnostics.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.code.localeCompare(b.code),
  );
}
