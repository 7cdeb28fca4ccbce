import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { milvus } from '../operator/checker/testing.ts';
import { formatGithub } from './github.ts';
import { BROKEN, CLEAN, checkRun } from './testing.ts';

describe('github output', () => {
  it('writes one workflow command per finding, on its file, line and column, titled with the code', () => {
    const lines = formatGithub(checkRun({ 'clean.yaml': CLEAN, 'k8s/broken.yaml': BROKEN }))
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^::error file=k8s\/broken\.yaml,line=10,col=20,endLine=10,endColumn=27,title=unsupported-storage::msgStreamType is rocksmq in cluster mode /,
    );
    expect(lines[1]).toMatch(
      /^::notice file=k8s\/broken\.yaml,line=10,col=20,.*title=no-persistence::.*%0AFix: Enable rocksmq persistence \(a PVC\)$/,
    );
    expect(lines[2]).toMatch(
      /^::warning file=k8s\/broken\.yaml,line=11,col=5,.*title=ignored-storage-block::/,
    );
    expect(lines[3]).toBe('1 error, 1 warning, 1 info in 2 files (2 Milvus resources).');
  });

  it('names a file it could not read', () => {
    const out = formatGithub(checkRun({}, [{ file: 'gone.yaml', reason: 'no such file' }]));
    expect(out).toContain('::error title=milvus-mq::Cannot read gone.yaml: no such file.\n');
  });

  it('escapes file names and messages, so no text can start a command of its own', () => {
    const out = formatGithub(checkRun({ 'a,b:c%.yaml': BROKEN }));
    expect(out).toContain('file=a%2Cb%3Ac%25.yaml,line=10');
    fc.assert(
      fc.property(fc.string(), fc.string(), (file, key) => {
        // The user's own key is quoted in pruned-field messages.
        const text = milvus(`dependencies:\n  ${JSON.stringify(key)}: 1\n`);
        const lines = formatGithub(checkRun({ [file]: text }))
          .trimEnd()
          .split('\n');
        for (const line of lines.slice(0, -1))
          expect(line).toMatch(/^::(error|warning|notice) file=[^,:]*,line=\d+,col=\d+,/);
        expect(lines.at(-1)).toMatch(/ in 1 file /);
      }),
      { numRuns: 100 },
    );
  });
});
