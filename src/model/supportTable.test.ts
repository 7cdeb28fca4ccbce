import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportMarkdown, supportTableRows } from './supportTable.ts';

describe('the support table', () => {
  it('has a row for each mode and storage and a cell for each version', () => {
    const rows = supportTableRows();
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.cells.length === 4)).toBe(true);
    const clusterRocks = rows.find((r) => r.mode === 'cluster' && r.mq === 'rocksmq');
    expect(clusterRocks?.cells.every((c) => c.status === 'unsupported' && /fails at start/.test(c.reason))).toBe(true);
  });

  it("says each row's reason once: Woodpecker before 2.6 is one sentence, not one per version", () => {
    for (const row of supportTableRows()) {
      expect(new Set(row.reasons).size).toBe(row.reasons.length);
      expect(row.reasons).not.toContain('');
    }
    const woodpecker = supportTableRows().find((r) => r.mode === 'standalone' && r.mq === 'woodpecker');
    expect(woodpecker?.reasons).toEqual(['Woodpecker arrived in Milvus 2.6; earlier versions do not have it.']);
  });

  it('is the table the README shows', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const start = readme.indexOf('<!-- support-matrix:start -->');
    const end = readme.indexOf('<!-- support-matrix:end -->');
    expect(start).toBeGreaterThan(-1);
    const inReadme = readme.slice(start + '<!-- support-matrix:start -->'.length, end).trim();
    expect(inReadme).toBe(supportMarkdown());
  });
});
