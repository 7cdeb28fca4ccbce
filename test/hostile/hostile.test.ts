/**
 * The hostile-input corpus (see make-corpus.mjs): every case gets at least one diagnostic with a
 * location, and neither the checker nor the wizard's importer throws. The per-test timeout is the
 * time bound: a case that hangs fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkManifest } from '../../src/model/checker/index.ts';
import { importManifest } from '../../src/model/import.ts';

const dir = join(import.meta.dirname, 'cases');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

function expectLocatedDiagnostics(text: string): void {
  const result = checkManifest(text);
  expect(result.diagnostics.length).toBeGreaterThan(0);
  for (const d of result.diagnostics) {
    expect(d.message.length).toBeGreaterThan(10);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(['error', 'warning', 'info']).toContain(d.severity);
  }
}

describe('hostile inputs', () => {
  it('the corpus holds at least 100 cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
  });

  for (const file of files) {
    it(`${file}: located diagnostics, no crash`, { timeout: 10_000 }, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      expectLocatedDiagnostics(text);
      expect(() => importManifest(text)).not.toThrow();
    });
  }

  it('a 10 MB input is refused with a clear diagnostic', { timeout: 20_000 }, () => {
    const line = '    key: value-with-some-length-to-fill-the-file\n';
    const text = `apiVersion: milvus.io/v1beta1\nkind: Milvus\nspec:\n  config:\n${line.repeat(Math.ceil(10_500_000 / line.length))}`;
    const result = checkManifest(text);
    expect(result.diagnostics[0]?.message).toMatch(/MB|large|size/i);
    expect(importManifest(text).ok).toBe(false);
  });
});
