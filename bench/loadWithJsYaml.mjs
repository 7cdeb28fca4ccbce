// The other side of the whole-process comparison in `npm run bench`: a Node process that reads a
// file and loads it with js-yaml's loadAll, as `milvus-mq check` reads and checks it.
import { readFileSync } from 'node:fs';
import { loadAll } from 'js-yaml';

for (const file of process.argv.slice(2)) loadAll(readFileSync(file, 'utf8'));
