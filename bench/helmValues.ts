/**
 * `npx tsx bench/helmValues.ts`: `checkHelm` on a Helm values file (the chart's message-storage
 * keys, then many component maps such as a large values file holds) against js-yaml's `load` of the
 * same text, in one process, medians of runs taken in turn. Target: within 3x, as for manifests.
 * Measures; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { load } from 'js-yaml';
import { checkHelm } from '../src/model/helm/check.ts';

function valuesText(bytes: number): string {
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const bytes of [1024, 100 * 1024, 1024 * 1024]) {
  const text = valuesText(bytes);
  const ours: number[] = [];
  const theirs: number[] = [];
  const runs = bytes < 10_000 ? 41 : 7;
  for (let i = 0; i < (bytes < 10_000 ? 20 : 1); i++) {
    checkHelm([{ kind: 'file', name: 'v.yaml', text }]);
    load(text);
  }
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    checkHelm([{ kind: 'file', name: 'v.yaml', text }]);
    ours.push(performance.now() - t);
    t = performance.now();
    load(text);
    theirs.push(performance.now() - t);
  }
  const a = median(ours);
  const b = median(theirs);
  console.log(
    `values ${(text.length / 1024).toFixed(0)} KB: checkHelm ${a.toFixed(2)} ms, js-yaml load ${b.toFixed(2)} ms, ${(a / b).toFixed(1)}x`,
  );
}
