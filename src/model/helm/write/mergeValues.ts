/**
 * Wizard values -> the user's own values.yaml, updated in place (the Helm twin of ../../merge.ts):
 * every key the writer sets (writeValues.ts, each switch written off as well as on) is set in the
 * user's document where its value differs, so the user's comments and every key the form does not
 * model survive; `keptKeys` names those keys, for the preview to show them as kept.
 */
import { Scalar, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { parseStream } from '../../yaml/parseStream.ts';
import type { WizardValues } from '../../wizard/values/valuesObject.ts';
import { chartForMilvus } from './chartChoice.ts';
import { helmValuesDocument } from './writeValues.ts';

type Path = (string | number)[];

/** Every leaf of a map tree (a scalar, a sequence or an empty map), with its path. */
function leaves(node: unknown, path: Path = [], out: [Path, Node][] = []): [Path, Node][] {
  if (isMap(node) && node.items.length > 0) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof key === 'string' || typeof key === 'number') leaves(pair.value, [...path, key], out);
    }
  } else if (node && (isScalar(node) || isSeq(node) || isMap(node))) {
    out.push([path, node]);
  }
  return out;
}

const plain = (node: unknown): unknown =>
  node && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node;

/** The user's document, when it is one readable map (else the writer's fresh file stands). */
function userDocument(text: string): Document.Parsed | null {
  const stream = parseStream(text, { forEdit: true });
  const first = stream.documents[0];
  if (stream.refused || stream.documents.length !== 1 || !first || first.hasErrors) return null;
  return isMap(first.doc.contents) ? first.doc : null;
}

function written(v: WizardValues): Document {
  return helmValuesDocument(v, chartForMilvus(v.milvusVersion).chart);
}

/** The user's values with the form's settings applied; a fresh file when the text is no values map. */
export function mergeHelmValues(v: WizardValues, userText: string): string {
  const fresh = written(v);
  const doc = userDocument(userText);
  if (!doc) return fresh.toString({ lineWidth: 0 });
  for (const [path, node] of leaves(fresh.contents)) {
    if (JSON.stringify(plain(doc.getIn(path, true))) === JSON.stringify(plain(node))) continue;
    // A block scalar (extraConfigFiles' user.yaml) stays a block scalar.
    doc.setIn(
      path,
      isScalar(node) ? Object.assign(new Scalar(node.value), { type: node.type }) : plain(node),
    );
  }
  return doc.toString({ lineWidth: 0 });
}

/** The keys of the user's values the form does not set (dotted paths): kept as written. */
export function keptKeys(v: WizardValues, userText: string): string[] {
  const doc = userDocument(userText);
  if (!doc) return [];
  const set = new Set(leaves(written(v).contents).map(([p]) => p.join('.')));
  return leaves(doc.contents)
    .map(([p]) => p.join('.'))
    .filter((k) => !set.has(k));
}
