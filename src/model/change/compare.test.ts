import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compareTexts, type CompareResult } from './compare.ts';

const codes = (r: CompareResult) => (r.as === 'mixed' ? [] : r.new.map((d) => `${d.severity} ${d.code}`));

// A standalone on RocksMQ (chart 5.0.19's values.yaml: standalone.messageQueue), and the same release
// with the chart's default (woodpecker) and an image tag.
const ROCKSMQ = 'cluster:\n  enabled: false\nstandalone:\n  messageQueue: rocksmq\n';
const KAFKA = 'cluster:\n  enabled: false\nstandalone:\n  messageQueue: kafka\nkafka:\n  enabled: true\n';
const MANIFEST = stringify({
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  metadata: { name: 'prod' },
  spec: { components: { image: 'milvusdb/milvus:v2.6.22' }, dependencies: { msgStreamType: 'rocksmq' } },
});

describe('Compare on the check page', () => {
  it('values against values: helm upgrade, in the words of diff --helm', () => {
    const r = compareTexts(ROCKSMQ, KAFKA, 'helm');
    expect(r.as).toBe('helm');
    expect(codes(r)).toContain('error storage-change');
    const change = r.as === 'helm' ? r.new.find((d) => d.code === 'storage-change') : undefined;
    expect(change?.message).toMatch(/from RocksMQ to Kafka\. helm upgrade renders it/);
  });

  it('--reuse-values merges the new values over the running ones: nothing is reset', () => {
    const running = `${ROCKSMQ}image:\n  all:\n    tag: v2.6.15\n`;
    const next = 'standalone:\n  messageQueue: rocksmq\n';
    expect(codes(compareTexts(running, next, 'helm'))).toContain('warning helm-upgrade-resets');
    expect(codes(compareTexts(running, next, 'helm', { reuseValues: true }))).toEqual([]);
  });

  it('running values that cannot be read say so and compare nothing', () => {
    const r = compareTexts('cluster:\n  enabled: [\n', KAFKA, 'helm');
    expect(r.as === 'helm' && r.old.map((d) => [d.code, d.line])).toEqual([['yaml-syntax', 3]]);
    expect(codes(r)).toEqual([]);
  });

  it('a manifest against values, either way round, is a message naming what to paste', () => {
    const valuesChecked = compareTexts(MANIFEST, KAFKA, 'helm');
    expect(valuesChecked).toEqual({
      as: 'mixed',
      message: expect.stringContaining('helm get values RELEASE --all'),
    });
    const manifestChecked = compareTexts(KAFKA, MANIFEST, 'manifest');
    expect(manifestChecked).toEqual({
      as: 'mixed',
      message: expect.stringContaining('kubectl get milvus NAME -o yaml'),
    });
  });

  it('manifests go through kubectl apply as before', () => {
    const r = compareTexts(MANIFEST, MANIFEST.replace('rocksmq', 'kafka'), 'manifest');
    expect(r.as).toBe('manifest');
    expect(codes(r)).toContain('error storage-change');
    expect(r.as === 'manifest' && r.pairs).toHaveLength(1);
  });
});
