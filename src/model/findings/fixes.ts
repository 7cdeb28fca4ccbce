/**
 * Applying fixes with the `yaml` Document API, so that comments and the untouched documents of a
 * stream survive.
 *
 * Every path in a fix refers to the document as it was checked. All paths are resolved to nodes
 * before any edit runs, and edits then work on those nodes: a rename keeps the node where it is,
 * a move carries the node (and its comments) along, so fixes can be combined in any order (rename
 * `resoureces` to `resources`, and move `requests` into it).
 */
import {
  Pair,
  Scalar,
  YAMLMap,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type YAMLSeq,
} from 'yaml';
import type { Diagnostic, Fix, FixEdit, YamlPath } from './diagnostics.ts';
import { parseStream } from '../yaml/parseStream.ts';
import { findPair } from '../yaml/yamlNav.ts';

export interface FixRequest {
  documentIndex: number;
  fix: Fix;
}

const STRINGIFY = { lineWidth: 0 } as const;

/** The safe fixes of a list of diagnostics, each once. */
export function safeFixes(diagnostics: readonly Diagnostic[]): FixRequest[] {
  const seen = new Set<string>();
  const out: FixRequest[] = [];
  for (const d of diagnostics) {
    if (!d.fix?.safe) continue;
    const key = JSON.stringify([d.documentIndex, d.fix.edits]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ documentIndex: d.documentIndex, fix: d.fix });
  }
  return out;
}

/**
 * The text with the fixes applied. Documents without fixes keep their text exactly; a fixed
 * document is printed again by the YAML library (its comments kept). Edits that no longer fit
 * (their node is gone, or the target is taken) are skipped.
 */
export function applyFixes(input: string, fixes: readonly FixRequest[]): string {
  if (fixes.length === 0) return input;
  // Text replacements first (they reach what no path can, and leave every path as it was).
  const text = replaceText(input, fixes);
  const stream = parseStream(text, { forEdit: true });
  if (stream.refused) return text;
  const byDocument = new Map<number, FixEdit[]>();
  for (const { documentIndex, fix } of fixes) {
    const list = byDocument.get(documentIndex) ?? [];
    list.push(...fix.edits.filter((edit) => edit.op !== 'replace-text'));
    if (list.length === 0) continue;
    byDocument.set(documentIndex, list);
  }
  const printed = new Map<number, string>();
  for (const [index, edits] of byDocument) {
    const parsed = stream.documents[index];
    if (!parsed || parsed.hasErrors || parsed.aliasBomb) continue;
    try {
      keepOwnLineComments(parsed.doc.contents, text);
      const prepared = edits.map((edit) => prepare(parsed.doc, edit));
      for (const edit of prepared) if (edit) run(parsed.doc, edit);
      const span = stream.spans?.[index];
      const original = span ? text.slice(span[0], span[1]) : text;
      printed.set(index, parsed.doc.toString({ ...STRINGIFY, indentSeq: indentsSequences(original) }));
    } catch {
      // A fix that cannot be applied leaves its document as it was.
    }
  }
  if (printed.size === 0) return text;
  const spans = stream.spans;
  if (!spans) {
    return stream.documents
      .map(({ doc, index }, i) => {
        const out = printed.get(index) ?? doc.toString(STRINGIFY);
        return i > 0 && !out.startsWith('---') ? `---\n${out}` : out;
      })
      .join('');
  }
  let out = '';
  spans.forEach(([start, end], index) => {
    out += printed.get(index) ?? text.slice(start, end);
  });
  return out;
}

/**
 * A comment on its own line after a key with an empty value (`logFile:` then `# about
 * logSizeLimit`) is read by the YAML library as the empty value's own comment, and printed back
 * on the key's line (`logFile: # about logSizeLimit`): the comment would leave the key it
 * describes. Such a comment goes back before the next key of its map, where it was written.
 */
function keepOwnLineComments(node: unknown, source: string): void {
  if (isSeq(node)) {
    for (const item of node.items) keepOwnLineComments(item, source);
    return;
  }
  if (!isMap(node)) return;
  node.items.forEach((pair, i) => {
    const { value } = pair;
    const next = node.items[i + 1];
    if (isScalar(value) && value.value === null && value.comment && value.range && isScalar(next?.key)) {
      const hash = source.indexOf('#', value.range[0]);
      if (hash >= 0 && source.slice(value.range[0], hash).includes('\n')) {
        const before = next.key.commentBefore;
        next.key.commentBefore = before ? `${value.comment}\n${before}` : value.comment;
        value.comment = undefined;
      }
    }
    keepOwnLineComments(value, source);
  });
}

/** The input with the fixes' `replace-text` edits made (an edit that overlaps an earlier one is skipped). */
function replaceText(text: string, fixes: readonly FixRequest[]): string {
  const edits = fixes
    .flatMap(({ fix }) => fix.edits)
    .flatMap((edit) => (edit.op === 'replace-text' ? [edit] : []))
    .filter(({ start, end }) => start >= 0 && end >= start && end <= text.length)
    .sort((a, b) => a.start - b.start);
  if (edits.length === 0) return text;
  let out = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue;
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

/**
 * Whether the document writes block sequences indented under their key (`key:\n  - a`) or level
 * with it (`key:\n- a`), by majority, so that printing it again keeps its style.
 */
function indentsSequences(text: string): boolean {
  const lines = text.split('\n');
  let indented = 0;
  let level = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const key = /^( *)[^\s#-][^#]*:\s*(#.*)?$/.exec(lines[i]!);
    const item = key ? /^( *)- /.exec(lines[i + 1]!) : null;
    if (!key || !item) continue;
    if (item[1]!.length > key[1]!.length) indented++;
    else if (item[1]!.length === key[1]!.length) level++;
  }
  return level <= indented;
}

type Collection = YAMLMap | YAMLSeq;
type Step = string | number;

/** A place to write: the deepest collection that exists now, and the steps still to create. */
interface Target {
  anchor: Collection | null;
  rest: Step[];
  last: Step;
}

/** A node to take: the collection holding it and the pair (maps) or item (lists). */
interface Source {
  parent: Collection;
  item: unknown;
}

type Prepared =
  | { op: 'set'; target: Target; value: unknown }
  | { op: 'delete'; source: Source }
  | { op: 'move'; source: Source; target: Target };

function prepare(doc: Document.Parsed, edit: FixEdit): Prepared | null {
  switch (edit.op) {
    case 'set':
      return edit.path.length > 0 ? { op: 'set', target: target(doc, edit.path), value: edit.value } : null;
    case 'delete': {
      const source = find(doc, edit.path);
      return source ? { op: 'delete', source } : null;
    }
    case 'move': {
      const source = find(doc, edit.from);
      return source && edit.to.length > 0 ? { op: 'move', source, target: target(doc, edit.to) } : null;
    }
    default:
      return null;
  }
}

function child(parent: unknown, step: Step): unknown {
  if (isMap(parent) && typeof step === 'string') return findPair(parent, step)?.value;
  if (isSeq(parent) && typeof step === 'number') return parent.items[step];
  return undefined;
}

function target(doc: Document.Parsed, path: YamlPath): Target {
  const steps = [...path];
  const last = steps.pop()!;
  let anchor: Collection | null = isCollection(doc.contents) ? (doc.contents as Collection) : null;
  let i = 0;
  if (anchor) {
    for (; i < steps.length; i++) {
      const next = child(anchor, steps[i]!);
      if (!isMap(next) && !isSeq(next)) break;
      anchor = next;
    }
  }
  return { anchor, rest: steps.slice(i), last };
}

function find(doc: Document.Parsed, path: YamlPath): Source | null {
  if (path.length === 0) return null;
  let parent: unknown = doc.contents;
  for (const step of path.slice(0, -1)) {
    parent = child(parent, step);
    if (!isCollection(parent)) return null;
  }
  const last = path[path.length - 1]!;
  if (isMap(parent) && typeof last === 'string') {
    const pair = findPair(parent, last);
    return pair ? { parent, item: pair } : null;
  }
  if (isSeq(parent) && typeof last === 'number' && last < parent.items.length)
    return { parent, item: parent.items[last] };
  return null;
}

/** Walks from the anchor through the remaining steps, creating maps where `create` allows. */
function reach(doc: Document.Parsed, t: Target, create: boolean): Collection | null {
  let node: Collection | null = t.anchor;
  if (!node) {
    if (!create || (doc.contents !== null && !(isScalar(doc.contents) && doc.contents.value === null)))
      return null;
    node = new YAMLMap();
    doc.contents = node as never;
  }
  for (const step of t.rest) {
    if (isMap(node) && typeof step === 'string') {
      const pair = findPair(node, step);
      const value: unknown = pair?.value;
      if (isMap(value) || isSeq(value)) {
        node = value;
        continue;
      }
      if (!create) return null;
      if (pair && !isEmpty(value)) return null;
      const created = new YAMLMap();
      if (pair) pair.value = created;
      else push(node, new Pair(new Scalar(step), created));
      node = created;
    } else if (isSeq(node) && typeof step === 'number') {
      const item: unknown = node.items[step];
      if (!isMap(item) && !isSeq(item)) return null;
      node = item;
    } else {
      return null;
    }
  }
  return node;
}

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (isScalar(value) && (value.value === null || value.value === undefined))
  );
}

/** Adds a pair to a map; an empty `{}` map turns into a block map so the result reads naturally. */
function push(map: YAMLMap, pair: Pair): void {
  if (map.flow && map.items.length === 0) map.flow = false;
  map.items.push(pair);
}

function carryComments(from: unknown, to: Node): void {
  if (from && typeof from === 'object' && 'comment' in from) {
    const old = from as { comment?: string | null; commentBefore?: string | null };
    if (old.comment && !to.comment) to.comment = old.comment;
    if (old.commentBefore && !to.commentBefore) to.commentBefore = old.commentBefore;
  }
}

function run(doc: Document.Parsed, edit: Prepared): void {
  switch (edit.op) {
    case 'set': {
      const parent = reach(doc, edit.target, true);
      if (!parent) return;
      const node = doc.createNode(edit.value) as Node;
      const { last } = edit.target;
      if (isMap(parent) && typeof last === 'string') {
        const pair = findPair(parent, last);
        if (pair) {
          carryComments(pair.value, node);
          pair.value = node;
        } else push(parent, new Pair(new Scalar(last), node));
      } else if (isSeq(parent) && typeof last === 'number' && last < parent.items.length) {
        carryComments(parent.items[last], node);
        parent.items[last] = node;
      }
      return;
    }
    case 'delete': {
      const at = edit.source.parent.items.indexOf(edit.source.item as never);
      if (at >= 0) edit.source.parent.items.splice(at, 1);
      return;
    }
    case 'move':
      move(doc, edit.source, edit.target);
      return;
  }
}

function move(doc: Document.Parsed, source: Source, t: Target): void {
  const { parent } = source;
  if (parent.items.indexOf(source.item as never) < 0) return;
  const value: unknown = isPair(source.item) ? source.item.value : source.item;
  const last = t.last;

  // Check for a conflict before creating anything.
  const existingParent = reach(doc, t, false);
  const existingPair =
    isMap(existingParent) && typeof last === 'string' ? findPair(existingParent, last) : undefined;
  if (existingPair && existingPair === source.item) return;
  if (existingPair && !isEmpty(existingPair.value)) {
    if (isMap(existingPair.value) && isMap(value)) {
      for (const item of value.items) {
        const key = isScalar(item.key) ? String(item.key.value) : null;
        if (key !== null && !findPair(existingPair.value, key)) existingPair.value.items.push(item);
      }
      detach(source);
    }
    return;
  }

  // A rename inside one map: change the key where it is.
  if (existingParent === parent && isMap(parent) && isPair(source.item) && typeof last === 'string') {
    if (existingPair) parent.items.splice(parent.items.indexOf(existingPair), 1);
    renameKey(source.item, last);
    return;
  }

  const destination = reach(doc, t, true);
  if (!destination) return;
  const carried = detach(source);
  if (isMap(destination) && typeof last === 'string') {
    const pair = isPair(source.item) ? source.item : new Pair(new Scalar(last), source.item);
    renameKey(pair, last);
    if (carried && isScalar(pair.key))
      pair.key.commentBefore = [carried, pair.key.commentBefore].filter(Boolean).join('\n');
    const empty = findPair(destination, last);
    if (empty) empty.value = pair.value;
    else push(destination, pair);
  } else if (isSeq(destination)) {
    destination.items.push(value);
  }
}

function renameKey(pair: Pair, key: string): void {
  if (isScalar(pair.key)) pair.key.value = key;
  else pair.key = new Scalar(key);
}

/**
 * Takes the item out of its collection. The comment above the first key of a block map is stored
 * on the map itself; it travels with that first key.
 */
function detach(source: Source): string | null {
  const { parent } = source;
  const at = parent.items.indexOf(source.item as never);
  if (at < 0) return null;
  parent.items.splice(at, 1);
  if (at === 0 && isMap(parent) && !parent.flow && parent.commentBefore) {
    const comment = parent.commentBefore;
    parent.commentBefore = null;
    return comment;
  }
  return null;
}
