import { describe, expect, it } from 'vitest';
import { formatJson } from './json.ts';
import { BROKEN, CLEAN, checkRun } from './testing.ts';

describe('json output', () => {
  it('lists every file with its diagnostics: severity, code, message, path, position and fix', () => {
    const json = JSON.parse(formatJson(checkRun({ 'clean.yaml': CLEAN, 'broken.yaml': BROKEN }))) as {
      files: { file: string; diagnostics: Record<string, unknown>[] }[];
    };
    expect(json.files.map((f) => [f.file, f.diagnostics.length])).toEqual([
      ['clean.yaml', 0],
      ['broken.yaml', 3],
    ]);
    expect(json.files[1]!.diagnostics[0]).toEqual({
      severity: 'error',
      code: 'unsupported-storage',
      message: expect.stringContaining('cluster'),
      path: 'spec.dependencies.msgStreamType',
      line: 10,
      column: 20,
    });
    expect(json.files[1]!.diagnostics[1]).toMatchObject({ code: 'no-persistence', fix: { safe: false } });
  });
});
