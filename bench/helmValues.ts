/**
 * `npx tsx bench/helmValues.ts`: `checkHelm` on a Helm values file (the chart's message-storage
 * keys, then many component maps such as a large values file holds) against js-yaml's `load` of the
 * same text, in one process, medians of runs taken in turn. Target: within 3x, as for manifests.
 * Measures; asserts nothing. Each call reads its text afresh (no parse is shared outside
 * model/yaml/sharedParse.ts's sharingParses), as js-yaml does. In `npm run bench`, or alone.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { checkHelm } from '../src/model/helm/check.ts';
import { valuesOfBytes } from './manifests.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** checkHelm against js-yaml's load at 1 KB, 100 KB and 1 MB, one line each. */
export function measureHelmValues(): void {
  for (const bytes of [1024, 100 * 1024, 1024 * 1024]) {
    const text = valuesOfBytes(bytes);
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
      `  values ${(text.length / 1024).toFixed(0)} KB: checkHelm ${a.toFixed(2)} ms, js-yaml load ${b.toFixed(2)} ms, ${(a / b).toFixed(1)}x`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('## Helm check vs js-yaml load (medians, same text, same run; target: at most 3x)');
  measureHelmValues();
}
