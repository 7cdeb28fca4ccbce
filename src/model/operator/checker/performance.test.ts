// The check is linear in its input: 4 times the keys cost about 4 times the time, never the 16
// times of a quadratic step. Compares two sizes within one run (CPU time, least of five runs, each
// size warmed up first so the heap has grown to it), so a busy machine slows both alike; no absolute
// time is asserted.
import { describe, expect, it } from 'vitest';
import { checkManifest } from './runner.ts';

const HEAD = 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: large\nspec:\n  config:\n';
const lines = (n: number, line: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => line(i)).join('');

const SHAPES: [string, (n: number) => string][] = [
  ['a flat map', (n) => HEAD + lines(n, (i) => `    key${i}: value-${i}\n`)],
  ['a one-line flow map', (n) => `${HEAD}    wide: {${lines(n, (i) => `k${i}: ${i}, `)}end: 0}\n`],
  [
    'nested maps',
    (n) => HEAD + lines(n / 4, (i) => `    s${i}:\n      a: 1\n      list: [x, "y"] # c\n      m: {k: v}\n`),
  ],
  ['anchors and aliases', (n) => HEAD + lines(n / 2, (i) => `    a${i}: &x${i} v${i}\n    b${i}: *x${i}\n`)],
  [
    'many documents',
    (n) => `${HEAD}    a: 1\n` + lines(n / 4, (i) => `---\nkind: ConfigMap\nmetadata: {name: c${i}}\n`),
  ],
  ['a one-line flow sequence', (n) => `${HEAD}    list: [${'1, '.repeat(n)}1]\n`],
  ['empty documents', (n) => `${HEAD}    a: 1\n${'---\n'.repeat(n)}`],
  ['a syntax error at the end', (n) => HEAD + lines(n, (i) => `    key${i}: value-${i}\n`) + '  bad: [\n'],
];

function cpu(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return best;
}

describe('the check scales linearly', () => {
  for (const [name, make] of SHAPES) {
    it(`on ${name}: 4n keys cost under 6 times n keys`, { timeout: 120_000 }, () => {
      const small = make(10_000);
      const large = make(40_000);
      checkManifest(small); // warm up, and let the heap grow to the larger input
      checkManifest(large);
      // A pause of the collector can land in any one measurement: the ratio is measured up to three
      // times and the least kept. A quadratic step stays near 16 every time.
      let ratio = Number.POSITIVE_INFINITY;
      for (let attempt = 0; attempt < 3 && ratio >= 6; attempt++) {
        ratio = Math.min(ratio, cpu(() => checkManifest(large)) / cpu(() => checkManifest(small)));
      }
      expect(ratio).toBeLessThan(6);
    });
  }
});
