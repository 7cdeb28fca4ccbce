import { describe, expect, it } from 'vitest';
import { formatText } from './text.ts';
import { BROKEN, CLEAN, checkRun } from './testing.ts';

describe('text output', () => {
  it('prints one compiler-style line per finding, the fix under it, and a summary', () => {
    const lines = formatText(checkRun({ 'clean.yaml': CLEAN, 'broken.yaml': BROKEN }))
      .trimEnd()
      .split('\n');
    expect(lines[0]).toMatch(/^broken\.yaml:10:20 error unsupported-storage /);
    expect(lines).toContain('    fix: Enable rocksmq persistence (a PVC)');
    expect(lines.at(-1)).toBe('1 error, 1 warning, 1 info in 2 files (2 Milvus resources).');
  });

  it('says so when there is nothing to report, and counts files that could not be read', () => {
    expect(formatText(checkRun({ 'clean.yaml': CLEAN }))).toBe(
      'No problems found in 1 file (1 Milvus resource).\n',
    );
    expect(
      formatText(checkRun({ 'clean.yaml': CLEAN }, [{ file: 'gone.yaml', reason: 'no such file' }])),
    ).toBe('Checked 1 file (1 Milvus resource); 1 file could not be read.\n');
  });
});
