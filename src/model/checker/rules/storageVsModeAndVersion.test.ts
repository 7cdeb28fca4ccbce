import { describe, expect, it } from 'vitest';
import { supportOf } from '../../support.ts';
import { applyFixes } from '../fixes.ts';
import { check, milvus, withCode } from '../testing.ts';

function storage(mode: string, mq: string, image?: string): string {
  return milvus(
    `mode: ${mode}\n${image ? `components:\n  image: ${image}\n` : ''}dependencies:\n  msgStreamType: ${mq}`,
  );
}

describe('message storage vs mode and Milvus version', () => {
  it('a supported combination has no support diagnostic', () => {
    const found = check(storage('cluster', 'kafka', 'milvusdb/milvus:v2.5.16'));
    expect(found.filter((d) => /storage|nats/.test(d.code))).toEqual([]);
  });

  it.each(['rocksmq', 'natsmq'])(
    '%s in cluster mode is an error with the reason from the support table',
    (mq) => {
      const [d] = withCode(check(storage('cluster', mq, 'milvusdb/milvus:v2.4.17')), 'unsupported-storage');
      expect(d).toMatchObject({ severity: 'error', path: 'spec.dependencies.msgStreamType', line: 10 });
      expect(d!.message).toContain(supportOf('cluster', mq as 'rocksmq', '2.4').reason);
    },
  );

  it('NATS on Milvus 2.6 is an error; on 2.5 a deprecation warning; anywhere an "experiments only" info', () => {
    const on26 = check(storage('standalone', 'natsmq', 'milvusdb/milvus:v2.6.15'));
    expect(withCode(on26, 'unsupported-storage')[0]!.message).toContain('removed in Milvus 2.6');
    const on25 = check(storage('standalone', 'natsmq', 'milvusdb/milvus:v2.5.16'));
    expect(withCode(on25, 'unsupported-storage')).toEqual([]);
    expect(withCode(on25, 'deprecated-storage')).toMatchObject([{ severity: 'warning' }]);
    const on24 = check(storage('standalone', 'natsmq', 'milvusdb/milvus:v2.4.17'));
    expect(withCode(on24, 'deprecated-storage')).toEqual([]);
    for (const found of [on26, on25, on24]) {
      expect(withCode(found, 'nats-experimental')).toMatchObject([{ severity: 'info' }]);
    }
  });

  it('Woodpecker before Milvus 2.6 is an error', () => {
    const [d] = withCode(
      check(storage('standalone', 'woodpecker', 'milvusdb/milvus:v2.5.16')),
      'unsupported-storage',
    );
    expect(d!.message).toContain('Woodpecker arrived in Milvus 2.6');
  });

  it('without an image or version, the checks use the operator default (2.6.11); the option overrides it', () => {
    const text = storage('standalone', 'natsmq');
    const [d] = withCode(check(text), 'unsupported-storage');
    expect(d!.message).toContain('2.6.11');
    expect(withCode(check(text, { milvusVersion: '2.4' }), 'unsupported-storage')).toEqual([]);
  });

  it('components.version wins over the image tag for the version the operator reads', () => {
    const text = milvus(
      'components:\n  image: milvusdb/milvus:v2.6.15\n  version: "2.5.16"\ndependencies:\n  msgStreamType: natsmq',
    );
    const found = check(text);
    expect(withCode(found, 'deprecated-storage')).toHaveLength(1);
    expect(withCode(found, 'version-image-mismatch')).toMatchObject([
      { severity: 'warning', path: 'spec.components.version' },
    ]);
  });

  it('components.version without an image is only a label: a warning, with a fix that sets the image', () => {
    const text = milvus(
      'components:\n  version: "2.5"\ndependencies:\n  msgStreamType: rocksmq\n  rocksmq:\n    persistence: {enabled: true}',
    );
    const [d] = withCode(check(text), 'version-without-image');
    expect(d!.message).toContain('milvusdb/milvus:v2.6.11');
    const fixed = applyFixes(text, [{ documentIndex: 0, fix: d!.fix! }]);
    expect(fixed).toContain('image: milvusdb/milvus:v2.5.16');
    expect(check(fixed)).toEqual([]);
  });

  it('an image without a version tag: the checker says what it assumes', () => {
    const [d] = withCode(
      check(milvus('components:\n  image: registry.local/milvus:latest')),
      'version-unknown',
    );
    expect(d!.severity).toBe('info');
  });

  it('in a v1alpha1 Milvus, the version comes from spec.image', () => {
    const text = milvus('image: milvusdb/milvus:v2.4.17\ndependencies:\n  msgStreamType: woodpecker', {
      apiVersion: 'milvus.io/v1alpha1',
    });
    expect(withCode(check(text), 'unsupported-storage')[0]!.message).toContain('2.4.17');
  });

  it('external Kafka: only Kafka 2.x and 3.x are supported (info)', () => {
    const text = milvus(
      'dependencies:\n  msgStreamType: kafka\n  kafka:\n    external: true\n    brokerList: [k:9092]',
    );
    expect(withCode(check(text), 'kafka-versions')).toMatchObject([
      { severity: 'info', path: 'spec.dependencies.kafka.external' },
    ]);
    expect(withCode(check(milvus('dependencies:\n  msgStreamType: kafka')), 'kafka-versions')).toEqual([]);
  });

  it('an in-cluster Pulsar for Milvus 2.4 without chartVersion pulsar-v2 gets a warning and a fix', () => {
    const text = storage('cluster', 'pulsar', 'milvusdb/milvus:v2.4.17');
    const [d] = withCode(check(text), 'pulsar-chart-version');
    expect(d!.message).toContain('pulsar-v3');
    const fixed = applyFixes(text, [{ documentIndex: 0, fix: d!.fix! }]);
    expect(fixed).toContain('chartVersion: pulsar-v2');
    expect(withCode(check(fixed), 'pulsar-chart-version')).toEqual([]);
    expect(
      withCode(check(storage('cluster', 'pulsar', 'milvusdb/milvus:v2.5.16')), 'pulsar-chart-version'),
    ).toEqual([]);
  });
});
