import { describe, expect, it } from 'vitest';
import { applyFixes, safeFixes } from '../../../findings/fixes.ts';
import { check, milvus, withCode } from '../testing.ts';

describe('effective message storage', () => {
  it('an explicit msgStreamType with its own block only: nothing to say', () => {
    const text = milvus(
      'mode: cluster\ndependencies:\n  msgStreamType: kafka\n  kafka:\n    inCluster: {deletionPolicy: Delete}',
    );
    expect(
      check(text).filter((d) => d.code === 'ignored-storage-block' || d.code === 'msg-stream-type-default'),
    ).toEqual([]);
  });

  it('a missing msgStreamType is resolved as the operator does, and the safe fix writes it', () => {
    const text = milvus('mode: cluster\ndependencies: {}');
    const [d] = withCode(check(text), 'msg-stream-type-default');
    expect(d).toMatchObject({ severity: 'info', path: 'spec.dependencies.msgStreamType', line: 7 });
    expect(d!.message).toContain('picks Pulsar');
    const fixed = applyFixes(text, safeFixes([d!]));
    expect(fixed).toContain('dependencies:\n    msgStreamType: pulsar');
    expect(withCode(check(fixed), 'msg-stream-type-default')).toEqual([]);
  });

  it('standalone resolves to Woodpecker on 2.6 and RocksMQ before', () => {
    expect(withCode(check(milvus('mode: standalone')), 'msg-stream-type-default')[0]!.message).toContain(
      'Woodpecker',
    );
    const on25 = milvus('components:\n  image: milvusdb/milvus:v2.5.16');
    expect(withCode(check(on25), 'msg-stream-type-default')[0]!.message).toContain('RocksMQ');
  });

  it('a kafka block in a cluster without msgStreamType is ignored: the cluster runs on Pulsar', () => {
    const text = milvus(
      'mode: cluster\ndependencies:\n  kafka:\n    external: true\n    brokerList: [k:9092]',
    );
    const found = check(text);
    const [d] = withCode(found, 'ignored-storage-block');
    expect(d).toMatchObject({ severity: 'warning', path: 'spec.dependencies.kafka', line: 8 });
    expect(d!.message).toContain('in-cluster Pulsar');
    expect(d!.fix).toMatchObject({
      safe: false,
      edits: [{ op: 'set', path: ['spec', 'dependencies', 'msgStreamType'], value: 'kafka' }],
    });
    expect(withCode(found, 'msg-stream-type-default')).toEqual([]);
    const fixed = applyFixes(text, [{ documentIndex: 0, fix: d!.fix! }]);
    expect(withCode(check(fixed), 'ignored-storage-block')).toEqual([]);
  });

  it('several blocks without msgStreamType: each ignored block says which one wins and why', () => {
    const text = milvus(
      'mode: cluster\ndependencies:\n  pulsar:\n    inCluster: {deletionPolicy: Delete}\n  kafka:\n    inCluster: {deletionPolicy: Delete}',
    );
    const found = check(text);
    const ignored = withCode(found, 'ignored-storage-block');
    expect(ignored.map((d) => d.path)).toEqual(['spec.dependencies.kafka']);
    expect(ignored[0]!.message).toContain('the Pulsar block is the one used');
    expect(ignored[0]!.message).toContain("Milvus's own choice, not the operator's");
    expect(withCode(found, 'msg-stream-type-default')).toHaveLength(1);
  });

  it('several blocks, none of them the default: all are ignored', () => {
    const text = milvus(
      'dependencies:\n  pulsar:\n    external: true\n    endpoint: p:6650\n  kafka:\n    external: true\n    brokerList: [k:9092]',
    );
    const ignored = withCode(check(text), 'ignored-storage-block');
    expect(ignored.map((d) => d.path)).toEqual(['spec.dependencies.pulsar', 'spec.dependencies.kafka']);
    expect(ignored[0]!.message).toContain('Woodpecker');
  });

  it('with an explicit msgStreamType, another filled-in block is ignored', () => {
    const text = milvus(
      'dependencies:\n  msgStreamType: woodpecker\n  rocksmq:\n    persistence: {enabled: true}',
    );
    const [d] = withCode(check(text), 'ignored-storage-block');
    expect(d!.message).toContain('msgStreamType is woodpecker');
    expect(d!.fix?.safe).toBe(false);
  });

  // milvus-operator v1.3.8 apis/milvus.io/v1beta1/milvus_webhook.go setDefaultMsgStreamType reads
  // any 3.x tag as "2.6 or later" and keeps Pulsar for a cluster; Milvus docs mqtype-overview.md
  // make Woodpecker the 3.x default in both modes.
  it('a 3.0 cluster without msgStreamType runs an in-cluster Pulsar, unlike Milvus 3.0 itself', () => {
    const text = milvus('mode: cluster\ncomponents:\n  image: milvusdb/milvus:v3.0.0');
    const [d] = withCode(check(text), 'msg-stream-type-default');
    expect(d?.message).toMatch(/operator picks Pulsar.*Milvus 3\.0\.0's own default is Woodpecker/);
    const standalone = withCode(
      check(milvus('components:\n  image: milvusdb/milvus:v3.0.0')),
      'msg-stream-type-default',
    );
    expect(standalone[0]?.message).toMatch(/picks Woodpecker/);
    expect(standalone[0]?.message).not.toMatch(/own default/);
  });
});
