/** The three shapes of the parse benchmark, each grown to about `bytes` bytes. */

const HEAD = 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: my-release\nspec:\n  mode: cluster\n  config:\n';

function grow(head: string, bytes: number, block: (i: number) => string): string {
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i += 1) {
    const b = block(i);
    parts.push(b);
    size += b.length;
  }
  return parts.join('');
}

/** One wide map under spec.config: one key per line. */
export const flatMap = (bytes: number) => grow(HEAD, bytes, (i) => `    key${i}: value-${i}\n`);

/** Nested maps and lists, with comments, quotes and flow collections. */
export const nestedMaps = (bytes: number) =>
  grow(HEAD, bytes, (i) =>
    `    section${i}:\n      enabled: true\n      name: "component-${i}" # why\n      limits: {cpu: "${i % 8}", memory: ${i % 64}Gi}\n      items:\n        - a${i}\n        - b${i}\n`,
  );

/** Many small documents: a Milvus resource, then ConfigMaps. */
export const manyDocuments = (bytes: number) =>
  grow(`${HEAD}    a: b\n`, bytes, (i) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  key: "value ${i}"\n`);

export const SHAPES = [
  ['flat map', flatMap],
  ['nested maps', nestedMaps],
  ['many documents', manyDocuments],
] as const;
