import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportMarkdown, supportTableRows } from './supportTable.ts';

describe('the support table', () => {
  it('has a row for each mode and storage and a cell for each version', () => {
    const rows = supportTableRows();
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.cells.length === 5)).toBe(true);
    const clusterRocks = rows.find((r) => r.mode === 'cluster' && r.mq === 'rocksmq');
    expect(
      clusterRocks?.cells.every((c) => c.status === 'unsupported' && /fails at start/.test(c.reason)),
    ).toBe(true);
  });

  it("says each row's reason once: Woodpecker before 2.6 is one sentence, not one per version", () => {
    for (const row of supportTableRows()) {
      expect(new Set(row.reasons).size).toBe(row.reasons.length);
      expect(row.reasons).not.toContain('');
    }
    const woodpecker = supportTableRows().find((r) => r.mode === 'standalone' && r.mq === 'woodpecker');
    expect(woodpecker?.reasons).toEqual([
      'Woodpecker arrived in Milvus 2.6; earlier versions do not have it.',
    ]);
  });

  // milvus-operator v1.3.8 milvus_webhook.go setDefaultMsgStreamType against Milvus docs
  // mqtype-overview.md: on 3.0 the two defaults part in cluster mode.
  it('marks whose default each cell is, and shows where the operator and Milvus 3.0 differ', () => {
    const cell = (mode: string, mq: string, minor: string) =>
      supportTableRows()
        .find((r) => r.mode === mode && r.mq === mq)
        ?.cells.find((c) => c.minor === minor)?.text;
    expect(cell('standalone', 'rocksmq', '2.5')).toBe('Yes (default)');
    expect(cell('standalone', 'woodpecker', '3.0')).toBe('Yes (default)');
    expect(cell('cluster', 'pulsar', '2.6')).toBe('Yes (default)');
    expect(cell('cluster', 'pulsar', '3.0')).toBe('Yes (operator default)');
    expect(cell('cluster', 'woodpecker', '3.0')).toBe('Yes (Milvus default)');
    expect(cell('cluster', 'kafka', '3.0')).toBe('Yes');
  });

  it('is the table the README shows', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    const start = readme.indexOf('<!-- support-matrix:start -->');
    const end = readme.indexOf('<!-- support-matrix:end -->');
    expect(start).toBeGreaterThan(-1);
    const inReadme = readme.slice(start + '<!-- support-matrix:start -->'.length, end).trim();
    expect(inReadme).toBe(supportMarkdown());
  });
});
