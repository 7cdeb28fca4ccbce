#!/usr/bin/env node
// The milvus-mq command. It runs the bundle that `npm run build` writes (dist/cli/milvus-mq.mjs);
// in a clone without a build it runs the TypeScript sources through tsx (a dev dependency).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/milvus-mq.mjs', import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/entry.ts');
}
