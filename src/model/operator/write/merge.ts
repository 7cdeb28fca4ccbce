/**
 * Wizard values -> the user's own manifest, updated in place: only the entries whose value
 * changed are touched; their comments, unknown keys and the stream's other documents survive.
 * Kept apart from generate.ts because it needs the YAML parser, which the wizard loads on demand.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import { STRINGIFY, addHeadingComments, generateYaml, headline, quoteEnvReferences } from './generate.ts';
import { importManifest } from '../wizard/import.ts';
import { manifestEntries, type Entry, type ManifestPath } from './layout.ts';
import type { WizardValues } from '../../wizard/values/values.ts';

/** The user's manifest with the values applied, or a fresh manifest when there is no base text. */
export function generateOrMerge(v: WizardValues, base?: string): string {
  if (base === undefined || base.trim() === '') return generateYaml(v);
  return mergeIntoManifest(base, v);
}

const HEADLINE = /^ Milvus \S+ (standalone|cluster) with \S+ as message storage\.$/m;

/** Keeps the generated first line true after a merge; leaves the user's own comments alone. */
function refreshHeadline(doc: Document, v: WizardValues): void {
  if (doc.commentBefore && HEADLINE.test(doc.commentBefore)) {
    doc.commentBefore = doc.commentBefore.replace(HEADLINE, ` ${headline(v)}`);
  }
}

const HEADLINE_LINE = /^# Milvus \S+ (standalone|cluster) with \S+ as message storage\.$/;

/**
 * The text with its generated first line made true for these values (a storage changed in the
 * YAML itself): only that line changes, and only when it is the wizard's own headline.
 */
export function refreshHeadlineText(text: string, v: WizardValues): string {
  const end = text.indexOf('\n');
  const first = end === -1 ? text : text.slice(0, end);
  if (!HEADLINE_LINE.test(first.trimEnd())) return text;
  const line = `# ${headline(v)}`;
  return first === line ? text : line + text.slice(first.length);
}

/**
 * Applies the values to the user's manifest: entries whose value differs from what the manifest
 * says now are set or deleted; everything else (unknown keys, comments, other documents of the
 * stream) is left as it was.
 */
export function mergeIntoManifest(base: string, v: WizardValues): string {
  const imported = importManifest(base);
  if (!imported.ok) return generateYaml(v);
  const docs = parseAllDocuments(base);
  const list = Array.isArray(docs) ? docs : [docs];
  const doc = list[imported.documentIndex];
  if (!doc) return generateYaml(v);

  const before = toMap(manifestEntries(imported.values));
  const after = toMap(manifestEntries(v));
  const created = new Set<string>();
  for (const [key, entry] of after) {
    const old = before.get(key);
    if (old && sameValue(old.value, entry.value)) continue;
    if (entry.value === undefined) continue;
    if (!doc.hasIn(entry.path)) created.add(JSON.stringify(entry.path.slice(0, 3)));
    ensureMapsAlong(doc, entry.path);
    doc.setIn(entry.path, doc.createNode(entry.value));
  }
  for (const [key, entry] of before) {
    const next = after.get(key);
    if (entry.value === undefined || (next && next.value !== undefined)) continue;
    doc.deleteIn(entry.path);
    pruneEmptyParents(doc, entry.path);
  }
  addHeadingComments(doc, v, (path) => created.has(JSON.stringify(path.slice(0, 3))));
  quoteEnvReferences(doc);
  refreshHeadline(doc, v);
  return list.map((d) => d.toString(STRINGIFY)).join('');
}

function toMap(entries: Entry[]): Map<string, Entry> {
  return new Map(entries.map((e) => [JSON.stringify(e.path), e]));
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A `null` or scalar where the wizard needs a map (e.g. `config:` left empty) becomes a map. */
function ensureMapsAlong(doc: Document, path: ManifestPath): void {
  for (let i = 1; i < path.length; i += 1) {
    const prefix = path.slice(0, i);
    const node = doc.getIn(prefix, true) as Node | undefined;
    if (node === undefined || isMap(node)) continue;
    if (isSeq(node) || isScalar(node)) doc.setIn(prefix, doc.createNode({}));
  }
}

/** Removes maps the deletion left empty, up to (not including) `spec` and `metadata`. */
function pruneEmptyParents(doc: Document, path: ManifestPath): void {
  for (let i = path.length - 1; i >= 2; i -= 1) {
    const prefix = path.slice(0, i);
    const node = doc.getIn(prefix, true);
    if (isMap(node) && node.items.length === 0) doc.deleteIn(prefix);
    else break;
  }
}
