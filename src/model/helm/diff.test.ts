import { describe, expect, it } from 'vitest';
import { diffHelm } from './diff.ts';

const file = (name: string, text: string) => ({ kind: 'file' as const, name, text });
const codes = (r: ReturnType<typeof diffHelm>) =>
  r.reports.flatMap((x) => x.diagnostics.map((d) => `${d.severity} ${d.code}`));

// _helpers.tpl (milvus.standalone.messageQueue) and values.yaml at 4.2.26/4.2.27 and 5.0.19.
describe('diff --helm: helm upgrade', () => {
  it('a standalone installed before chart 5.0 keeps RocksMQ on upgrade even though the values say woodpecker', () => {
    const values = 'cluster:\n  enabled: false\npulsarv3:\n  enabled: false\n';
    const r = diffHelm([file('old.yaml', values)], [file('new.yaml', values)], {
      oldChartVersion: '4.2.58',
      newChartVersion: '5.0.19',
    });
    expect(r.old?.whatRuns.storage.type).toBe('rocksmq');
    expect(r.new?.whatRuns.storage.type).toBe('rocksmq');
    // 4.2.58 ships Milvus 2.5, 5.0.19 ships 2.6: the shared change rules name the crossing too.
    expect(codes(r)).toEqual(['info version-crossing', 'info helm-queue-kept-on-upgrade']);
  });

  it('across chart 4.2.27 without pulsar.enabled: true and pulsarv3.enabled: false, Milvus moves to a new, empty Pulsar', () => {
    const r = diffHelm([file('old.yaml', '')], [file('new.yaml', 'image:\n  all:\n    tag: v2.4.16\n')], {
      oldChartVersion: '4.2.26',
      newChartVersion: '4.2.27',
    });
    expect(codes(r)).toContain('error helm-pulsar-v3-switch');
    const kept = diffHelm(
      [file('old.yaml', '')],
      [file('new.yaml', 'pulsar:\n  enabled: true\npulsarv3:\n  enabled: false\n')],
      { oldChartVersion: '4.2.26', newChartVersion: '4.2.27' },
    );
    expect(codes(kept)).toEqual([]);
  });

  it('a storage change goes through the shared change rules; without --reuse-values the old keys are reset', () => {
    const old = 'pulsarv3:\n  enabled: false\nkafka:\n  enabled: true\n';
    const r = diffHelm([file('old.yaml', old)], [file('new.yaml', 'image:\n  all:\n    tag: v2.6.15\n')]);
    expect(r.new?.whatRuns.storage.type).toBe('pulsar');
    expect(codes(r)).toEqual(expect.arrayContaining(['error storage-change', 'warning helm-upgrade-resets']));
    const reused = diffHelm(
      [file('old.yaml', old)],
      [file('new.yaml', 'image:\n  all:\n    tag: v2.6.15\n')],
      { reuseValues: true },
    );
    expect(codes(reused)).toEqual([]);
  });
});

describe('diff --helm: OLD that cannot be read', () => {
  it('says so, on OLD, instead of comparing nothing without a word', () => {
    const r = diffHelm(
      [file('old.yaml', 'cluster:\n  enabled: [\n')],
      [file('new.yaml', 'cluster:\n  enabled: true\n')],
    );
    expect(r.old).toBeNull();
    expect(r.oldReports.map((x) => [x.file, x.diagnostics.map((d) => `${d.severity} ${d.code}`)])).toEqual([
      ['old.yaml', ['error yaml-syntax']],
    ]);
    expect(codes(r)).toEqual([]);
  });

  it('a readable OLD has no report of its own', () => {
    const r = diffHelm([file('old.yaml', 'cluster:\n  enabled: false\n')], [file('new.yaml', '')]);
    expect(r.oldReports).toEqual([]);
  });
});
