/** A `check` run over in-memory files, for the format tests: the real checker, no file system. */
import { checkManifest } from '../operator/checker/index.ts';
import { milvus } from '../operator/checker/testing.ts';
import type { CheckRun, UnreadableFile } from './types.ts';

export function checkRun(files: Record<string, string>, unreadable: UnreadableFile[] = []): CheckRun {
  return {
    reports: Object.entries(files).map(([file, text]) => {
      const result = checkManifest(text);
      return { file, diagnostics: result.diagnostics, milvusResources: result.milvusResources };
    }),
    unreadable,
  };
}

/** A standalone Milvus on an external Pulsar: nothing to report. */
export const CLEAN = milvus(`
  components:
    image: milvusdb/milvus:v2.5.16
  dependencies:
    msgStreamType: pulsar
    pulsar:
      external: true
      endpoint: p.mq:6650
`);

/**
 * A cluster on RocksMQ (an error, line 10), without persistence (an info with a fix, line 10), and
 * with a Pulsar block the operator ignores (a warning, line 11).
 */
export const BROKEN = milvus(`
  mode: cluster
  components:
    image: milvusdb/milvus:v2.5.16
  dependencies:
    msgStreamType: rocksmq
    pulsar:
      external: true
      endpoint: pulsar://p.mq:6650
`);
