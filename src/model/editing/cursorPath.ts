/**
 * Where the cursor is in a YAML manifest, as a path of keys: what hover and completion look up in
 * the schema. Read from the lines' indentation rather than from a parse, because completion runs
 * on text being typed (`msgStreamType: ` with nothing after it, a key half written), which a
 * parser reads as something else or refuses. Block style only, as manifests are written; a flow
 * map on one line (`{a: 1}`) is one value here.
 */
import type { YamlPath } from '../findings/diagnostics.ts';

export interface CursorPlace {
  /** Index of the YAML document (`---` separated) the cursor is in. */
  documentIndex: number;
  /** The keys (and list indexes) above the cursor's line, outermost first. */
  parent: YamlPath;
  /** The key written on the cursor's line, if any. */
  key?: string;
  /** On the key (or where a key would go), or in the value after `key:`. */
  on: 'key' | 'value';
  /** What is typed between the start of the key or value and the cursor. */
  prefix: string;
}

interface LineShape {
  /** Columns of the `- ` markers, outermost first. */
  dashes: number[];
  /** Column where the key or scalar starts. */
  content: number;
  key?: string;
  /** Text after `key:` (comment removed, trimmed). */
  value?: string;
}

const DOCUMENT_START = /^---(\s|$)/;
const DOCUMENT_END = /^\.\.\.(\s|$)/;
const BLANK_OR_COMMENT = /^\s*(#.*)?$/;
const KEY = /^((?:"[^"]*"|'[^']*'|[^\s#'"{[][^:#]*?)):(?:\s+|$)(.*)$/;

function unquote(key: string): string {
  return /^(["']).*\1$/.test(key) ? key.slice(1, -1) : key;
}

function shapeOf(line: string): LineShape {
  const dashes: number[] = [];
  let at = line.search(/\S|$/);
  while (line[at] === '-' && (line[at + 1] === ' ' || at + 1 === line.length)) {
    dashes.push(at);
    at += 1;
    while (line[at] === ' ') at++;
  }
  const rest = line.slice(at);
  const match = KEY.exec(rest);
  if (!match) return { dashes, content: at };
  const value = match[2]!.replace(/(^|\s)#.*$/, '').trim();
  return { dashes, content: at, key: unquote(match[1]!.trim()), value };
}

/**
 * A value that opens a block below its key (nothing, an anchor, a tag), not a scalar on the line.
 * A block scalar (`user.yaml: |`) counts too: its lines are YAML of their own (the chart's
 * extraConfigFiles hold milvus.yaml), so a key in them has a path (extraConfigFiles.user.yaml.mq.type).
 */
function opensBlock(value: string | undefined): boolean {
  return value === undefined || value === '' || /^([&!][^\s]*\s*)*([|>][1-9+-]*)?$/.test(value);
}

/**
 * The place of the cursor at 0-based `line` and `character` (UTF-16 units) in `text`.
 */
export function cursorPlace(text: string, line: number, character: number): CursorPlace {
  const lines = text.split(/\r?\n/);
  const current = lines[line] ?? '';
  let documentIndex = 0;
  let contentSeen = false;
  let documentFirst = 0;
  for (let i = 0; i < line && i < lines.length; i++) {
    const l = lines[i]!;
    if (DOCUMENT_START.test(l)) {
      if (contentSeen) documentIndex++;
      contentSeen = false;
      documentFirst = i + 1;
    } else if (DOCUMENT_END.test(l)) {
      if (contentSeen) documentIndex++;
      contentSeen = false;
      documentFirst = i + 1;
    } else if (!BLANK_OR_COMMENT.test(l) && !/^%/.test(l)) contentSeen = true;
  }

  const before = current.slice(0, character);
  const shape = shapeOf(current);
  const onLine = shapeOf(before);
  let on: CursorPlace['on'] = 'key';
  let prefix = before.slice(Math.min(shape.content, before.length)).trimStart();
  let key: string | undefined;
  if (shape.key !== undefined) {
    const quoted = /^["']/.test(current.slice(shape.content)) ? shape.key.length + 2 : 0;
    const colon = current.indexOf(':', shape.content + quoted);
    if (character > colon) {
      on = 'value';
      prefix = before.slice(colon + 1).trimStart();
    } else prefix = before.slice(shape.content);
    key = shape.key;
  } else if (onLine.key !== undefined) {
    key = onLine.key;
  }

  // Walk up: a line whose key sits left of the current column and opens a block is a parent; a
  // `- ` marker left of it opens a list item, whose index is the count of its siblings above.
  const parent: (string | number)[] = [];
  let column = shape.key !== undefined || before.trim() !== '' ? shape.content : character;
  /** The list item the walk is in: its marker's column and its index's place in `parent`. */
  let item: { column: number; at: number } | null = null;
  const enterItems = (dashes: readonly number[]) => {
    for (let d = dashes.length - 1; d >= 0; d--) {
      if (dashes[d]! >= column) continue;
      parent.unshift(0);
      item = { column: dashes[d]!, at: 0 };
      column = dashes[d]!;
    }
  };
  enterItems(shape.dashes);
  for (let i = line - 1; i >= documentFirst && column > 0; i--) {
    const l = lines[i]!;
    if (BLANK_OR_COMMENT.test(l)) continue;
    const s = shapeOf(l);
    const lineStart = s.dashes[0] ?? s.content;
    const open = item as { column: number; at: number } | null;
    if (open && open.column === column && lineStart === column && s.dashes[0] === column)
      parent[open.at] = (parent[open.at] as number) + 1;
    if (lineStart >= column) continue;
    if (s.key !== undefined && s.content < column && opensBlock(s.value)) {
      parent.unshift(s.key);
      if (open) open.at++;
      column = s.content;
    }
    enterItems(s.dashes);
  }
  return { documentIndex, parent, ...(key !== undefined ? { key } : {}), on, prefix };
}
