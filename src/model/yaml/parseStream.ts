/**
 * Text -> YAML documents in linear time, with every safety bound applied before the expensive or
 * risky steps: size and binary data before lexing, nesting depth before the (recursive) composer,
 * alias expansion after composing.
 *
 * Two front ends build the same `yaml` Document nodes. The fast one (fastCompose.ts: js-yaml's
 * event parser) takes ordinary input; `yaml`'s own parser takes the rest (syntax errors, tags,
 * directives, complex keys) and every parse for an edit, which needs comments and source tokens.
 * Both check duplicate keys in linear time (a Set per wide map; yaml's own check scans the map for every key:
 * quadratic), and both hand over a map from each alias to its anchor's node.
 */
import { BAD_INPUT } from './decode.ts';
import {
  Composer,
  LineCounter,
  Parser,
  YAMLParseError,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Alias,
  type CST,
  type Document,
  type Node,
} from 'yaml';
import type { Diagnostic, Severity } from '../findings/diagnostics.ts';
import { aliasTargetsOf, forEachNode } from './aliasTargets.ts';
import { fastCompose } from './fastCompose.ts';
import { LIMITS } from './limits.ts';

export interface ParsedDocument {
  doc: Document.Parsed;
  /** The node each alias of the document names. */
  aliasTargets: Map<Alias, Node>;
  index: number;
  /** Syntax errors: the rules do not run on this document. */
  hasErrors: boolean;
  /** Aliases expand beyond the bound: the rules do not run on this document either. */
  aliasBomb: boolean;
}

export interface ParsedStream {
  documents: ParsedDocument[];
  /** Where each document sits in the text ([start, end) offsets), or null when that is unclear. */
  spans: [number, number][] | null;
  lineCounter: LineCounter;
  /** Problems of the stream itself: size, binary data, nesting, YAML syntax, alias bombs. */
  diagnostics: Diagnostic[];
  /** True when the input was refused before parsing: there are no documents to check. */
  refused: boolean;
}

/** Options shared by the checker and `applyFixes`, so both read a document the same way. */
export const COMPOSE_OPTIONS = {
  prettyErrors: false,
  // Duplicate keys are found with a Set per map (findDuplicateKeys), in linear time.
  uniqueKeys: false,
  strict: true,
  // kubectl (go-yaml) honours YAML 1.1 merge keys; keep `<<` from reading as an ordinary key.
  merge: true,
  // Reading a document (toJS) warns on the console about complex keys; the checker reports them.
  logLevel: 'error',
} as const;

export function positionOf(lineCounter: LineCounter, start: number, end = start) {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

function streamDiagnostic(
  lineCounter: LineCounter,
  severity: Severity,
  code: string,
  message: string,
  offset = 0,
  documentIndex = 0,
  end = offset,
): Diagnostic {
  return { severity, code, message, path: '', documentIndex, ...positionOf(lineCounter, offset, end) };
}

// C0 controls other than tab, line feed and carriage return, and DEL: YAML does not allow them.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export interface ParseOptions {
  /**
   * Parse with `yaml` alone, keeping comments and source spans: for an edit that prints the
   * document again (fixes).
   */
  forEdit?: boolean;
  /** Share of the parse done (0 to 1), reported now and then (see CheckOptions.onProgress). */
  onProgress?: (done: number) => void;
}

export function parseStream(input: string, options: ParseOptions = {}): ParsedStream {
  const lineCounter = new LineCounter();
  const refuse = (code: string, message: string): ParsedStream => {
    lineCounter.addNewLine(0);
    return {
      documents: [],
      spans: null,
      lineCounter,
      diagnostics: [streamDiagnostic(lineCounter, 'error', code, message)],
      refused: true,
    };
  };

  // The words are decode.ts's, so pasted text and a file's bytes are refused alike.
  if (input.length > LIMITS.maxInputChars) return refuse('input-too-large', BAD_INPUT.tooLarge(input.length));
  if (input.includes('\u0000')) return refuse('binary-input', BAD_INPUT.binary);
  // Old-Mac line endings (CR alone) are line breaks in YAML 1.2 and in Go's YAML; `yaml` reads a
  // lone CR as part of the line. Same length, so every offset still points into the input.
  const text = input.includes('\r') ? input.replace(/\r(?!\n)/g, '\n') : input;

  const diagnostics: Diagnostic[] = [];
  // Once per stream (a test per document would be quadratic in a stream of many documents).
  const goYaml = MIGHT_NEED_GO_YAML.test(text);
  const control = CONTROL.exec(text);
  const controlDiagnostic = () => {
    if (!control) return;
    const code = control[0].charCodeAt(0).toString(16).padStart(4, '0');
    diagnostics.push(
      streamDiagnostic(
        lineCounter,
        'error',
        'control-character',
        `The input contains the control character U+${code.toUpperCase()}, which YAML does not allow: kubectl refuses the file. Remove it (is this a binary file?).`,
        control.index,
      ),
    );
  };

  const fast = options.forEdit || control ? null : fastCompose(text, COMPOSE_OPTIONS, options.onProgress);
  if (fast) {
    countLines(text, lineCounter);
    // The fast path refuses an alias without an anchor, so an alias is always in the map.
    const documents = fast.map(({ doc, aliasTargets }, index) => {
      const parsed: ParsedDocument = { doc, aliasTargets, index, hasErrors: false, aliasBomb: false };
      const checked = aliasTargets.size > 0 ? checkAliases(parsed, lineCounter, diagnostics) : parsed;
      return readAsGoYaml(checked, goYaml, lineCounter, diagnostics);
    });
    diagnostics.push(
      ...invisibleCharacters(
        text,
        lineCounter,
        fast.map((d) => d.doc),
      ),
    );
    return { documents, spans: null, lineCounter, diagnostics, refused: false };
  }

  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  controlDiagnostic();

  const shape = measureTokens(tokens);
  if (shape.tooDeepAt !== null) {
    diagnostics.push(
      streamDiagnostic(
        lineCounter,
        'error',
        'too-deep',
        `The YAML nests deeper than ${LIMITS.maxDepth} levels here, so the checker stops: a Milvus manifest nests about a dozen levels. Check for runaway brackets or indentation.`,
        shape.tooDeepAt,
      ),
    );
    return { documents: [], spans: null, lineCounter, diagnostics, refused: true };
  }

  let docs: Document.Parsed[];
  try {
    docs = Array.from(new Composer(COMPOSE_OPTIONS).compose(tokens));
  } catch (error) {
    diagnostics.push(
      streamDiagnostic(
        lineCounter,
        'error',
        'yaml-syntax',
        `The YAML could not be read: ${errorText(error)}.`,
      ),
    );
    return { documents: [], spans: null, lineCounter, diagnostics, refused: true };
  }

  const documents = docs.map((doc, index) => {
    findDuplicateKeys(doc);
    for (const error of doc.errors) {
      diagnostics.push(
        streamDiagnostic(
          lineCounter,
          'error',
          'yaml-syntax',
          `YAML syntax: ${firstLine(error.message)}. kubectl cannot read this document.`,
          error.pos[0],
          index,
          error.pos[1],
        ),
      );
    }
    for (const warning of doc.warnings) {
      diagnostics.push(
        streamDiagnostic(
          lineCounter,
          'warning',
          'yaml-warning',
          `YAML: ${firstLine(warning.message)}.`,
          warning.pos[0],
          index,
          warning.pos[1],
        ),
      );
    }
    const parsed: ParsedDocument = {
      doc,
      aliasTargets: new Map(),
      index,
      hasErrors: doc.errors.length > 0,
      aliasBomb: false,
    };
    if (parsed.hasErrors) return parsed;
    if (shape.aliases === 0) return readAsGoYaml(parsed, goYaml, lineCounter, diagnostics);
    parsed.aliasTargets = aliasTargetsOf(doc);
    return readAsGoYaml(checkAliases(parsed, lineCounter, diagnostics), goYaml, lineCounter, diagnostics);
  });
  diagnostics.push(...invisibleCharacters(text, lineCounter, docs));
  return {
    documents,
    spans: documentSpans(tokens, docs.length, text.length),
    lineCounter,
    diagnostics,
    refused: false,
  };
}

const INVISIBLE: Record<string, string> = {
  '\u200b': 'a zero-width space (U+200B)',
  '\u200c': 'a zero-width non-joiner (U+200C)',
  '\u200d': 'a zero-width joiner (U+200D)',
  '\u2060': 'a word joiner (U+2060)',
  '\ufeff': 'a byte-order mark (U+FEFF) inside the text',
  '\u00a0': 'a no-break space (U+00A0) in the indentation',
};
// Zero-width characters and a BOM anywhere but the start; a no-break space where indentation is.
const INVISIBLE_AT = /\u200b|\u200c|\u200d|\u2060|\ufeff|^[ \u00a0]*\u00a0/gmu;

/**
 * Invisible characters, named, when the YAML does not parse: pasted from a web page or a chat,
 * they break the syntax while the text looks right. Each comes with a safe fix that removes it
 * (a no-break space in the indentation becomes a space).
 */
function invisibleCharacters(
  text: string,
  lineCounter: LineCounter,
  docs: readonly Document.Parsed[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00a0/.test(text)) return out;
  const broken = docs.some((doc) => doc.errors.length > 0);
  for (const match of text.matchAll(INVISIBLE_AT)) {
    if (out.length >= 20) break;
    const nbsp = match[0].length > 1 || match[0] === '\u00a0';
    const at = nbsp ? match.index + match[0].indexOf('\u00a0') : match.index;
    if (at === 0 && !nbsp) continue; // a byte-order mark at the very start is allowed
    const char = text[at]!;
    const column = at - text.lastIndexOf('\n', at - 1);
    const diagnostic = streamDiagnostic(
      lineCounter,
      broken ? 'error' : 'warning',
      'invisible-character',
      broken
        ? `Column ${column} holds ${INVISIBLE[char]}: you cannot see it, but YAML reads it as text, so this line does not parse as it looks. Remove it.`
        : `Column ${column} holds ${INVISIBLE[char]}: you cannot see it, but it is part of the key or value here, so kubectl reads a different name or value than the one you see. Remove it.`,
      at,
      Math.max(
        0,
        docs.findIndex((doc) => at < (doc.range?.[2] ?? Infinity)),
      ),
      at + 1,
    );
    diagnostic.fix = {
      title: char === '\u00a0' ? 'Replace the no-break spaces with spaces' : 'Remove the invisible character',
      safe: true,
      edits: nbsp
        ? [
            {
              op: 'replace-text',
              start: match.index,
              end: match.index + match[0].length,
              text: ' '.repeat(match[0].length),
            },
          ]
        : [{ op: 'replace-text', start: at, end: at + 1, text: '' }],
    };
    out.push(diagnostic);
  }
  return out;
}

function countLines(text: string, lineCounter: LineCounter): void {
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
    lineCounter.addNewLine(at + 1);
}

const MIGHT_NEED_GO_YAML = /<<|(?:^|[\s:[,{-])[-+]?0[0-7]/m;

/**
 * What kubectl's YAML (go-yaml, YAML 1.1) reads differently from YAML 1.2, in one walk:
 * - a merge key (`<<`) whose value is not a map or a list of maps: go-yaml refuses the document;
 * - a plain number with a leading zero (`04222`): YAML 1.1 reads it as octal (2194), not 4222.
 */
function readAsGoYaml(
  parsed: ParsedDocument,
  mightNeed: boolean,
  lineCounter: LineCounter,
  diagnostics: Diagnostic[],
): ParsedDocument {
  if (parsed.hasErrors || parsed.aliasBomb || !mightNeed) return parsed;
  const { doc, index, aliasTargets } = parsed;
  const resolve = (value: unknown): unknown => (isAlias(value) ? aliasTargets.get(value) : value);
  let badMerge = false;
  forEachNode(doc, (node) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || typeof pair.key.value !== 'symbol') continue;
        const value = resolve(pair.value);
        const maps = isSeq(value) ? value.items.every((item) => isMap(resolve(item))) : isMap(value);
        if (maps) continue;
        badMerge = true;
        const range = (isScalar(pair.value) || isCollection(pair.value) || isAlias(pair.value)
          ? pair.value.range
          : null) ??
          pair.key.range ?? [0, 0];
        diagnostics.push(
          streamDiagnostic(
            lineCounter,
            'error',
            'bad-merge',
            'The merge key << must name a map or a list of maps; kubectl (Go YAML) refuses this document ("map merge requires map or sequence of maps as the value").',
            range[0],
            index,
            range[1],
          ),
        );
      }
    } else if (
      isScalar(node) &&
      typeof node.value === 'number' &&
      (node.type === undefined || node.type === 'PLAIN')
    ) {
      const source = node.source as unknown;
      if (typeof source !== 'string' || !/^[-+]?0[0-7]+$/.test(source)) return;
      const octal = parseInt(source, 8);
      const range = node.range ?? [0, 0];
      diagnostics.push(
        streamDiagnostic(
          lineCounter,
          'warning',
          'yaml11-octal',
          `${source} has a leading zero: kubectl (YAML 1.1) reads it as the octal number ${octal}, not ${node.value}. Write ${node.value} without the zero, or quote it if it is text.`,
          range[0],
          index,
          range[1],
        ),
      );
    }
  });
  return badMerge ? { ...parsed, hasErrors: true } : parsed;
}

/** Unresolvable aliases and alias bombs: the document is then not checked further. */
function checkAliases(
  parsed: ParsedDocument,
  lineCounter: LineCounter,
  diagnostics: Diagnostic[],
): ParsedDocument {
  const { doc, index } = parsed;
  const faults = aliasFaults(doc, parsed.aliasTargets);
  for (const fault of faults) {
    diagnostics.push(streamDiagnostic(lineCounter, 'error', 'bad-alias', fault.message, fault.offset, index));
  }
  const bomb = faults.length === 0 ? aliasExpansion(doc, parsed.aliasTargets) : null;
  if (bomb) {
    diagnostics.push(
      streamDiagnostic(
        lineCounter,
        'error',
        'alias-bomb',
        `Aliases in this document expand to more than ${LIMITS.maxAliasExpansion.toLocaleString('en')} nodes (an alias bomb): kubectl refuses documents with excessive aliasing. The checker does not expand them.`,
        bomb.offset,
        index,
      ),
    );
  }
  return { ...parsed, hasErrors: parsed.hasErrors || faults.length > 0, aliasBomb: bomb !== null };
}

/** `yaml`'s "Map keys must be unique", found with one Set per map instead of a scan per key. */
function findDuplicateKeys(doc: Document.Parsed): void {
  forEachNode(doc, (node) => {
    if (!isMap(node) || node.items.length < 2) return;
    const seen = new Set<unknown>();
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      if (seen.has(pair.key.value)) {
        const at = pair.key.range?.[0] ?? 0;
        doc.errors.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
      }
      seen.add(pair.key.value);
    }
  });
}

/**
 * Each document's stretch of text: from just after the previous document (and its `...` marker)
 * to just before the next one, so that comments and directives in between go with the document
 * whose text the YAML library prints them with.
 */
function documentSpans(tokens: readonly CST.Token[], count: number, end: number): [number, number][] | null {
  const documentAt: number[] = [];
  tokens.forEach((token, i) => {
    if (token.type === 'document') documentAt.push(i);
  });
  if (documentAt.length !== count) return null;
  const starts = documentAt.map((at, k) => {
    if (k === 0) return 0;
    let next = documentAt[k - 1]! + 1;
    if (tokens[next]?.type === 'doc-end') next++;
    return tokens[next]?.offset ?? tokens[at]!.offset;
  });
  return starts.map((start, k): [number, number] => [start, starts[k + 1] ?? end]);
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/[.:]\s*$/, '');
}

function errorText(error: unknown): string {
  return error instanceof Error ? firstLine(error.message) : 'unknown error';
}

/** Nesting depth and alias count of the CST, without recursion (the CST parser is iterative too). */
function measureTokens(tokens: readonly CST.Token[]): { tooDeepAt: number | null; aliases: number } {
  let aliases = 0;
  const stack: [CST.Token | null | undefined, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (!token) continue;
    switch (token.type) {
      case 'document':
        stack.push([token.value, depth]);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        const inner = depth + 1;
        if (inner > LIMITS.maxDepth) return { tooDeepAt: token.offset, aliases };
        for (const item of token.items) {
          if ('key' in item) stack.push([item.key, inner]);
          stack.push([item.value, inner]);
        }
        break;
      }
      case 'alias':
        aliases++;
        break;
      default:
        break;
    }
  }
  return { tooDeepAt: null, aliases };
}

/**
 * Aliases that cannot be resolved: `*name` with no `&name` before it, or an alias inside the very
 * node its anchor names (a cycle). The YAML library composes both; kubectl refuses both.
 */
function aliasFaults(doc: Document.Parsed, targets: Map<Alias, Node>): { offset: number; message: string }[] {
  const faults: { offset: number; message: string }[] = [];
  const open = new Set<Node>();
  const stack: { node: Node; entered: boolean }[] = [];
  const push = (value: unknown) => {
    if (isPair(value)) {
      push(value.value);
      push(value.key);
    } else if (isScalar(value) || isAlias(value) || isCollection(value))
      stack.push({ node: value, entered: false });
  };
  push(doc.contents);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const node = frame.node;
    if (frame.entered) {
      stack.pop();
      open.delete(node);
      continue;
    }
    frame.entered = true;
    open.add(node);
    if (isAlias(node)) {
      const target = targets.get(node);
      const offset = node.range?.[0] ?? 0;
      if (!target) {
        faults.push({
          offset,
          message: `The alias *${node.source} refers to no anchor &${node.source} before it: kubectl cannot read this document.`,
        });
      } else if (open.has(target)) {
        faults.push({
          offset,
          message: `The alias *${node.source} sits inside the node its anchor &${node.source} names, so its value would contain itself: kubectl cannot read this document.`,
        });
      }
    }
    if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) push(node.items[i]);
  }
  return faults;
}

/**
 * How many nodes the document holds once aliases are expanded, computed in one post-order pass
 * (an alias counts the size of its anchor, which YAML requires to come earlier). Returns where the
 * first alias sits when the expansion passes the bound.
 */
function aliasExpansion(doc: Document.Parsed, targets: Map<Alias, Node>): { offset: number } | null {
  const sizes = new Map<Node, number>();
  let literal = 0;
  let firstAlias: number | null = null;
  const stack: { node: Node; entered: boolean }[] = [];
  const push = (value: unknown) => {
    if (isPair(value)) {
      push(value.value);
      push(value.key);
    } else if (isScalar(value) || isAlias(value) || isCollection(value))
      stack.push({ node: value, entered: false });
  };
  push(doc.contents);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const node = frame.node;
    if (!frame.entered) {
      frame.entered = true;
      literal++;
      if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) push(node.items[i]);
      continue;
    }
    stack.pop();
    let size = 1;
    if (isAlias(node)) {
      firstAlias ??= node.range?.[0] ?? 0;
      const target = targets.get(node);
      size = target ? (sizes.get(target) ?? 1) : 1;
    } else if (isCollection(node)) {
      for (const item of node.items) {
        if (isPair(item)) size += sizeOf(sizes, item.key) + sizeOf(sizes, item.value);
        else size += sizeOf(sizes, item);
      }
    }
    sizes.set(node, Math.min(size, Number.MAX_SAFE_INTEGER));
  }
  const total = doc.contents ? sizeOf(sizes, doc.contents) : 0;
  if (total > LIMITS.maxAliasExpansion && total > 10 * literal && firstAlias !== null)
    return { offset: firstAlias };
  return null;
}

function sizeOf(sizes: Map<Node, number>, value: unknown): number {
  return value !== null && typeof value === 'object' ? (sizes.get(value as Node) ?? 0) : 0;
}
