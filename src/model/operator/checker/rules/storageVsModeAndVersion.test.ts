import { describe, expect, it } from 'vitest';
import { supportOf } from '../../../facts/support.ts';
import { applyFixes } from '../../../findings/fixes.ts';
import { check, milvus, withCode } from '../testing.ts';
import { admissionCases, evaluatePolicy } from '../../policy/testing.ts';

/** The object the API server hands to admission for a one-resource text. */
function admitted(text: string): unknown {
  return admissionCases(text)[0]!.object;
}

function storage(mode: string, mq: string, image?: string): string {
  return milvus(
    `mode: ${mode}\n${image ? `components:\n  image: ${image}\n` : ''}dependencies:\n  msgStreamType: ${mq}`,
  );
}

describe('message storage vs mode and Milvus version', () => {
  it('a supported combination has no support diagnostic', () => {
    const found = check(storage('cluster', 'kafka', 'milvusdb/milvus:v2.5.26'));
    expect(found.filter((d) => /storage|nats/.test(d.code))).toEqual([]);
  });

  it.each(['rocksmq', 'natsmq'])(
    '%s in cluster mode is an error with the reason from the support table',
    (mq) => {
      const [d] = withCode(check(storage('cluster', mq, 'milvusdb/milvus:v2.4.24')), 'unsupported-storage');
      expect(d).toMatchObject({ severity: 'error', path: 'spec.dependencies.msgStreamType', line: 10 });
      expect(d!.message).toContain(supportOf('cluster', mq as 'rocksmq', '2.4').reason);
    },
  );

  it('NATS on Milvus 2.6 is an error; on 2.5 a deprecation warning; anywhere an "experiments only" info', () => {
    const on26 = check(storage('standalone', 'natsmq', 'milvusdb/milvus:v2.6.15'));
    expect(withCode(on26, 'unsupported-storage')[0]!.message).toContain('removed in Milvus 2.6');
    const on25 = check(storage('standalone', 'natsmq', 'milvusdb/milvus:v2.5.26'));
    expect(withCode(on25, 'unsupported-storage')).toEqual([]);
    expect(withCode(on25, 'deprecated-storage')).toMatchObject([{ severity: 'warning' }]);
    const on24 = check(storage('standalone', 'natsmq', 'milvusdb/milvus:v2.4.24'));
    expect(withCode(on24, 'deprecated-storage')).toEqual([]);
    for (const found of [on26, on25, on24]) {
      expect(withCode(found, 'nats-experimental')).toMatchObject([{ severity: 'info' }]);
    }
  });

  it('Woodpecker before Milvus 2.6 is an error', () => {
    const [d] = withCode(
      check(storage('standalone', 'woodpecker', 'milvusdb/milvus:v2.5.26')),
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

  // Was judged against the label (2.5: NATS deprecated). The pod runs 2.6.15, which refuses natsmq:
  // support is judged against what runs (resolve/operatorVersion.ts judgedVersion).
  it('support is judged against the image that runs, not the version label', () => {
    const text = milvus(
      'components:\n  image: milvusdb/milvus:v2.6.15\n  version: "2.5.26"\ndependencies:\n  msgStreamType: natsmq',
    );
    const found = check(text);
    expect(withCode(found, 'unsupported-storage')[0]!.message).toContain('2.6.15');
    expect(withCode(found, 'version-image-mismatch')).toMatchObject([
      { severity: 'warning', path: 'spec.components.version' },
    ]);
  });

  // apis/milvus.io/v1beta1/milvus_types.go isImageVersionGreaterThan2_6 reads the label first.
  it('the operator picks the default from the label, and a pod that cannot run it is an error naming both', () => {
    const text = milvus('components:\n  image: milvusdb/milvus:v2.5.26\n  version: "2.6.0"');
    const [d] = withCode(check(text), 'version-split');
    expect(d).toMatchObject({ severity: 'error', path: 'spec.components.version' });
    expect(d!.message).toContain('believes Milvus 2.6.0');
    expect(d!.message).toContain('2.5.26');
    expect(d!.message).toContain('Woodpecker');
    expect(withCode(check(text), 'unsupported-storage')).toEqual([]);
  });

  it('a label below 2.6 on a 2.6 image: the operator picks RocksMQ where Milvus 2.6 would get Woodpecker', () => {
    const text = milvus('components:\n  image: milvusdb/milvus:v2.6.15\n  version: "2.5"');
    expect(withCode(check(text), 'version-split')).toMatchObject([{ severity: 'warning' }]);
  });

  it('a cluster whose label and image disagree about 2.6 gets the wrong streaming node', () => {
    const text = milvus(
      'mode: cluster\ncomponents:\n  image: milvusdb/milvus:v2.6.15\n  version: "2.5"\ndependencies:\n  msgStreamType: pulsar',
    );
    expect(withCode(check(text), 'version-split')[0]!.message).toContain('no streaming node');
  });

  it('a master-* tag counts as 2.6 or later; a digest as below 2.6', () => {
    const master = check(milvus('components:\n  image: milvusdb/milvus:master-20251201-abc'));
    expect(withCode(master, 'msg-stream-type-default')[0]!.message).toContain('Woodpecker');
    const digest = check(milvus('components:\n  image: milvusdb/milvus@sha256:0123456789abcdef'));
    expect(withCode(digest, 'msg-stream-type-default')[0]!.message).toContain('RocksMQ');
    expect(withCode(digest, 'msg-stream-type-default')[0]!.message).toContain('below 2.6');
  });

  it('components.version without an image is only a label: a warning, with a fix that sets the image', () => {
    const text = milvus(
      'components:\n  version: "2.5"\ndependencies:\n  msgStreamType: rocksmq\n  rocksmq:\n    persistence: {enabled: true}',
    );
    const [d] = withCode(check(text), 'version-without-image');
    expect(d!.message).toContain('milvusdb/milvus:v2.6.11');
    const fixed = applyFixes(text, [{ documentIndex: 0, fix: d!.fix! }]);
    expect(fixed).toContain('image: milvusdb/milvus:v2.5.26');
    expect(check(fixed)).toEqual([]);
  });

  // The operator reads an unparsable tag as below 2.6 (milvus_types.go), so it picks RocksMQ.
  it('an image without a version tag: read as below 2.6, so RocksMQ without persistence is a warning', () => {
    const [d] = withCode(
      check(milvus('components:\n  image: registry.local/milvus:latest')),
      'version-unknown',
    );
    expect(d!.severity).toBe('warning');
    expect(d!.message).toContain('below 2.6');
    expect(d!.message).toContain('loses its data');
    const [named] = withCode(
      check(
        milvus('components:\n  image: registry.local/milvus:latest\ndependencies:\n  msgStreamType: kafka'),
      ),
      'version-unknown',
    );
    expect(named!.severity).toBe('info');
  });

  // zilliztech/milvus-operator config/samples/beta/milvus_woodpecker.yaml: a branch-and-commit tag
  // with msgStreamType woodpecker. The operator's reading of the tag (below 2.6,
  // milvus_types.go isImageVersionGreaterThan2_6) picks its defaults only; what runs is unknown.
  it('an explicit storage on an image whose tag names no version is a warning, never an error', () => {
    const text = storage(
      'cluster',
      'woodpecker',
      'harbor.milvus.io/milvus/milvus:wp-branch-36319c0-20250326',
    );
    const found = check(text);
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    const [d] = withCode(found, 'storage-version-unknown');
    expect(d).toMatchObject({ severity: 'warning', path: 'spec.dependencies.msgStreamType' });
    expect(d!.message).toContain('nobody can tell from the file');
    expect(evaluatePolicy(admitted(text)).failed).toEqual([]);
    // NATS on a master-* tag (read as 2.6 or later): the same, it depends on what runs.
    const nats = storage('standalone', 'natsmq', 'milvusdb/milvus:master-20250401-abcdef');
    expect(withCode(check(nats), 'storage-version-unknown')).toMatchObject([{ severity: 'warning' }]);
    expect(evaluatePolicy(admitted(nats)).failed).toEqual([]);
    // What the mode alone decides stays an error, and so does a tag that names the version.
    expect(
      withCode(
        check(storage('cluster', 'rocksmq', 'harbor.milvus.io/milvus/milvus:wp-36319c0')),
        'unsupported-storage',
      ),
    ).toMatchObject([{ severity: 'error' }]);
    const tagged = storage('cluster', 'woodpecker', 'milvusdb/milvus:v2.5.26');
    expect(withCode(check(tagged), 'unsupported-storage')).toMatchObject([{ severity: 'error' }]);
    expect(evaluatePolicy(admitted(tagged)).failed.map((f) => f.code)).toEqual(['unsupported-storage']);
  });

  it('in a v1alpha1 Milvus, the pod runs spec.image', () => {
    const text = milvus('image: milvusdb/milvus:v2.4.24\ndependencies:\n  msgStreamType: woodpecker', {
      apiVersion: 'milvus.io/v1alpha1',
    });
    expect(withCode(check(text, { webhook: true }), 'unsupported-storage')[0]!.message).toContain('2.4.24');
  });

  // apis/milvus.io/v1alpha1/milvus_webhook.go ConvertSpecTo leaves components.image empty: the
  // operator believes its default 2.6.11 and picks Woodpecker, which a 2.3 pod does not have.
  it('a converted v1alpha1 Milvus without msgStreamType gets Woodpecker from the default image', () => {
    const text = milvus('image: milvusdb/milvus:v2.3.20', { apiVersion: 'milvus.io/v1alpha1' });
    const [d] = withCode(check(text, { webhook: true }), 'version-split');
    expect(d).toMatchObject({ severity: 'error' });
    expect(d!.message).toContain('2.6.11');
    expect(d!.message).toContain('2.3.20');
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
    const text = storage('cluster', 'pulsar', 'milvusdb/milvus:v2.4.24');
    const [d] = withCode(check(text), 'pulsar-chart-version');
    expect(d!.message).toContain('pulsar-v3');
    const fixed = applyFixes(text, [{ documentIndex: 0, fix: d!.fix! }]);
    expect(fixed).toContain('chartVersion: pulsar-v2');
    expect(withCode(check(fixed), 'pulsar-chart-version')).toEqual([]);
    expect(
      withCode(check(storage('cluster', 'pulsar', 'milvusdb/milvus:v2.5.26')), 'pulsar-chart-version'),
    ).toEqual([]);
  });
});
