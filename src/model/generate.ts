/**
 * Wizard values -> manifest YAML, through `yaml`'s Document API so that every block carries a
 * short comment saying what it does, and so that a user's own manifest can be updated in place
 * (only the entries whose value changed are touched; their comments and unknown keys survive).
 */
import {
  Document,
  Scalar,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { importManifest } from './import.ts';
import { manifestEntries, type Entry, type ManifestPath } from './layout.ts';
import { MQ_LABELS } from './support.ts';
import type { WizardValues } from './values.ts';

const STRINGIFY = { lineWidth: 0 } as const;

/** The manifest as a plain object (what `kubectl` would receive). */
export function buildManifestObject(v: WizardValues): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const { path, value } of manifestEntries(v)) {
    if (value !== undefined) setPlain(root, path, value);
  }
  return root;
}

function setPlain(root: Record<string, unknown>, path: ManifestPath, value: unknown): void {
  let node = root;
  for (const key of path.slice(0, -1)) {
    const next = node[String(key)];
    if (typeof next === 'object' && next !== null && !Array.isArray(next)) {
      node = next as Record<string, unknown>;
    } else {
      const created: Record<string, unknown> = {};
      node[String(key)] = created;
      node = created;
    }
  }
  node[String(path[path.length - 1])] = structuredClone(value);
}

/** A fresh manifest with a heading comment on each block. */
export function generateDocument(v: WizardValues): Document {
  const doc = new Document(buildManifestObject(v));
  doc.commentBefore = ` ${headline(v)}`;
  addHeadingComments(doc, v, () => true);
  return doc;
}

export function generateYaml(v: WizardValues, base?: string): string {
  if (base === undefined || base.trim() === '') return generateDocument(v).toString(STRINGIFY);
  return mergeIntoManifest(base, v);
}

function headline(v: WizardValues): string {
  const mode = v.mode === 'cluster' ? 'cluster' : 'standalone';
  return `Milvus ${v.milvusVersion} ${mode} with ${MQ_LABELS[v.msgStreamType]} as message storage.`;
}

/** The comment above each block, keyed by the block's path. */
function headingComments(v: WizardValues): [ManifestPath, string][] {
  const mq = v.msgStreamType;
  const comments: [ManifestPath, string][] = [
    [['spec', 'components', 'image'], 'The image decides which Milvus runs; without it the operator runs its default.'],
    [['spec', 'image'], 'The image decides which Milvus runs; without it the operator runs its default.'],
    [
      ['spec', 'dependencies', 'msgStreamType'],
      'Written explicitly: left empty, the operator picks Woodpecker, RocksMQ or Pulsar by mode and version.',
    ],
  ];
  const block: Record<WizardValues['msgStreamType'], string> = {
    rocksmq: 'RocksMQ runs inside the Milvus pod; persistence keeps its data on a PVC.',
    natsmq: 'NATS runs inside the Milvus pod; persistence keeps its JetStream data on a PVC.',
    pulsar: v.pulsar.external
      ? 'External Pulsar: one host:port, no scheme (the operator adds pulsar://).'
      : 'In-cluster Pulsar: the operator installs the Pulsar Helm chart with these values.',
    kafka: v.kafka.external
      ? 'External Kafka (2.x or 3.x): the brokers Milvus connects to.'
      : 'In-cluster Kafka: the operator installs the Kafka Helm chart with these values.',
    woodpecker: v.woodpecker.external
      ? 'Woodpecker as a service: Milvus writes to these quorum buffer pools.'
      : 'Woodpecker runs embedded in Milvus.',
  };
  comments.push([['spec', 'dependencies', mq], block[mq]]);
  const config: Partial<Record<WizardValues['msgStreamType'], string>> = {
    rocksmq: "RocksMQ settings live in Milvus's own configuration (milvus.yaml).",
    natsmq: "NATS server settings live in Milvus's own configuration, not under dependencies.",
    kafka: 'Kafka client security settings live in Milvus\'s own configuration (milvus.yaml).',
    woodpecker: "Woodpecker settings live in Milvus's own configuration (milvus.yaml).",
  };
  const configComment = config[mq];
  if (configComment) comments.push([['spec', 'config', mq], configComment]);
  return comments;
}

function addHeadingComments(doc: Document, v: WizardValues, wanted: (path: ManifestPath) => boolean): void {
  for (const [path, comment] of headingComments(v)) {
    if (!wanted(path)) continue;
    const pair = findPair(doc, path);
    if (pair && isScalar(pair.key) && !pair.key.commentBefore) pair.key.commentBefore = ` ${comment}`;
  }
}

function findPair(doc: Document, path: ManifestPath): Pair | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const key = path[path.length - 1];
  const pair = (parent as YAMLMap).items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key) as
    | Pair
    | undefined;
  // Maps that setIn creates hold plain keys; a comment needs a key node.
  if (pair && !isNode(pair.key)) pair.key = new Scalar(pair.key);
  return pair;
}

const HEADLINE = /^ Milvus \S+ (standalone|cluster) with \S+ as message storage\.$/m;

/** Keeps the generated first line true after a merge; leaves the user's own comments alone. */
function refreshHeadline(doc: Document, v: WizardValues): void {
  if (doc.commentBefore && HEADLINE.test(doc.commentBefore)) {
    doc.commentBefore = doc.commentBefore.replace(HEADLINE, ` ${headline(v)}`);
  }
}

/**
 * Applies the values to the user's manifest: entries whose value differs from what the manifest
 * says now are set or deleted; everything else (unknown keys, comments, other documents of the
 * stream) is left as it was.
 */
export function mergeIntoManifest(base: string, v: WizardValues): string {
  const imported = importManifest(base);
  if (!imported.ok) return generateDocument(v).toString(STRINGIFY);
  const docs = parseAllDocuments(base);
  const list = Array.isArray(docs) ? docs : [docs];
  const doc = list[imported.documentIndex];
  if (!doc) return generateDocument(v).toString(STRINGIFY);

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
