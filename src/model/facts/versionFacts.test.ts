// The operator's default Milvus and the wizard's default minor are facts of versions.ts: a message
// or a fallback that writes them again goes stale the day the operator moves on.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MINOR, OPERATOR_DEFAULT_MILVUS, STREAMING_SINCE } from './versions.ts';

const SRC = fileURLToPath(new URL('../..', import.meta.url));
const HOME = 'model/facts/versions.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Lines of code, not of comments: a comment may name a version as an example. */
function codeLines(path: string): { at: string; text: string }[] {
  const file = relative(SRC, path);
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((text, i) => ({ at: `${file}:${i + 1}`, text }))
    .filter(({ text }) => !/^\s*(\/\/|\/?\*)/.test(text));
}

// Generated data (the chart's versions) quotes each release's appVersion as its source wrote it.
const code = sources(SRC)
  .filter((path) => relative(SRC, path) !== HOME && !path.endsWith('.generated.ts'))
  .flatMap(codeLines);

describe('version facts live in versions.ts', () => {
  it('no code outside it writes the Milvus of the operator default image', () => {
    expect(code.filter(({ text }) => text.includes(OPERATOR_DEFAULT_MILVUS)).map((l) => l.at)).toEqual([]);
  });

  it('no code outside it writes the default minor or the streaming minor as a quoted literal', () => {
    const quoted = [...new Set([DEFAULT_MINOR, STREAMING_SINCE])].map(
      (minor) => new RegExp(`['"\`]${minor.replace('.', '\\.')}['"\`]`),
    );
    expect(code.filter(({ text }) => quoted.some((re) => re.test(text))).map((l) => l.at)).toEqual([]);
  });
});
