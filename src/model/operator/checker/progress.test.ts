// A long check reports how far it has got (the check page's progress bar): shares that only grow,
// from the parse through the rules, and the same result as a check without a listener.
import { describe, expect, it } from 'vitest';
import { checkManifest } from './runner.ts';

const HEAD = 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: big\nspec:\n  config:\n';
const lines = (n: number, line: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => line(i)).join('');

function reports(text: string): { shares: number[]; sameResult: boolean } {
  const shares: number[] = [];
  const result = checkManifest(text, { onProgress: (done) => shares.push(done) });
  return { shares, sameResult: JSON.stringify(result) === JSON.stringify(checkManifest(text)) };
}

describe('check progress', () => {
  it.each([
    ['a wide map', HEAD + lines(40_000, (i) => `    key${i}: value-${i}\n`)],
    ['many documents', HEAD + lines(5_000, (i) => `---\nkind: ConfigMap\nmetadata: {name: c${i}}\n`)],
    ['a short manifest', `${HEAD}    a: 1\n`],
    ['a syntax error', `${HEAD}  bad: [\n`],
  ])('on %s: shares between 0 and 1 that never go back, and the same result', (_name, text) => {
    const { shares, sameResult } = reports(text);
    expect(sameResult).toBe(true);
    expect(shares.length).toBeGreaterThan(0);
    for (const [i, share] of shares.entries()) {
      expect(share).toBeGreaterThanOrEqual(i === 0 ? 0 : shares[i - 1]!);
      expect(share).toBeLessThanOrEqual(1);
    }
  });

  it('reports during the parse and during the rules of a large input, not only at the end', () => {
    const { shares } = reports(HEAD + lines(40_000, (i) => `    key${i}: value-${i}\n`));
    expect(shares.some((share) => share > 0 && share < 0.65)).toBe(true);
    expect(shares.some((share) => share > 0.65 && share < 1)).toBe(true);
  });
});
