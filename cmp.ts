import { readFileSync } from 'node:fs';
import { Composer, Parser } from 'yaml';
import { fastCompose } from './src/model/yaml/fastCompose.ts';
import { treeRows } from './src/model/yaml/compareTrees.ts';
const opts = { prettyErrors: false, uniqueKeys: false, strict: true, merge: true, logLevel: 'error' } as const;
const text = readFileSync(process.argv[2]!, 'utf8');
const slow = Array.from(new Composer(opts).compose(new Parser().parse(text)));
const fast = fastCompose(text, opts);
if (!fast) { console.log('fast: null; slow errors', slow.map(d=>d.errors.map(e=>e.message))); process.exit(0); }
console.log('docs', fast.length, slow.length);
slow.forEach((d, i) => {
  const a = treeRows(d), b = fast[i] ? treeRows(fast[i]!.doc) : [];
  const n = Math.max(a.length, b.length);
  for (let k = 0; k < n; k++) { const x = JSON.stringify(a[k]), y = JSON.stringify(b[k]); if (x !== y) console.log('doc', i, '\n yaml', x, '\n fast', y); }
  console.log('doc range', d.range, fast[i]?.doc.range);
});
