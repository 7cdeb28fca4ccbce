#!/usr/bin/env node
// Bundles the command line into dist/cli/ (part of `npm run build`): plain JavaScript for Node, so
// `milvus-mq` runs without tsx transpiling the sources on every call. Each command is its own
// chunk, loaded only when it runs (`--help` loads neither the checker nor the YAML library).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;
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
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
console.log(`CLI bundled into ${outdir}/milvus-mq.mjs`);
