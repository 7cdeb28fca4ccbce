/**
 * Wizard values -> a fresh manifest YAML, through `yaml`'s Document API so that every block
 * carries a short comment saying what it does. Updating a user's own manifest in place is
 * merge.ts's job: it needs the YAML parser, which this module keeps out of the app's first load.
 */
import { Document, Scalar, isMap, isNode, isScalar, visit, type Pair } from 'yaml';
import { isEnvReference } from '../../facts/secretsFromEnv.ts';
import { manifestEntries, type ManifestPath } from './layout.ts';
import { storageOf } from '../../storages/index.ts';
import { MQ_LABELS } from '../../facts/support.ts';
import type { WizardValues } from '../../wizard/values/valuesObject.ts';
import { findPair } from '../../yaml/yamlNav.ts';

export const STRINGIFY = { lineWidth: 0 } as const;

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
  quoteEnvReferences(doc);
  return doc;
}

/**
 * A secret's place (`${PULSAR_AUTH_PARAMS}`, facts/secretsFromEnv.ts) in single quotes, so that what
 * envsubst puts there stays one string: a token as it is, OAuth2's JSON parameters not a YAML map.
 */
export function quoteEnvReferences(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (isEnvReference(node.value)) node.type = Scalar.QUOTE_SINGLE;
    },
  });
}

/** The fresh manifest as YAML text (to update a user's own manifest, see merge.ts). */
export function generateYaml(v: WizardValues): string {
  return generateDocument(v).toString(STRINGIFY);
}

/** The manifest's first line: what runs. */
export function headline(v: WizardValues): string {
  const mode = v.mode === 'cluster' ? 'cluster' : 'standalone';
  return `Milvus ${v.milvusVersion} ${mode} with ${MQ_LABELS[v.msgStreamType]} as message storage.`;
}

/** The comment above each block, keyed by the block's path. */
function headingComments(v: WizardValues): [ManifestPath, string][] {
  const mq = v.msgStreamType;
  const comments: [ManifestPath, string][] = [
    [
      ['spec', 'components', 'image'],
      'The image decides which Milvus runs; without it the operator runs its default.',
    ],
    [['spec', 'image'], 'The image decides which Milvus runs; without it the operator runs its default.'],
    [
      ['spec', 'dependencies', 'msgStreamType'],
      'Written explicitly: left empty, the operator picks Woodpecker, RocksMQ or Pulsar by mode and version.',
    ],
  ];
  const storage = storageOf(mq);
  comments.push([['spec', 'dependencies', mq], storage.blockComment(v[mq])]);
  if (storage.configComment) comments.push([['spec', 'config', mq], storage.configComment]);
  return comments;
}

/** Puts the heading comment on each block that `wanted` accepts and that has no comment yet. */
export function addHeadingComments(
  doc: Document,
  v: WizardValues,
  wanted: (path: ManifestPath) => boolean,
): void {
  for (const [path, comment] of headingComments(v)) {
    if (!wanted(path)) continue;
    const pair = pairAt(doc, path);
    if (pair && isScalar(pair.key) && !pair.key.commentBefore) pair.key.commentBefore = ` ${comment}`;
  }
}

function pairAt(doc: Document, path: ManifestPath): Pair | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = findPair(parent, String(path[path.length - 1]));
  // Maps that setIn creates hold plain keys; a comment needs a key node.
  if (pair && !isNode(pair.key)) pair.key = new Scalar(pair.key);
  return pair;
}
