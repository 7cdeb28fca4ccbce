/**
 * `npm run bench`: prints every performance figure the README quotes. Measures; asserts nothing.
 * Needs a build (`npm run build`) and Chromium (as the end-to-end tests do).
 *
 *   1. Initial load: the JS + CSS dist/index.html loads before any interaction (gzip), every chunk.
 *   2. Checker: a 1 MB and a 10,000-line manifest, as a multiple of `yaml.parseDocument` on the
 *      same text in the same run; the CLI's wall time for 100 files.
 *   3. In Chromium: form change -> preview updated (p50/p95 over 200 changes), and the longest main
 *      thread task while typing in a 5,000-line manifest on the check page.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import { checkManifest } from '../src/model/checker/index.ts';
import { generateYaml } from '../src/model/generate.ts';
import { allowedCombinations, valuesFor } from '../src/model/testing/valuesArbitrary.ts';
import { manifestOfLines, manifestOfSize } from './manifests.ts';
import { allChunks, initialLoad } from './sizes.ts';
import { measureInBrowser } from './browser.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
// KiB (1024 bytes), the unit the budget is read in; kB (1000) is printed beside the totals.
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${n.toFixed(2)} ms`;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function timeIt(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

function section(title: string): void {
  console.log(`\n## ${title}`);
}

function sizes(): void {
  section('Initial load (gzip; budget 150 KB in either unit)');
  const { entry, total } = initialLoad(dist);
  for (const c of entry) console.log(`  entry  ${c.file.padEnd(48)} ${kb(c.gzip).padStart(10)}  (${kb(c.bytes)} raw)`);
  console.log(`  total before interaction: ${kb(total)} (${(total / 1000).toFixed(1)} kB)`);
  console.log('  all chunks (gzip):');
  for (const c of allChunks(dist)) console.log(`    ${c.file.padEnd(50)} ${kb(c.gzip).padStart(10)}`);
}

function checker(): void {
  section('Checker vs yaml.parseDocument (median; aim: at most 2x)');
  for (const [label, text, runs] of [
    ['1 MB manifest', manifestOfSize(1024 * 1024), 5],
    ['10,000-line manifest', manifestOfLines(10_000), 9],
  ] as const) {
    checkManifest(text); // warm up the JIT on the same input
    const parse = timeIt(() => parseDocument(text), runs);
    const check = timeIt(() => checkManifest(text), runs);
    console.log(
      `  ${label.padEnd(22)} parse ${ms(parse).padStart(11)}  check ${ms(check).padStart(11)}  ratio ${(check / parse).toFixed(2)}x`,
    );
  }
}

async function cli(): Promise<void> {
  section('CLI: check 100 files in one run');
  const dir = mkdtempSync(join(tmpdir(), 'milvus-mq-bench-'));
  const combos = allowedCombinations();
  const files = Array.from({ length: 100 }, (_, i) => {
    const file = join(dir, `m${i}.yaml`);
    writeFileSync(file, generateYaml(valuesFor(combos[i % combos.length]!)));
    return file;
  });
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'milvus-mq.mjs'), 'check', '--format', 'json', ...files], {
      stdio: 'ignore',
    });
    child.on('exit', () => resolve());
  });
  console.log(`  wall time (node start included): ${ms(performance.now() - t0)}`);
}

async function main(): Promise<void> {
  try {
    execFileSync('test', ['-f', join(dist, 'index.html')]);
  } catch {
    console.error('No dist/index.html: run `npm run build` first.');
    process.exit(2);
  }
  sizes();
  checker();
  await cli();
  section('In Chromium');
  const browser = await measureInBrowser(dist);
  console.log(
    `  form change -> preview updated over ${browser.previewSamples} changes: p50 ${ms(browser.previewP50)}, p95 ${ms(browser.previewP95)} (budget 16 ms)`,
  );
  console.log(
    `  typing 40 characters in a 5,000-line manifest: main-thread tasks over 50 ms: ${browser.longTasksOver50}${browser.longTasksOver50 > 0 ? `, longest ${ms(browser.longestTask)}` : ''} (budget: none)`,
  );
  const { monacoRequestedAt: monaco, firstPaintAt: paint } = browser;
  console.log(
    monaco === null || paint === null
      ? '  first paint or the Monaco request was not seen'
      : `  first contentful paint at ${ms(paint)}; Monaco first requested at ${ms(monaco)} (${monaco > paint ? 'after' : 'BEFORE'} first paint)`,
  );
}

await main();
