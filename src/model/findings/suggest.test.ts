import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './suggest.ts';

describe('did you mean', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit', () => {
    expect(editDistance('resoureces', 'resources')).toBe(1);
    expect(editDistance('limit', 'limits')).toBe(1);
    expect(editDistance('extrenal', 'external')).toBe(1);
    expect(editDistance('brokers', 'brokerList')).toBe(3);
  });

  it('suggests the one close known name, case-insensitively', () => {
    expect(closestName('resoureces', ['requests', 'resources', 'replicaCount'])).toBe('resources');
    expect(closestName('MsgStreamType', ['msgStreamType', 'pulsar'])).toBe('msgStreamType');
    expect(closestName('limit', ['requests', 'limits'])).toBe('limits');
  });

  it('suggests nothing when nothing is close, when two names tie, or for very short names', () => {
    expect(closestName('zookeeper', ['pulsar', 'kafka'])).toBeNull();
    expect(closestName('abcd', ['abce', 'abcf'])).toBeNull();
    expect(closestName('cpu', ['gpu'])).toBeNull();
  });

  it('skips no name that is within the budget (the character-mask shortcut changes no answer)', () => {
    // The plain definition: every known name's distance, computed in full.
    const reference = (name: string, known: string[]): string | null => {
      if (name.length > 100) return null;
      const lower = name.toLowerCase();
      const sameCase = known.filter((k) => k.length === name.length && k.toLowerCase() === lower);
      if (sameCase.length === 1) return sameCase[0]!;
      const budget = name.length <= 3 ? 0 : name.length <= 5 ? 1 : 2;
      if (budget === 0) return null;
      const close = known
        .map((k) => ({ k, d: editDistance(lower, k.toLowerCase()) }))
        .filter(({ k, d }) => Math.abs(k.length - name.length) <= budget && d <= budget);
      const least = Math.min(...close.map(({ d }) => d));
      const best = close.filter(({ d }) => d === least);
      return best.length === 1 ? best[0]!.k : null;
    };
    // A small alphabet, so that many known names are near misses of the name.
    const word = fc.string({ unit: fc.constantFrom(...'abcAB_é'), minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 12 }), (name, known) => {
        expect(closestName(name, known)).toBe(reference(name, known));
        expect(closestName(name, known)).toBe(reference(name, known)); // prepared list reused
      }),
      { numRuns: 2000 },
    );
  });
});
