/** The entry of the bundled command (dist/cli/milvus-mq.mjs) and of bin/milvus-mq.mjs's fallback. */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
