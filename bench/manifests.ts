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

/** A manifest of exactly `lines` lines. */
export function manifestOfLines(lines: number): string {
  const head = HEAD.split('\n').slice(0, -1);
  const body = Array.from({ length: lines - head.length }, (_, i) => `    key${i}: value-${i}`);
  return [...head, ...body].join('\n') + '\n';
}
