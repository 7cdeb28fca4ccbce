import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { checkManifest } from '../checker/index.ts';
import { buildManifestObject, generateYaml } from './generate.ts';
import { importManifest } from '../wizard/import.ts';
import { allowedCombinations, validValuesArbitrary, valuesFor } from '../../testing/valuesArbitrary.ts';
import { valuesProblems } from '../../wizard/values/validateValues.ts';
import { defaultValues, type WizardValues } from '../../wizard/values/values.ts';

function reimport(yaml: string): WizardValues {
  const result = importManifest(yaml);
  if (!result.ok) throw new Error(result.error);
  return result.values;
}

describe('every allowed combination', () => {
  const combos = allowedCombinations();

  it('covers both modes, all five storages, both sides and both API versions', () => {
    expect(new Set(combos.map((c) => c.mq)).size).toBe(5);
    expect(combos.some((c) => c.mode === 'cluster' && c.api === 'v1alpha1')).toBe(true);
    expect(combos.some((c) => c.mq === 'kafka' && c.external)).toBe(true);
  });

  for (const c of combos) {
    const name = `${c.mode} ${c.minor} ${c.mq} ${c.external ? 'external' : 'in-cluster'} ${c.api}`;
    it(`${name}: generates YAML that parses, is valid, and re-imports to the same values`, () => {
      const values = valuesFor(c);
      expect(valuesProblems(values)).toEqual([]);
      const yaml = generateYaml(values);
      const doc = parseDocument(yaml);
      expect(doc.errors).toEqual([]);
      expect(doc.get('apiVersion')).toBe(`milvus.io/${c.api}`);
      expect(doc.getIn(['spec', 'dependencies', 'msgStreamType'])).toBe(c.mq);
      expect(reimport(yaml)).toEqual(values);
    });

    it(`${name}: passes the checker with no error, and warns only of a deprecated storage`, () => {
      // A v1alpha1 Milvus exists only where the operator runs its webhook (the wizard writes it only then).
      const webhook = c.api === 'v1alpha1' && c.mode === 'standalone';
      const { diagnostics } = checkManifest(generateYaml(valuesFor(c)), { webhook });
      const serious = diagnostics.filter(
        (d) =>
          d.severity !== 'info' &&
          d.code !== 'deprecated-storage' &&
          // The wizard does not manage etcd and object storage: a Woodpecker service needs them external.
          d.code !== 'woodpecker-service-in-cluster-deps',
      );
      expect(serious).toEqual([]);
    });
  }
});

describe('round trip', () => {
  it('import(generate(v)) equals v for random valid values', () => {
    fc.assert(
      fc.property(validValuesArbitrary(), (v) => {
        expect(valuesProblems(v)).toEqual([]);
        expect(reimport(generateYaml(v))).toEqual(v);
      }),
      { numRuns: 300 },
    );
  });
});

describe('what the generator writes', () => {
  it('always writes msgStreamType, even where it equals the operator default', () => {
    const v = defaultValues();
    expect(v.msgStreamType).toBe('woodpecker');
    expect(buildManifestObject(v)).toMatchObject({ spec: { dependencies: { msgStreamType: 'woodpecker' } } });
  });

  it('pins the image of the chosen version, so the operator does not run its own default', () => {
    const v = valuesFor({ mode: 'standalone', minor: '2.4', mq: 'rocksmq', external: false, api: 'v1beta1' });
    expect(buildManifestObject(v)).toMatchObject({
      spec: { components: { image: 'milvusdb/milvus:v2.4.24' } },
    });
  });

  it('writes a legacy v1alpha1 Milvus with its settings directly under spec and no mode', () => {
    const v = valuesFor({ mode: 'standalone', minor: '2.3', mq: 'natsmq', external: false, api: 'v1alpha1' });
    const m = buildManifestObject(v) as { spec: Record<string, unknown> };
    expect(m.spec.image).toBe('milvusdb/milvus:v2.3.20');
    expect(m.spec.components).toBeUndefined();
    expect(m.spec.mode).toBeUndefined();
  });

  it('writes a legacy MilvusCluster for cluster mode on v1alpha1', () => {
    const v = valuesFor({ mode: 'cluster', minor: '2.3', mq: 'pulsar', external: false, api: 'v1alpha1' });
    expect(buildManifestObject(v)).toMatchObject({ apiVersion: 'milvus.io/v1alpha1', kind: 'MilvusCluster' });
  });

  it('heads each block with a comment that says what it does', () => {
    const v = valuesFor({ mode: 'cluster', minor: '2.6', mq: 'kafka', external: true, api: 'v1beta1' });
    const yaml = generateYaml(v);
    expect(yaml).toMatch(/^# Milvus 2\.6 cluster with Kafka as message storage\./);
    expect(yaml).toMatch(/# The image decides which Milvus runs.*\n\s+image:/);
    expect(yaml).toMatch(/# Written explicitly.*\n\s+msgStreamType: kafka/);
    expect(yaml).toMatch(/# External Kafka.*\n\s+kafka:/);
  });

  it('keeps a label of the version when the image is pinned by digest', () => {
    const v = valuesFor({ mode: 'standalone', minor: '2.5', mq: 'rocksmq', external: false, api: 'v1beta1' });
    v.image = 'milvusdb/milvus@sha256:0123456789abcdef';
    expect(buildManifestObject(v)).toMatchObject({ spec: { components: { version: 'v2.5.0' } } });
    expect(reimport(generateYaml(v)).milvusVersion).toBe('2.5');
  });

  it('writes no password field when none is given, and no endpoint for an in-cluster Pulsar', () => {
    const v = valuesFor({ mode: 'cluster', minor: '2.5', mq: 'pulsar', external: false, api: 'v1beta1' });
    v.pulsar.endpoint = 'left-over:6650';
    expect(generateYaml(v)).not.toContain('left-over');
  });
});
