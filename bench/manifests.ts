/** Large but realistic manifests for the checker benchmark. */

const HEAD = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: my-release
spec:
  mode: cluster
  components:
    image: milvusdb/milvus:v2.5.16
  dependencies:
    msgStreamType: pulsar
    pulsar:
      inCluster:
        chartVersion: pulsar-v3
        values:
          bookkeeper:
            resoureces:
              limit: {cpu: "4"}
  config:
`;

/** A manifest whose free-form `spec.config` grows to about `bytes` bytes. */
export function manifestOfSize(bytes: number): string {
  const parts = [HEAD];
  let size = HEAD.length;
  for (let i = 0; size < bytes; i += 1) {
    const block = `    section${i}:\n      enabled: true\n      name: "component-${i}"\n      limits: {cpu: "${i % 8}", memory: ${i % 64}Gi}\n      items: [a${i}, b${i}, c${i}]\n`;
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}

/** A manifest of exactly `lines` lines. */
export function manifestOfLines(lines: number): string {
  const head = HEAD.split('\n').slice(0, -1);
  const body = Array.from({ length: lines - head.length }, (_, i) => `    key${i}: value-${i}`);
  return [...head, ...body].join('\n') + '\n';
}
