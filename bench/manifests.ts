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

/**
 * A Helm values file of about `bytes` bytes: the chart's message-storage keys, then many component
 * maps such as a large values file holds.
 */
export function valuesOfBytes(bytes: number): string {
  const head =
    'cluster:\n  enabled: true\npulsarv3:\n  enabled: false\nkafka:\n  enabled: true\nextraConfigFiles:\n  user.yaml: |+\n    kafka:\n      readTimeout: 10\n';
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const block = `component${i}:\n  replicas: ${i % 5}\n  resources:\n    limits:\n      cpu: "${i % 8}"\n      memory: ${i % 16}Gi\n  nodeSelector:\n    zone: "z-${i}" # a comment\n  extraEnv:\n    - name: A${i}\n      value: "${'x'.repeat(i % 20)}"\n`;
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}
