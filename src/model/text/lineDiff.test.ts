import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseUnchanged, lineDiff } from './lineDiff.ts';

/** The new text rebuilt from a full-context diff: same and added lines. */
const rebuilt = (before: string, after: string) =>
  lineDiff(before, after, Number.MAX_SAFE_INTEGER)
    .filter((l) => l.kind !== 'removed')
    .map((l) => l.text)
    .join('\n');

describe('lineDiff', () => {
  it('shows a removed line with two lines of context on each side', () => {
    const before = 'a\nb\nc\nsaslPassword: x\nd\ne\nf';
    const after = 'a\nb\nc\nd\ne\nf';
    expect(lineDiff(before, after)).toEqual([
      { kind: 'same', text: 'b', line: 2 },
      { kind: 'same', text: 'c', line: 3 },
      { kind: 'removed', text: 'saslPassword: x', line: 4 },
      { kind: 'same', text: 'd', line: 5 },
      { kind: 'same', text: 'e', line: 6 },
    ]);
  });

  it('is empty for equal texts', () => {
    expect(lineDiff('a\nb', 'a\nb')).toEqual([]);
  });

  it('rebuilds both texts from a full-context diff', () => {
    const lines = fc
      .array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 12 })
      .map((l) => l.join('\n'));
    fc.assert(
      fc.property(lines, lines, (before, after) => {
        fc.pre(before !== after);
        expect(rebuilt(before, after)).toBe(after);
        const old = lineDiff(before, after, Number.MAX_SAFE_INTEGER)
          .filter((l) => l.kind !== 'added')
          .map((l) => l.text)
          .join('\n');
        expect(old).toBe(before);
      }),
    );
  });
});

describe('collapseUnchanged', () => {
  const same = (n: number, from = 1) =>
    Array.from({ length: n }, (_, i) => ({ kind: 'same' as const, text: `s${from + i}`, line: from + i }));
  it('keeps a few unchanged lines around each change and counts the rest', () => {
    const lines = [...same(10), { kind: 'added' as const, text: 'new', line: 11 }, ...same(10, 11)];
    const out = collapseUnchanged(lines, 2);
    expect(out.map((l) => (l.kind === 'skipped' ? `…${l.count}` : l.text))).toEqual([
      '…8',
      's9',
      's10',
      'new',
      's11',
      's12',
      '…8',
    ]);
  });
  it('leaves a short run whole: a mark would hide as much as it saves', () => {
    const lines = [
      { kind: 'removed' as const, text: 'old', line: 1 },
      ...same(5, 2),
      { kind: 'added' as const, text: 'x', line: 7 },
    ];
    expect(collapseUnchanged(lines, 2)).toEqual(lines);
  });
});
