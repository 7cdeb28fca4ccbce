#!/usr/bin/env node
// Bundles the command line into dist/cli/ (part of `npm run build`): plain JavaScript for Node, so
// `milvus-mq` runs without tsx transpiling the sources on every call. Each command is its own
// chunk, loaded only when it runs (`--help` loads neither the checker nor the YAML library).
import { build } from 'esbuild';
import { copyFileSync, rmSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// `--outdir DIR` bundles elsewhere (the bundle's test, when there is no build, so that no other
// process ever sees a half-written dist/cli/).
const outdirAt = process.argv.indexOf('--outdir');
const outdir = outdirAt > 0 && process.argv[outdirAt + 1] ? process.argv[outdirAt + 1] : `${root}dist/cli`;
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { 'milvus-mq': 'src/cli/entry.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  legalComments: 'linked',
  // yaml's ES module build (the one the page uses) rather than its CommonJS one: bundled CommonJS
  // reaches every export through a getter, and the checker makes millions of such reads.
  alias: { yaml: `${root}node_modules/yaml/browser/index.js` },
  // CommonJS dependencies call require(): give the ES module chunks one.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
});
// The table of diagnostic codes, shipped beside the bundle: the language server links each
// diagnostic to its entry there (src/cli/lsp/codesLink.ts finds it from the bundle's place).
copyFileSync(`${root}src/model/findings/CODES.md`, `${outdir}/CODES.md`);
console.log(`CLI bundled into ${outdir}/milvus-mq.mjs`);
