/**
 * The inputs of one Helm release's values, read as Helm reads them: values files (`-f`, in order,
 * and the output of `helm get values RELEASE [--all] [-o yaml]`), then `--set` and `--set-string`
 * arguments. Files go through the project's parse layer (../../yaml/parseStream.ts), so a finding
 * lands on its key's line; a `--set` finding lands on its argument (line 1, the assignment's column).
 */
import type { Diagnostic } from '../../findings/diagnostics.ts';
import { createReporter, type ReportInput } from '../../findings/reporter.ts';
import { positionOf } from '../../yaml/parseStream.ts';
import { parseStreamShared, sharedByText } from '../../yaml/sharedParse.ts';
import { toPlain } from '../../yaml/toPlain.ts';
import { Resolver } from '../../yaml/yamlNav.ts';
import { LineCounter } from 'yaml';
import { parseSet, setKey, type SetAssignment } from './strvals.ts';

export type ValuesInput =
  { kind: 'file'; name: string; text: string } | { kind: 'set'; argument: string; asString?: boolean };

export type Json = Record<string, unknown>;
export const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ReadValues {
  /** The file's name, or `--set ARG` / `--set-string ARG`. */
  name: string;
  kind: 'file' | 'set';
  /** The values it holds (a map; `{}` for an empty file or `helm get values` printing null); null when unreadable. */
  values: Json | null;
  /** `helm get values` output: which header it had. */
  header?: 'USER-SUPPLIED VALUES' | 'COMPUTED VALUES';
  /** The `--set` assignments, in order. */
  assignments?: SetAssignment[];
  /** Problems reading it (YAML syntax, not a map, a bad `--set`). */
  diagnostics: Diagnostic[];
  /** A diagnostic at a values path in this input (its line, or its `--set` assignment). */
  report(input: ReportInput): Diagnostic;
  /** The text for fixes (files only). */
  text?: string;
}

const HEADER = /^(USER-SUPPLIED VALUES|COMPUTED VALUES):[ \t]*$/m;

/**
 * `helm get values` prints a header line before the YAML (without `-o yaml`): it is turned into a
 * comment of the same length, so every offset, line and column stays as in the file.
 */
function withoutHeader(text: string): { text: string; header?: ReadValues['header'] } {
  const m = HEADER.exec(text);
  if (!m || text.slice(0, m.index).trim() !== '') return { text };
  return {
    text: `${text.slice(0, m.index)}#${m[0].slice(1)}${text.slice(m.index + m[0].length)}`,
    header: m[1] as ReadValues['header'],
  };
}

function atStart(lineCounter: LineCounter) {
  return (input: ReportInput): Diagnostic => ({
    severity: input.severity,
    code: input.code,
    message: input.message,
    path: setKey(input.path),
    documentIndex: 0,
    ...positionOf(lineCounter, 0),
    ...(input.fix ? { fix: input.fix } : {}),
  });
}

/**
 * A values file. Within `sharingParses` (the language server) the text is read once, however many
 * stages read it (detection, then the check); the values are shared (MergedValues copies what it
 * merges), the diagnostics copied.
 */
export function readValuesFile(name: string, raw: string): ReadValues {
  const read = sharedByText('values-file', raw, readValuesText);
  return { ...read, name, diagnostics: read.diagnostics.map((d) => ({ ...d })) };
}

function readValuesText(raw: string): ReadValues {
  const name = '';
  const { text, header } = withoutHeader(raw);
  const stream = parseStreamShared(text);
  const base = { name, kind: 'file' as const, text, ...(header ? { header } : {}) };
  const diagnostics = [...stream.diagnostics];
  const parsed = stream.documents[0];
  if (stream.refused || !parsed || parsed.hasErrors || parsed.aliasBomb) {
    const values = stream.documents.length === 0 && !stream.refused && diagnostics.length === 0 ? {} : null;
    return { ...base, values, diagnostics, report: atStart(stream.lineCounter) };
  }
  const resolver = new Resolver(parsed.doc, parsed.aliasTargets);
  const report = createReporter(parsed.doc, 0, resolver, stream.lineCounter);
  const plain = toPlain(resolver, parsed.doc.contents, Number.MAX_SAFE_INTEGER);
  if (stream.documents.length > 1)
    diagnostics.push(
      report({
        severity: 'warning',
        code: 'helm-values-documents',
        message: `This values file holds ${stream.documents.length} YAML documents: Helm reads only the first.`,
        path: [],
      }),
    );
  if (plain === null || plain === undefined) return { ...base, values: {}, diagnostics, report };
  if (!isJson(plain)) {
    diagnostics.push(
      report({
        severity: 'error',
        code: 'helm-values-not-a-map',
        message:
          'A values file is a YAML map of keys (cluster:, pulsarv3: …); this one is not, and Helm refuses it.',
        path: [],
      }),
    );
    return { ...base, values: null, diagnostics, report };
  }
  return { ...base, values: plain, diagnostics, report };
}

export function readSetArgument(argument: string, asString = false): ReadValues {
  const name = `${asString ? '--set-string' : '--set'} ${argument}`;
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  const flagLength = name.length - argument.length;
  const at = (
    offset: number,
    end = offset,
  ): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'> => ({
    line: 1,
    column: flagLength + offset + 1,
    endLine: 1,
    endColumn: flagLength + end + 1,
  });
  const parsed = parseSet(argument, asString);
  if (!parsed.ok) {
    const d: Diagnostic = {
      severity: 'error',
      code: 'helm-set-syntax',
      message: `${name}: ${parsed.message}. Helm refuses the command.`,
      path: '',
      documentIndex: 0,
      ...at(parsed.offset),
    };
    return { name, kind: 'set', values: null, diagnostics: [d], report: () => d };
  }
  const values: Json = {};
  for (const a of parsed.assignments) assign(values, a.path, a.value);
  const report = (input: ReportInput): Diagnostic => {
    const key = setKey(input.path);
    // The assignment that wrote the path, or one below it (an ancestor named by the finding).
    const hit =
      [...parsed.assignments].reverse().find((a) => setKey(a.path) === key) ??
      parsed.assignments.find(
        (a) => setKey(a.path).startsWith(`${key}.`) || setKey(a.path).startsWith(`${key}[`),
      ) ??
      parsed.assignments[0];
    return {
      severity: input.severity,
      code: input.code,
      message: input.message,
      path: key,
      documentIndex: 0,
      ...(hit ? at(hit.range[0], hit.range[1]) : at(0)),
      ...(input.fix ? { fix: input.fix } : {}),
    };
  };
  return { name, kind: 'set', values, assignments: parsed.assignments, diagnostics: [], report };
}

/** Sets `value` at `path` as strvals does: maps and lists made on the way, a list padded with null. */
export function assign(root: Json, path: readonly (string | number)[], value: unknown): void {
  let node: Json | unknown[] = root;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const last = i === path.length - 1;
    const nextIsIndex = typeof path[i + 1] === 'number';
    const slot = (Array.isArray(node) ? node[key as number] : (node as Json)[key as string]) as unknown;
    let next: unknown = slot;
    if (last) next = value;
    else if (nextIsIndex ? !Array.isArray(slot) : !isJson(slot)) next = nextIsIndex ? [] : {};
    if (Array.isArray(node)) {
      while (node.length < (key as number)) node.push(null);
      node[key as number] = next;
    } else if (key === '__proto__') {
      Object.defineProperty(node, key, { value: next, enumerable: true, writable: true, configurable: true });
    } else {
      node[key as string] = next;
    }
    if (!last) node = next as Json | unknown[];
  }
}

export function readInput(input: ValuesInput): ReadValues {
  return input.kind === 'file'
    ? readValuesFile(input.name, input.text)
    : readSetArgument(input.argument, input.asString);
}
