/**
 * Placing a finding in its document: a rule reports at a path inside the resource (or the values
 * file), and the reporter turns that into a diagnostic with its line, column and range, for the
 * operator's checker and the Helm front end alike.
 */
import type { Document, LineCounter } from 'yaml';
import type { Diagnostic, Fix, Severity, YamlPath } from './diagnostics.ts';
import { formatPath } from './diagnostics.ts';
import { positionOf } from '../yaml/parseStream.ts';
import { locate, rangeOf, type Resolver } from '../yaml/yamlNav.ts';

export interface ReportInput {
  severity: Severity;
  code: string;
  message: string;
  path: YamlPath;
  /** Point at the key (default) or at the value. */
  part?: 'key' | 'value';
  /** Point somewhere other than `path` (for example at `external: true` for a missing endpoint). */
  anchor?: YamlPath;
  fix?: Fix;
}

/**
 * `base` is where the resource sits in its document: [] for a document of its own, or
 * ['items', i] for the i-th item of a `kind: List` (as `kubectl get milvus -A -o yaml` prints).
 * Rules speak of paths inside the resource; the reporter places them in the document, fixes included.
 */
export function createReporter(
  doc: Document.Parsed,
  documentIndex: number,
  resolver: Resolver,
  lineCounter: LineCounter,
  base: YamlPath = [],
) {
  return (unplaced: ReportInput): Diagnostic => {
    const input = base.length === 0 ? unplaced : placeReport(unplaced, base);
    const target = input.anchor ?? input.path;
    const found = locate(resolver, doc.contents, target);
    let range = null;
    if (found.depth === target.length) {
      const part = input.part ?? 'key';
      const keyNode =
        found.pair && target.length > 0 && typeof target[target.length - 1] === 'string'
          ? found.pair.key
          : null;
      range =
        part === 'value'
          ? (rangeOf(found.pair?.value) ?? rangeOf(found.value) ?? rangeOf(keyNode))
          : (rangeOf(keyNode) ?? rangeOf(found.value));
      // A null value has an empty range at the end of its key: point at the key instead.
      if (range && range[0] === range[1]) range = rangeOf(keyNode) ?? range;
      if (!range && found.depth > 0) range = rangeOf(found.deepest);
    } else {
      range = rangeOf(found.deepest);
    }
    range ??= rangeOf(doc.contents) ?? [0, 0];
    const diagnostic: Diagnostic = {
      severity: input.severity,
      code: input.code,
      message: input.message,
      path: formatPath(input.path),
      documentIndex,
      ...positionOf(lineCounter, range[0], range[1]),
    };
    const item = base[1];
    if (typeof item === 'number') diagnostic.item = item;
    if (input.fix) diagnostic.fix = input.fix;
    return diagnostic;
  };
}

function placeReport(input: ReportInput, base: YamlPath): ReportInput {
  const at = (path: YamlPath): YamlPath => [...base, ...path];
  const placed: ReportInput = { ...input, path: at(input.path) };
  if (input.anchor) placed.anchor = at(input.anchor);
  if (input.fix) {
    placed.fix = {
      ...input.fix,
      edits: input.fix.edits.map((edit) =>
        edit.op === 'move'
          ? { ...edit, from: at(edit.from), to: at(edit.to) }
          : edit.op === 'replace-text'
            ? edit // text offsets hold anywhere in the stream
            : { ...edit, path: at(edit.path) },
      ),
    };
  }
  return placed;
}
