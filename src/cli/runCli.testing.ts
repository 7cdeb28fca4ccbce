/** The command line as a user runs it, for the CLI's tests: node bin/milvus-mq.mjs with its exit code and output. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'milvus-mq.mjs');
export const TIMEOUT = 60_000;

export function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: TIMEOUT,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
