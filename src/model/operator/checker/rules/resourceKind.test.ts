import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../findings/fixes.ts';
import { check, codes, dedent, milvus, withCode } from '../testing.ts';
import { checkManifest } from '../runner.ts';

describe('resource kinds', () => {
  it('a current Milvus resource is checked without any kind diagnostic', () => {
    const result = checkManifest(milvus('mode: standalone\ndependencies:\n  msgStreamType: woodpecker'));
    expect(result.milvusResources).toBe(1);
    expect(result.diagnostics).toEqual([]);
  });

  it('other kinds in the stream are named as skipped, and the Milvus resource is still checked', () => {
    const text = dedent(`
      apiVersion: v1
      kind: Secret
      metadata:
        name: kafka-credentials
      ---
      ${milvus('dependencies:\n  msgStreamType: woodpecker').replace(/\n/g, '\n      ')}
    `);
    const result = checkManifest(text);
    expect(result.documents).toBe(2);
    expect(result.milvusResources).toBe(1);
    const skipped = withCode(result.diagnostics, 'skipped-resource');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ severity: 'info', line: 2, documentIndex: 0 });
    expect(skipped[0]!.message).toContain('Secret "kafka-credentials"');
  });

  it('a stream without any Milvus resource is an error', () => {
    const diagnostics = check('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
    expect(withCode(diagnostics, 'no-milvus-resource')).toMatchObject([{ severity: 'error', line: 1 }]);
  });

  it('an empty input says there is nothing to check', () => {
    const diagnostics = check('');
    expect(diagnostics).toMatchObject([{ code: 'empty-input', severity: 'error' }]);
    expect(diagnostics[0]!.message).toContain('empty');
  });

  it('a list or a single value is not a resource', () => {
    expect(codes(check('- a\n- b\n'))).toEqual(['no-milvus-resource', 'not-a-resource']);
    expect(codes(check('just text\n'))).toEqual(['no-milvus-resource', 'not-a-resource']);
  });

  it('an unknown apiVersion for kind Milvus is refused, with a fix to v1beta1', () => {
    const text = milvus('mode: standalone', { apiVersion: 'milvus.io/v1' });
    const [d] = withCode(check(text), 'unknown-api-version');
    expect(d).toMatchObject({ severity: 'error', line: 1, path: 'apiVersion' });
    expect(d!.fix?.edits).toEqual([{ op: 'set', path: ['apiVersion'], value: 'milvus.io/v1beta1' }]);
    expect(
      withCode(check(applyFixes(text, [{ documentIndex: 0, fix: d!.fix! }])), 'unknown-api-version'),
    ).toEqual([]);
  });

  it('MilvusCluster under milvus.io/v1beta1 is refused: a v1beta1 cluster is kind Milvus with mode cluster', () => {
    const [d] = withCode(check(milvus('components: {}', { kind: 'MilvusCluster' })), 'unknown-api-version');
    expect(d!.message).toContain('spec.mode: cluster');
  });

  it('a misspelled kind in the milvus.io group is refused with "did you mean"', () => {
    const [d] = withCode(check(milvus('mode: standalone', { kind: 'Milvuss' })), 'unknown-kind');
    expect(d).toMatchObject({ severity: 'error', line: 2 });
    expect(d!.message).toContain('Did you mean Milvus?');
  });

  it('a manifest without apiVersion and kind but with a Milvus spec is checked as v1beta1, with a fix', () => {
    const text = 'metadata:\n  name: x\nspec:\n  dependencies:\n    msgStreamType: woodpecker\n';
    const result = checkManifest(text);
    expect(result.milvusResources).toBe(1);
    const [d] = withCode(result.diagnostics, 'missing-api-version');
    const fixed = applyFixes(text, [{ documentIndex: 0, fix: d!.fix! }]);
    expect(fixed).toMatch(/^apiVersion: milvus\.io\/v1beta1$/m);
    expect(withCode(check(fixed), 'missing-api-version')).toEqual([]);
  });

  it('the legacy MilvusCluster is noted, and its fix converts it to a v1beta1 cluster', () => {
    const text = milvus('dependencies:\n  msgStreamType: pulsar', {
      apiVersion: 'milvus.io/v1alpha1',
      kind: 'MilvusCluster',
    });
    const [d] = withCode(check(text), 'legacy-milvuscluster');
    expect(d).toMatchObject({ severity: 'info', line: 2 });
    const fixed = applyFixes(text, [{ documentIndex: 0, fix: d!.fix! }]);
    expect(fixed).toContain('apiVersion: milvus.io/v1beta1');
    expect(fixed).toContain('kind: Milvus\n');
    expect(fixed).toContain('mode: cluster');
    expect(check(fixed)).toEqual([]);
  });

  // Was an info. The milvuses.milvus.io CRD converts v1alpha1 through the operator's webhook, which
  // a default install does not run (charts/milvus-operator/values.yaml enableWebhook: false).
  it('a v1alpha1 Milvus is refused on a default install, with a fix that converts it to v1beta1', () => {
    const text = milvus(
      'image: milvusdb/milvus:v2.4.17 # pinned\nreplicas: 2\npersistence:\n  enabled: true\ndependencies:\n  msgStreamType: rocksmq',
      {
        apiVersion: 'milvus.io/v1alpha1',
      },
    );
    const [d] = withCode(check(text), 'v1alpha1-refused');
    expect(d).toMatchObject({ severity: 'error', path: 'apiVersion' });
    const fixed = applyFixes(text, [{ documentIndex: 0, fix: d!.fix! }]);
    expect(fixed).toContain('apiVersion: milvus.io/v1beta1');
    expect(fixed).toContain('image: milvusdb/milvus:v2.4.17 # pinned');
    const doc = parse(fixed) as { spec: Record<string, unknown> };
    expect(doc.spec).toMatchObject({
      components: { image: 'milvusdb/milvus:v2.4.17', standalone: { replicas: 2 } },
      dependencies: { msgStreamType: 'rocksmq', rocksmq: { persistence: { enabled: true } } },
    });
    expect(check(fixed).filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('with the webhook option, a v1alpha1 Milvus is accepted and described as converted', () => {
    const text = milvus(
      'image: milvusdb/milvus:v2.4.17\ndependencies:\n  msgStreamType: rocksmq\n  rocksmq:\n    persistence: {enabled: true}',
      {
        apiVersion: 'milvus.io/v1alpha1',
      },
    );
    const found = check(text, { webhook: true });
    expect(withCode(found, 'v1alpha1-refused')).toEqual([]);
    expect(withCode(found, 'legacy-v1alpha1')[0]!.message).toContain('components.standalone');
    // ConvertSpecTo replaces dependencies.rocksmq.persistence with spec.persistence (unset here).
    expect(withCode(found, 'v1alpha1-persistence-replaced')).toMatchObject([{ severity: 'warning' }]);
  });

  it('a resource without metadata.name is refused by the API server', () => {
    const text = 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  labels: {a: b}\nspec: {}\n';
    expect(withCode(check(text), 'missing-name')).toMatchObject([{ severity: 'error', line: 3 }]);
  });
});
