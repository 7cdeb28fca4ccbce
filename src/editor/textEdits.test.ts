import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalReplacement } from '../model/editing/textDiff.ts';
import { offsetOfPosition } from './textEdits.ts';

const apply = (before: string, r: { start: number; end: number; text: string }) =>
  before.slice(0, r.start) + r.text + before.slice(r.end);

describe('minimalReplacement', () => {
  it('replaces only the changed value, leaving the lines around it alone', () => {
    const before = 'spec:\n  dependencies:\n    msgStreamType: rocksmq\n  mode: standalone\n';
    const after = 'spec:\n  dependencies:\n    msgStreamType: woodpecker\n  mode: standalone\n';
    const r = minimalReplacement(before, after);
    expect(before.slice(0, r.start)).toBe('spec:\n  dependencies:\n    msgStreamType: ');
    expect(r.text).toBe('woodpecker');
    expect(before.slice(r.start, r.end)).toBe('rocksmq');
  });

  it('is empty when nothing changed', () => {
    expect(minimalReplacement('a: 1\n', 'a: 1\n')).toEqual({ start: 5, end: 5, text: '' });
  });

  it('does not cut an emoji (surrogate pair) in half', () => {
    const r = minimalReplacement('x: 😀', 'x: 😃');
    expect(r.text).toBe('😃');
    expect(r.start).toBe(3);
  });

  it('always turns the old text into the new one', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n', ' ', ':', '😀', '\r') });
    fc.assert(
      fc.property(text, text, (before, after) => {
        const r = minimalReplacement(before, after);
        expect(apply(before, r)).toBe(after);
        expect(r.start).toBeLessThanOrEqual(r.end);
      }),
    );
  });
});

describe('offsetOfPosition', () => {
  const text = 'kind: Milvus\nspec:\n  mode: cluster\n';

  it('finds a 1-based line and column', () => {
    expect(text.slice(offsetOfPosition(text, 3, 3))).toBe('mode: cluster\n');
  });

  it('clamps a column past the end of the line to the line end', () => {
    expect(offsetOfPosition(text, 2, 99)).toBe('kind: Milvus\nspec:'.length);
  });

  it('clamps a line past the end to the last line', () => {
    expect(offsetOfPosition(text, 50, 1)).toBe(text.length);
  });

  it('counts CRLF as one line break', () => {
    expect(offsetOfPosition('a\r\nbc', 2, 2)).toBe(4);
  });
});
