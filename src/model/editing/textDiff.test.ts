import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyReplacements, lineReplacements } from './textDiff.ts';

describe('lineReplacements', () => {
  it('gives one small edit per changed place, leaving the lines between alone', () => {
    const before = 'a:\n  resoureces: 1\nb: 2\nc: 3\nd: 4\n';
    const after = 'a:\n  resources: 1\nb: 2\nc: 3\nd: 4\ne: 5\n';
    const edits = lineReplacements(before, after);
    expect(edits).toEqual([
      { start: 11, end: 12, text: '' },
      { start: before.length, end: before.length, text: 'e: 5\n' },
    ]);
    expect(applyReplacements(before, edits)).toBe(after);
  });

  it('is empty when nothing changed', () => {
    expect(lineReplacements('a: 1\n', 'a: 1\n')).toEqual([]);
  });

  it('always turns the old text into the new one, with edits in order that never overlap', () => {
    const text = fc
      .array(fc.constantFrom('a: 1\n', 'b: 2\n', '# c\n', '  - x\n', '\n', 'z', '😀\n', '\r\n'), {
        maxLength: 30,
      })
      .map((lines) => lines.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = lineReplacements(before, after);
        for (let i = 1; i < edits.length; i++)
          expect(edits[i]!.start).toBeGreaterThanOrEqual(edits[i - 1]!.end);
        expect(applyReplacements(before, edits)).toBe(after);
      }),
      { numRuns: 500 },
    );
  });
});
